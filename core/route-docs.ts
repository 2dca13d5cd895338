import { withoutBom } from "./wide-encoding.ts"
import type { MiddlewareHandler } from "hono"
import { describeRoute, resolver, uniqueSymbol } from "hono-openapi"
import * as v from "valibot"
import { jsonSyntaxProblem } from "./config-check.ts"
import { repeatedKey } from "./json-keys.ts"
import { jsonLinesCount } from "./jsonl-shape.ts"
import { checkQuery, issueRule, mediaRefusal, parseBody, type BodyAliases, type RouteRefusal } from "./route-input.ts"

/**
 * A route is documented by the middlewares it runs: `documentRoute` says
 * what it is and what it answers, `jsonInput` and `queryInput` validate its
 * input. The server's /openapi.json is generated from them (hono-openapi),
 * so the document holds the schemas the route really checks with and
 * cannot drift from it; a route without `documentRoute` is not in it.
 */

/** The body of every refusal: a stable code and a message saying what to do. */
export const RefusalSchema = v.pipe(v.object({ error: v.string(), message: v.string() }), v.metadata({ ref: "Refusal" }))

/** Security schemes routes may name; the server declares them in the document's components. */
export const SECURITY_SCHEMES = {
  adminToken: { type: "http", scheme: "bearer", description: "CXEDGE_ADMIN_TOKEN" },
  standardWebhooks: {
    type: "apiKey",
    in: "header",
    name: "webhook-signature",
    description: "Signed per Standard Webhooks: webhook-id, webhook-timestamp (5 minutes tolerance) and webhook-signature headers.",
  },
} as const

/** One documented answer: what it means, and the schema of its body. */
export interface RouteAnswer {
  description: string
  schema: v.GenericSchema
  /** Default application/json. */
  media?: string
}

/** What /openapi.json says about a route, besides the input its validators document. */
export interface RouteDocs {
  summary: string
  description?: string
  /** The route checks a Standard Webhooks signature. (Admin routes, under `/v1/`, are documented by the server's guard.) */
  signed?: boolean
  /**
   * The body schema of a route that reads its body itself (a signed webhook
   * verifies the raw bytes before parsing them): pass the schema the route
   * parses with. Routes using `jsonInput` leave this out.
   */
  body?: v.GenericSchema
  /** By status. A string is a refusal, `{error, message}`, described by it; any other answer gives its schema. */
  responses: Record<number, string | RouteAnswer>
}

/** The OpenAPI responses object, schemas resolved from valibot when the document is generated. */
// The return type is spelled out so the published .d.ts can name it (tsc refuses to inline hono-openapi's inner types).
export function documentedResponses(responses: RouteDocs["responses"]): Record<string, { description: string; content: Record<string, { schema: ReturnType<typeof resolver> }> }> {
  return Object.fromEntries(
    Object.entries(responses).map(([status, answer]) => {
      if (typeof answer === "string" && Number(status) < 400) {
        throw new TypeError(`[cxedge] [server] the ${status} answer is documented without a schema: give {description, schema}`)
      }
      const { description, schema, media = "application/json" } = typeof answer === "string" ? { description: answer, schema: RefusalSchema } : answer
      return [status, { description, content: { [media]: { schema: resolver(schema) } } }]
    }),
  )
}

/**
 * Documents a route for /openapi.json: put it first in the route's handlers.
 * @example
 * app.post("/v1/things", documentRoute({ summary: "Make a thing", responses: { 200: { description: "made", schema: Thing }, 400: "invalid body" } }),
 *   jsonInput(ThingBody, "{name}"), (c) => c.json(make(c.req.valid("json"))))
 */
export function documentRoute(docs: RouteDocs): MiddlewareHandler {
  return describeRoute({
    summary: docs.summary,
    ...(docs.description ? { description: docs.description } : {}),
    ...(docs.signed ? { security: [{ standardWebhooks: [] }] } : {}),
    ...(docs.body ? { requestBody: { required: true, content: { "application/json": { schema: resolver(docs.body) } } } } : {}),
    responses: documentedResponses(docs.responses),
  })
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true })

/** Marks a validating middleware with its schema, the way hono-openapi's own `validator` does, so the document shows it. */
function documents<M extends MiddlewareHandler>(middleware: M, target: "json" | "query", schema: v.GenericSchema): M {
  Object.defineProperty(middleware, "name", { value: `${target}Input`, configurable: true })
  return Object.assign(middleware, { [uniqueSymbol]: { target, ...resolver(schema) } })
}

/** The most bytes a route reads of a body, under the server's own limit, and what to do about a larger one. */
export interface BodyLimit {
  bytes: number
  hint: string
}

