import * as v from "valibot"
import { didYouMean } from "./config-check.ts"

/**
 * Route inputs are read strictly: a key or query parameter the route does
 * not know is refused, naming it and the closest known one, instead of
 * being dropped (a typo'd `paramters` would start a script with none, a
 * `maxQeue` would check health on the defaults). A repeated query parameter
 * is refused too: which of its values counts is not obvious.
 */

/** A route's refusal, answered as JSON with status 400 (or the route's own status for a payload). */
export interface RouteRefusal {
  error: string
  message: string
}

const quote = (key: string) => JSON.stringify(key.slice(0, 60))

/** The object schema a dotted issue path leads to, so an unknown nested key is compared with its siblings. */
function entriesAt(schema: v.GenericSchema, keys: readonly unknown[]): string[] {
  let at: any = schema
  for (const key of keys) {
    while (at && (at.type === "optional" || at.type === "nullable" || at.type === "nullish")) at = at.wrapped
    if (at?.type === "array") at = at.item
    else at = at?.entries?.[key as string]
  }
  while (at && (at.type === "optional" || at.type === "nullable" || at.type === "nullish")) at = at.wrapped
  return Object.keys(at?.entries ?? {})
}

/**
 * The message for a failed parse of a route body: an unknown key is named
 * with the closest known one; anything else names its dotted path.
 */
export function describeBodyIssue(schema: v.GenericSchema, issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? []
  const last = path.at(-1) as { origin?: string; key?: unknown } | undefined
  if (issue.type === "strict_object" && last?.origin === "key") {
    const key = String(last.key)
    const parent = path.slice(0, -1).map((p) => p.key)
    const where = parent.length ? `${parent.join(".")}.` : ""
    // valibot reports a missing key the same way, with the key expected instead of "never".
    if (issue.expected !== "never") return `missing field ${quote(where + key)}`
    const known = entriesAt(schema, parent)
    return `unknown field ${quote(where + key)}${didYouMean(key, known)}: known fields are ${known.join(", ")}`
  }
  // valibot's own message quotes the received value ("received \"alice@example.com\""): an address or a
  // number a caller sent by mistake must not come back in the answer or reach a log, so only its kind is named.
  return `${v.getDotPath(issue) ?? "body"}: expected ${issue.expected ?? issue.type}, not ${kindOf(issue.input)}`
}

const kindOf = (value: unknown) =>
  value === undefined ? "nothing" : value === null ? "null" : Array.isArray(value) ? "a list" : typeof value === "object" ? "an object" : `a ${typeof value}`

/**
 * A JSON body checked against a strict object schema. `shape` is how the
 * body should look, quoted in the refusal (`{skillId, scriptId | scriptPath}`).
 * @example
 * const body = parseBody(Body, await c.req.json().catch(() => undefined), "{contactNumber, recipients}")
 * if (!body.success) return c.json(body.refusal, 400)
 */
export function parseBody<S extends v.GenericSchema>(
  schema: S,
  json: unknown,
  shape: string,
): { success: true; output: v.InferOutput<S> } | { success: false; refusal: RouteRefusal } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { success: false, refusal: { error: "invalid_body", message: `the body must be a JSON object: send ${shape}` } }
  }
  const parsed = v.safeParse(schema, json)
  if (parsed.success) return { success: true, output: parsed.output }
  return { success: false, refusal: { error: "invalid_body", message: `${describeBodyIssue(schema, parsed.issues[0])}: send ${shape}` } }
}

/**
 * Unknown or repeated query parameters, or undefined when the query holds
 * only `known` ones, each once. Routes that take none pass `[]`.
 * @example
 * const refused = checkQuery(c.req.queries(), ["maxQueue"])
 * if (refused) return c.json(refused, 400)
 */
export function checkQuery(query: Record<string, string[]>, known: readonly string[]): RouteRefusal | undefined {
  for (const [name, values] of Object.entries(query)) {
    if (!known.includes(name)) {
      const takes = known.length ? `this route takes ${known.join(", ")}` : "this route takes no query parameters"
      return { error: "unknown_parameter", message: `unknown query parameter ${quote(name)}${didYouMean(name, known)}: ${takes}` }
    }
    if (values.length > 1) return { error: "repeated_parameter", message: `query parameter ${quote(name)} is given ${values.length} times: give it once` }
  }
  return undefined
}
