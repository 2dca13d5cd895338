/**
 * Route bodies of round 25's bad input: a body not declared as JSON is a
 * 415 naming application/json on every admin route that reads one (it was
 * parsed whatever its type), and the scripts and transcripts routes answer
 * their refusals as the other routes do, `invalid_request` and one sentence
 * without the terminal's `[cxedge] [scope]` prefix. Nothing is planned,
 * held, started or mailed.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createKeyRing, createRuntime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN, sandboxApp } from "../helpers.ts"

let ctx: Awaited<ReturnType<typeof sandboxApp>>
beforeAll(async () => {
  ctx = await sandboxApp({ sandbox: { contacts: 5 } })
})
afterAll(() => ctx.rt.dispose())

const post = (path: string, body: string, type?: string) =>
  ctx.app.request(path, { method: "POST", body, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(type === undefined ? {} : { "content-type": type }) } })
const get = (path: string) => ctx.app.request(path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })
const nothingDone = () => ({ starts: ctx.state.scriptStarts.length, transcripts: ctx.state.transcripts.length })

// Each a body the route takes when sent as application/json.
const ROUTES: [string, unknown][] = [
  ["/v1/jobs", { id: "j25", matrix: "gdpr", target: "erasure" }],
  ["/v1/holds", { contactId: "600042000001", reason: "matter 25" }],
  ["/v1/scripts/start", { skillId: 4101, scriptId: "7" }],
  ["/v1/transcripts", { contactNumber: "1", recipients: ["dpo@example.com"] }],
  ["/v1/inspect", { text: "mail ada@example.com" }],
  ["/v1/deidentify", { text: "mail ada@example.com" }],
]

describe("a JSON body sent as another type is refused 415 on every admin route that reads one", () => {
  for (const [path, body] of ROUTES) {
    test.each([
      ["text/plain;charset=UTF-8", 'the body is sent as "text/plain": send JSON with content-type: application/json'],
      ["application/x-www-form-urlencoded", 'the body is sent as "application/x-www-form-urlencoded": send JSON with content-type: application/json'],
      [undefined, "the body is sent with no content-type: send JSON with content-type: application/json"],
    ])(`POST ${path} as %s`, async (type, message) => {
      const before = nothingDone()
      const res = await post(path, JSON.stringify(body), type)
      expect([res.status, await res.json()]).toEqual([415, { error: "unsupported_media_type", message }])
      expect(nothingDone()).toEqual(before)
    })
  }

  test("nothing was planned or held by the refused bodies", async () => {
    expect((await get("/v1/jobs/j25")).status).toBe(404)
    expect(((await (await get("/v1/holds")).json()) as { holds: unknown[] }).holds).toEqual([])
  })

  test("application/json with a charset, and a +json type, are read", async () => {
    expect((await post("/v1/jobs", JSON.stringify({ id: "j25-cs", matrix: "gdpr", target: "erasure" }), "application/json; charset=utf-8")).status).toBe(201)
    expect((await post("/v1/inspect", JSON.stringify({ text: "hi" }), "application/merge-patch+json")).status).toBe(200)
  })

  test("/openapi.json documents the 415 on the routes with a JSON body only", async () => {
    const doc = (await (await ctx.app.request("/openapi.json")).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
    for (const [path] of ROUTES) expect(Object.keys(doc.paths[path]!.post!.responses)).toContain("415")
    expect(Object.keys(doc.paths["/v1/jobs/{id}/run"]!.post!.responses)).not.toContain("415")
  })
})

describe("scripts and transcripts answer a refusal as the other routes do", () => {
  test.each([
    ["/v1/scripts/start", { skillId: 0, scriptId: "7" }, 'skillId 0 is not a skill id: give the skill\'s number, a positive whole number (e.g. "skillId": 4101)'],
    ["/v1/scripts/start", { skillId: 4101, scriptId: "7", parameters: ["a|b"] }, 'parameters[0] contains "|", which CXone uses to separate parameters: remove it'],
    ["/v1/transcripts", { contactNumber: "abc", recipients: ["dpo@example.com"] }, 'contactNumber must be the DFO contact number (digits, not 0): give the case number DFO shows for the contact, e.g. "contactNumber": "123456"'],
    ["/v1/transcripts", { contactNumber: "1", recipients: [] }, "recipients is empty: list one or more email addresses"],
  ])("POST %s %j", async (path, body, message) => {
    const before = nothingDone()
    const res = await post(path, JSON.stringify(body), "application/json")
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_request", message }])
    expect(nothingDone()).toEqual(before)
  })
})

describe("a skill id written other than in digits is refused, not read as another skill", () => {
  // Number() read 1e3 as skill 1000, 0x10 as 16, 4101.0 as 4101, and an id past 2^53 as its neighbour (a 404 naming another id).
  // Round 35: each is told the number it means, where that is a skill id.
  test.each([["1e3", " (1e3 is 1000)"], ["0x10", " (0x10 is 16)"], ["4101.0", " (4101.0 is 4101)"], ["99999999999999999999", ""], ["0", ""]])("GET /v1/skills/%s/health", async (id, hint) => {
    const res = await get(`/v1/skills/${id}/health`)
    expect([res.status, await res.json()]).toEqual([400, { error: "invalid_skill", message: `the skill id must be a positive integer of at most 15 digits, written in digits (e.g. /v1/skills/4101/health)${hint}` }])
  })
})

describe("a body sent to a route that reads none is refused, not dropped", () => {
  test("POST /v1/holds/:id/release with a reason: the hold stays active", async () => {
    // A contact hold keys the contact's subjects: this server has an HMAC key.
    const sandbox = await createSandbox({ contacts: 5 })
    const c = sandbox.credentials("acme")
    const rt = await createRuntime(
      { plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } },
      { builtins, fetch: sandbox.fetch, keys: createKeyRing(`k1:${Buffer.alloc(32, 7).toString("base64")}`) },
    )
    try {
      const app = createApp(rt, { adminToken: ADMIN_TOKEN })
      const send = (path: string, body: string) => app.request(path, { method: "POST", body, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
      const held = await send("/v1/holds", JSON.stringify({ contactId: [...sandbox.tenant("acme").data.records.keys()][0], reason: "matter 25" }))
      expect(held.status).toBe(201)
      const { id } = (await held.json()) as { id: string }
      const res = await send(`/v1/holds/${id}/release`, JSON.stringify({ reason: "closed" }))
      expect([res.status, await res.json()]).toEqual([400, { error: "unexpected_body", message: "this route takes no body: the hold is named by the path (/v1/holds/ID/release), and a release records no reason" }])
      const holds = ((await (await app.request("/v1/holds", { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).json()) as { holds: { id: string; state: string }[] }).holds
      expect(holds.find((h) => h.id === id)?.state).toBe("active")
      expect((await send(`/v1/holds/${id}/release`, "")).status).toBe(200)
    } finally {
      await rt.dispose()
    }
  })

  test("POST /v1/jobs/:id/run with a body: nothing is queued", async () => {
    expect((await post("/v1/jobs", JSON.stringify({ id: "j25-run", matrix: "gdpr", target: "erasure" }), "application/json")).status).toBe(201)
    expect((await post("/v1/jobs/j25-run/approve", JSON.stringify({ by: "alice" }), "application/json")).status).toBe(200)
    const res = await post("/v1/jobs/j25-run/run", JSON.stringify({ concurrency: 2 }), "application/json")
    expect([res.status, await res.json()]).toEqual([400, { error: "unexpected_body", message: "this route takes no body: the plan runs as it was approved, named by the path (/v1/jobs/ID/run)" }])
    expect(((await (await get("/v1/jobs/j25-run")).json()) as { state: string }).state).toBe("approved")
  })
})

test("POST /v1/scripts/start with a scriptPath of spaces starts nothing", async () => {
  const before = nothingDone()
  const res = await post("/v1/scripts/start", JSON.stringify({ skillId: 4101, scriptPath: "  " }), "application/json")
  expect([res.status, await res.json()]).toEqual([400, { error: "invalid_request", message: 'scriptPath is blank: name the script by its path, e.g. "scriptPath": "Company\\\\Callback"' }])
  expect(nothingDone()).toEqual(before)
})

test("POST /v1/jobs with a body that is not UTF-8 plans nothing (a Latin-1 \"España\" was read as U+FFFD and matched no contact)", async () => {
  const body = Buffer.concat([
    Buffer.from('{"id": "j25-latin1", "target": "erasure", "matrix": {"name": "m", "fields": [{"path": "email", "transform": "redact", "when": {"field": "country", "equals": "Espa'),
    Buffer.from("\xf1a", "latin1"),
    Buffer.from('"}}]}}'),
  ])
  const res = await ctx.app.request("/v1/jobs", { method: "POST", body, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
  expect([res.status, await res.json()]).toEqual([400, { error: "invalid_body", message: "the body is not valid UTF-8: send the JSON encoded as UTF-8" }])
  expect((await get("/v1/jobs/j25-latin1")).status).toBe(404)
})