/**
 * A JSON body checked against a strict object schema (see `parseBody`): a
 * body not declared as JSON answers 415 (see `mediaRefusal`), a
 * refusal answers 400 `{error, message}` naming the field, and the route
 * reads the checked body with `c.req.valid("json")`. `shape` is quoted in
 * refusals (`{skillId, scriptId | scriptPath}`); `aliases` names a field sent under another name (see `BodyAliases`);
 * `limit`, a body above it answers 413 (refused from its declared length before any of it is read).
 * @example
 * app.post("/v1/transcripts", documentRoute(docs), jsonInput(Body, "{contactNumber, recipients}"), (c) => c.json(send(c.req.valid("json"))))
 */
export function jsonInput<S extends v.GenericSchema>(
  schema: S,
  shape: string,
  aliases?: BodyAliases,
  limit?: BodyLimit,
): MiddlewareHandler<any, string, { in: { json: v.InferInput<S> }; out: { json: v.InferOutput<S> } }> {
  const tooLarge = limit && { error: "payload_too_large", message: `the body is larger than ${limit.bytes} bytes: ${limit.hint}` }
  return documents(
    async function jsonInput(c, next) {
      // Declared as another type (text/plain, a form, none): refused, unless nothing was sent at all (curl -X POST with
      // no -d), which was told its missing type: the body is what is missing, and the route's shape is what to send.
      const media = mediaRefusal(c.req.header("content-type"), c.req.header("content-encoding"))
      // A body declared by its length is not read to be refused.
      if (media && Number(c.req.header("content-length")) > 0) return c.json(media, 415)
      if (tooLarge && Number(c.req.header("content-length")) > limit.bytes) return c.json(tooLarge, 413)
      // A body of no declared length (chunked) is measured once read.
      const bytes = await c.req.arrayBuffer().catch(() => new ArrayBuffer(0))
      if (media) return bytes.byteLength ? c.json(media, 415) : c.json({ error: "invalid_body", message: `the body is missing: send ${shape}` }, 400)
      if (tooLarge && bytes.byteLength > limit.bytes) return c.json(tooLarge, 413)
      // Decoded strictly: a Latin-1 byte read as U+FFFD would plan a matrix whose "equals" matches no contact (and a
      // scrubbed text would come back changed). A byte-order mark, as Windows tools write one, is not part of the JSON.
      let text: string
      try {
        text = withoutBom(strictUtf8.decode(bytes))
      } catch {
        return c.json({ error: "invalid_body", message: "the body is not valid UTF-8: send the JSON encoded as UTF-8" }, 400)
      }
      if (!text.trim()) return c.json({ error: "invalid_body", message: `the body is empty: send ${shape}` }, 400)
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch (error) {
        // Said as what it is: JSON Lines (several objects, one a line) or the parser's reason, never the text. It was
        // "the body is empty or not JSON", of a body that was neither empty nor told why.
        const values = jsonLinesCount(text)
        const why = values ? `holds ${values} JSON values, one a line (JSON Lines): send one object a request,` : `is not valid JSON (${jsonSyntaxProblem(error)}): send`
        return c.json({ error: "invalid_body", message: `the body ${why} ${shape}` }, 400)
      }
      // A key sent twice: JSON.parse keeps the last value, and the caller may have meant the first.
      const repeated = repeatedKey(text)
      if (repeated) return c.json({ error: "invalid_body", message: `field ${JSON.stringify(repeated.slice(0, 60))} is given twice: give each field once` }, 400)
      const parsed = parseBody(schema, json, shape, aliases)
      if (!parsed.success) return c.json(parsed.refusal, 400)
      c.req.addValidatedData("json", parsed.output as object)
      await next()
    },
    "json",
    schema,
  )
}

/**
 * A POST route that reads no body refuses one (400 `unexpected_body`), so that what a caller put there
 * (`{"policy": "x"}`, `{"reason": ...}`, even `{}`) is not dropped in silence while the route acts without it.
 * `instead` says how the route is told what the body seemed to say. Whitespace alone is no body.
 * @example app.post("/v1/holds/:id/release", documentRoute(docs), queryInput(), noBody("the hold is named in the path"), handler)
 */
export function noBody(instead: string): MiddlewareHandler {
  return async function noBody(c, next) {
    if ((await c.req.text().catch(() => "")).trim() !== "") return c.json({ error: "unexpected_body", message: `this route takes no body: ${instead}` }, 400)
    await next()
  }
}

/**
 * A route reading a JSON body `schema` (the one its `jsonInput` checks) and no query parameters: put it before
 * the body's checks. A field of the body given in the query string (POST /v1/inspect?text=...) is told it
 * belongs in the body; any other parameter is refused as `queryInput()` refuses it.
 * @example app.post("/v1/holds", documentRoute(docs), bodyOnly(Body), jsonInput(Body, "{reason, ...}"), handler)
 */
export function bodyOnly(schema: { entries: v.ObjectEntries }): MiddlewareHandler {
  return queryInput(undefined, undefined, Object.keys(schema.entries))
}

