import { describe, expect, test } from "bun:test"
import type { Hono } from "hono"
import { uniqueSymbol } from "hono-openapi"
import { findTargetHandler } from "hono/utils/handler"
import * as v from "valibot"
import { createRuntime, definePlugin, documentRoute, jsonInput, queryInput } from "../../core/index.ts"
import { builtins } from "../../plugins/manifest.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN, sandboxApp } from "../helpers.ts"

type Operation = { requestBody?: { content: Record<string, { schema?: unknown }> }; responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>; security?: unknown[]; parameters?: { name: string; in: string }[] }
type Document = { openapi: string; info: { title: string; version: string }; paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> } }

const docOf = async (app: Hono) => (await (await app.request("/openapi.json")).json()) as Document
const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}")

/** Routes of the app (middleware, HEAD and OPTIONS aside) missing from the document, as "METHOD path". */
function undocumented(app: Hono, doc: Document): string[] {
  const routes = app.routes.filter((r) => !["ALL", "HEAD", "OPTIONS"].includes(r.method))
  return [...new Set(routes.map((r) => `${r.method} ${r.path}`))].filter((route) => {
    const [method, path] = route.split(" ") as [string, string]
    return !doc.paths[openApiPath(path)]?.[method.toLowerCase()]
  })
}

/** Every documented body and answer with no schema, as "METHOD path status". */
function schemaless(doc: Document): string[] {
  const missing: string[] = []
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const where = `${method.toUpperCase()} ${path}`
      for (const media of Object.values(op.requestBody?.content ?? {})) if (!media.schema) missing.push(`${where} body`)
      const responses = Object.entries(op.responses ?? {})
      if (responses.length === 0) missing.push(`${where} (no responses)`)
      for (const [status, answer] of responses) {
        const media = Object.values(answer.content ?? {})
        if (media.length === 0 || media.some((m) => !m.schema)) missing.push(`${where} ${status}`)
      }
    }
  }
  return missing
}

/** `$ref`s that point nowhere in the document. */
function danglingRefs(doc: Document): string[] {
  const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!)
  return refs.filter((name) => !doc.components?.schemas?.[name])
}

/**
 * The documented schema of a route's answer, as its documentRoute middleware (or the guard's, mounted on
 * a prefix) holds it: valibot, through hono-openapi's resolver. The route's own comes first.
 */
function documentedAnswer(app: Hono, method: string, path: string, status: number, media = "application/json") {
  const covers = (r: { method: string; path: string }) =>
    (r.method === method && r.path === path) || (r.method === "ALL" && r.path.endsWith("/*") && path.startsWith(r.path.slice(0, -1)))
  for (const route of [...app.routes].reverse()) {
    if (!covers(route)) continue
    const spec = (findTargetHandler(route.handler) as never as Record<symbol, { spec?: { responses?: Record<string, { content: Record<string, { schema: { validate(x: unknown): unknown } }> }> } }>)[uniqueSymbol]?.spec
    const schema = spec?.responses?.[String(status)]?.content[media]?.schema
    if (schema) return schema
  }
  throw new Error(`${method} ${path} documents no ${status} answer`)
}

async function conforms(app: Hono, method: string, path: string, res: Response) {
  const media = res.headers.get("content-type")?.startsWith("text/plain") ? "text/plain" : "application/json"
  const body = media === "text/plain" ? await res.text() : await res.json()
  const verdict = (await documentedAnswer(app, method, path, res.status, media).validate(body)) as { issues?: unknown[] }
  expect({ route: `${method} ${path} ${res.status}`, issues: verdict.issues }).toEqual({ route: `${method} ${path} ${res.status}`, issues: undefined })
}