/** An object schema whose entries are the query parameters a route takes, each a string (optionally piped). */
export type QuerySchema = v.GenericSchema<Record<string, string | undefined>, Record<string, unknown>> & { entries: v.ObjectEntries }

const NO_QUERY = v.strictObject({})

/**
 * Whether a request carries a body with something in it, read without reading it whole: by its Content-Length, or for a
 * chunked one by its first chunk (the rest is cancelled). A GET is not held to the body limit, so it is never read whole.
 */
async function hasBody(request: Request): Promise<boolean> {
  // Read first: Bun and Node hand a GET on with its body dropped (null), its Content-Length still said.
  const length = request.headers.get("content-length")
  if (length !== null) return Number(length) > 0
  if (request.body === null) return false
  const reader = request.body.getReader()
  try {
    for (;;) {
      const { value, done } = await reader.read()
      if (done) return false
      if (value.length > 0) return value.some((b) => b !== 32 && b !== 9 && b !== 10 && b !== 13)
    }
  } catch {
    return false
  } finally {
    reader.cancel().catch(() => {})
  }
}

/**
 * ` (a "+" in a query is a space: write %2B5, or 5 with no sign)`: a value sent as `?maxQueue=+5` reaches the route
 * as " 5" (a query decodes "+" to a space), refused with no word of why; nothing for any other value.
 */
function plusHint(name: string, value: string | undefined, url: string): string {
  const plus = new URL(url).search.includes(`${encodeURIComponent(name)}=+`)
  const rest = value?.replace(/^ +/, "") ?? ""
  return plus && value?.startsWith(" ") && rest ? ` (a "+" in a query is a space: write %2B${rest.slice(0, 20)}, or ${rest.slice(0, 20)} with no sign)` : ""
}

/**
 * A name sent with white space around it (`?policy=%20nightly`, `/v1/jobs/x%20`) is told so, where a lookup would
 * answer "no such" with no word of the space. Undefined when the value has none, or is white space alone.
 */
export function spacedValue(what: string, value: string | undefined, inUrl = true): string | undefined {
  if (value === undefined || value.trim() === value || value.trim() === "") return undefined
  const where = value.trimStart() === value ? "after" : value.trimEnd() === value ? "before" : "around"
  return `${what} has white space ${where} it: send it without${inUrl ? " (%20 in a URL is a space)" : ""}`
}

/**
 * The query parameters a route takes: an unknown or repeated one is refused
 * (see `checkQuery`), then the values are checked against `schema`; the
 * route reads them with `c.req.valid("query")`. Without a schema the route
 * takes none. `refuse` words a value's refusal (default: `invalid_parameter`,
 * naming the parameter and what it expects, never the value).
 * @example
 * app.get("/v1/tenant", documentRoute(docs), queryInput(), (c) => c.json(values()))
 */
export function queryInput<S extends QuerySchema = typeof NO_QUERY>(
  schema?: S,
  refuse: (name: string, issue: v.BaseIssue<unknown>) => RouteRefusal = (name, issue) => ({ error: "invalid_parameter", message: `query parameter ${JSON.stringify(name)} ${issueRule(issue)}` }),
  body: readonly string[] = [],
): MiddlewareHandler<any, string, { in: { query: v.InferInput<S> }; out: { query: v.InferOutput<S> } }> {
  const checked: QuerySchema = schema ?? NO_QUERY
  const known = Object.keys(checked.entries)
  return documents(
    async function queryInput(c, next) {
      const queries = c.req.queries()
      const refused = checkQuery(queries, known, c.req.url, body)
      if (refused) return c.json(refused, 400)
      for (const name of known) {
        const spaced = plusHint(name, queries[name]?.[0], c.req.url) ? undefined : spacedValue(`query parameter ${JSON.stringify(name)}`, queries[name]?.[0])
        if (spaced) return c.json({ error: "invalid_parameter", message: spaced }, 400)
      }
      // A GET's body (curl -X GET -d '{"maxQueue": 1}') was dropped in silence: the health was checked on the defaults.
      if (c.req.method === "GET" && (await hasBody(c.req.raw))) {
        const instead = known.length > 1 ? `give ${known.join(", ")} as query parameters (?${known[0]}=...)` : known.length ? `give ${known[0]} as a query parameter (?${known[0]}=...)` : "send none (it reads nothing from one)"
        return c.json({ error: "unexpected_body", message: `a GET on this route takes no body: ${instead}` }, 400)
      }
      const parsed = v.safeParse(checked, Object.fromEntries(Object.entries(queries).map(([name, values]) => [name, values[0]])))
      if (!parsed.success) {
        const name = String(parsed.issues[0].path?.[0]?.key ?? "query")
        const refusal = refuse(name, parsed.issues[0])
        return c.json({ ...refusal, message: `${refusal.message}${plusHint(name, queries[name]?.[0], c.req.url)}` }, 400)
      }
      c.req.addValidatedData("query", parsed.output)
      await next()
    },
    "query",
    checked,
  )
}