describe("/openapi.json", () => {
  test("is OpenAPI 3.1 with every route of the app, each body and answer with its schema", async () => {
    const { app, rt } = await sandboxApp()
    const doc = await docOf(app)
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    expect(doc.info).toEqual(expect.objectContaining({ title: "cxedge", version: expect.any(String) }))
    expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(10)
    expect(undocumented(app, doc)).toEqual([])
    expect(schemaless(doc)).toEqual([])
    expect(danglingRefs(doc)).toEqual([])
    // Every security requirement names a declared scheme.
    const schemes = Object.values(doc.paths).flatMap((ops) => Object.values(ops).flatMap((op) => (op.security ?? []).flatMap((s) => Object.keys(s as object))))
    expect(schemes.filter((s) => !doc.components?.securitySchemes?.[s])).toEqual([])
    await rt.dispose()
  })

  test("admin routes are documented as such because they sit behind the guard; webhooks and probes are not", async () => {
    const { app, rt } = await sandboxApp()
    const doc = await docOf(app)
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops)) {
        if (path.startsWith("/v1/")) {
          expect(op.security).toEqual([{ adminToken: [] }])
          expect(Object.keys(op.responses ?? {})).toContain("401")
        } else expect(op.security ?? []).not.toContainEqual({ adminToken: [] })
      }
    }
    expect(doc.paths["/webhooks/consent"]!.post!.security).toEqual([{ standardWebhooks: [] }])
    await rt.dispose()
  })

  test("the schemas are the ones the routes validate with: strict bodies, query parameters, path parameters", async () => {
    const { app, rt } = await sandboxApp()
    const doc = await docOf(app)
    const scripts = doc.paths["/v1/scripts/start"]!.post!.requestBody!.content["application/json"]!.schema as { additionalProperties: boolean; required: string[]; properties: object }
    expect(scripts.additionalProperties).toBe(false)
    expect(scripts.required).toEqual(["skillId"])
    expect(Object.keys(scripts.properties)).toEqual(["skillId", "scriptId", "scriptPath", "parameters", "startDate"])
    const health = doc.paths["/v1/skills/{id}/health"]!.get!
    expect(health.parameters!.map((p) => `${p.in} ${p.name}`).sort()).toEqual(["path id", "query maxQueue", "query maxWaitSec", "query minAgents", "query minServiceLevel"])
    // A route taking no query parameters documents none; a refusal is {error, message}.
    expect(doc.paths["/v1/tenant"]!.get!.parameters ?? []).toEqual([])
    expect(doc.paths["/v1/tenant"]!.get!.responses!["400"]!.content!["application/json"]!.schema).toEqual({ $ref: "#/components/schemas/Refusal" })
    expect(doc.components!.schemas!.Refusal).toEqual({ type: "object", properties: { error: { type: "string" }, message: { type: "string" } }, required: ["error", "message"] })
    await rt.dispose()
  })

  test("real answers match their documented schemas", async () => {
    const { app, rt, state } = await sandboxApp()
    const admin = (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
    const post = (path: string, body: unknown) => admin(path, { method: "POST", body: JSON.stringify(body) })
    const contact = [...state.data.messages.values()][0]!.contactNumber
    const checks: [string, string, Response][] = [
      ["GET", "/healthz", await app.request("/healthz")],
      ["GET", "/readyz", await app.request("/readyz")],
      ["GET", "/metrics", await app.request("/metrics")],
      ["GET", "/openapi.json", await app.request("/openapi.json")],
      ["GET", "/v1/tenant", await admin("/v1/tenant")],
      ["GET", "/v1/tenant", await app.request("/v1/tenant")],
      ["GET", "/v1/tenant", await admin("/v1/tenant?verbose=1")],
      ["GET", "/v1/skills/:id/health", await admin("/v1/skills/4101/health")],
      ["GET", "/v1/skills/:id/health", await admin("/v1/skills/4103/health")],
      ["GET", "/v1/skills/:id/health", await admin("/v1/skills/999/health")],
      ["GET", "/v1/skills/:id/health", await admin("/v1/skills/4101/health?maxQueue=1e3")],
      ["POST", "/v1/transcripts", await post("/v1/transcripts", { contactNumber: contact, recipients: ["ada@example.com"] })],
      ["POST", "/v1/transcripts", await post("/v1/transcripts", { contactNumber: contact, recipients: ["ada@example.com"], cc: [] })],
      ["POST", "/v1/scripts/start", await post("/v1/scripts/start", { skillId: 4101, scriptId: "7" })],
      ["POST", "/webhooks/cxone/contact-ended", await app.request("/webhooks/cxone/contact-ended", { method: "POST", body: "{}" })],
      ["POST", "/webhooks/consent", await app.request("/webhooks/consent", { method: "POST", body: "{}" })],
    ]
    expect(checks.map(([, , res]) => res.status)).toEqual([200, 200, 200, 200, 200, 401, 400, 200, 503, 404, 400, 200, 400, 200, 503, 503])
    for (const [method, path, res] of checks) await conforms(app, method, path, res)
    await rt.dispose()
  })

  test("a plugin's route shows up with its body, query and answers; an undocumented one is caught", async () => {
    const Body = v.strictObject({ name: v.string(), tags: v.optional(v.array(v.string())) })
    const plugin = definePlugin({
      name: "echo",
      version: "1.0.0",
      routes(app) {
        app.post(
          "/v1/echo/:kind",
          documentRoute({ summary: "Echo a name", responses: { 201: { description: "echoed", schema: v.object({ echoed: v.string() }) }, 400: "invalid body" } }),
          queryInput(v.strictObject({ loud: v.optional(v.picklist(["yes", "no"])) })),
          jsonInput(Body, "{name, tags?}"),
          (c) => c.json({ echoed: c.req.valid("query").loud === "yes" ? c.req.valid("json").name.toUpperCase() : c.req.valid("json").name }, 201),
        )
        app.get("/v1/echo-undocumented", (c) => c.json({}))
      },
    })
    const rt = await createRuntime({ plugins: [plugin] }, { builtins })
    const app = createApp(rt, { adminToken: ADMIN_TOKEN })
    const doc = await docOf(app)
    const echo = doc.paths["/v1/echo/{kind}"]!.post!
    expect(echo.security).toEqual([{ adminToken: [] }])
    expect(echo.requestBody!.content["application/json"]!.schema).toEqual(expect.objectContaining({ required: ["name"], additionalProperties: false }))
    expect(echo.parameters!.map((p) => `${p.in} ${p.name}`).sort()).toEqual(["path kind", "query loud"])
    expect(Object.keys(echo.responses!).sort()).toEqual(["201", "400", "401", "415", "503", "504"])
    expect(undocumented(app, doc)).toEqual(["GET /v1/echo-undocumented"])
    // The validators refuse as every cxedge route does: an unknown key or parameter, named.
    const send = (query: string, body: unknown) => app.request(`/v1/echo/a${query}`, { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
    expect(await (await send("?loud=yes", { name: "ada" })).json()).toEqual({ echoed: "ADA" })
    expect(await (await send("", { name: "ada", nmae: 1 })).json()).toEqual({ error: "invalid_body", message: expect.stringContaining('unknown field "nmae"') })
    expect(await (await send("?lound=yes", { name: "ada" })).json()).toEqual({ error: "unknown_parameter", message: expect.stringContaining('did you mean "loud"') })
    const bad = await send("?loud=maybe", { name: "ada" })
    expect(bad.status).toBe(400)
    expect(await bad.json()).toEqual({ error: "invalid_parameter", message: expect.stringContaining('"loud"') })
    await rt.dispose()
  })
})
