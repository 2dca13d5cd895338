/**
 * Routes of round 35's bad input: refusals that named the CLI's flags to an HTTP caller, or a source the caller never
 * named, and what a careless caller sends in the query string and the body. Nothing is written at the tenant.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

// A tenant with the records API, so a plan for the patch target gets as far as its source.
let rt: Runtime
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  const sandbox = await createSandbox({ contacts: 5 })
  const c = sandbox.credentials("acme")
  const records = { baseUrl: SANDBOX_ORIGIN, clientId: c.recordsClientId, clientSecret: c.recordsClientSecret }
  rt = await createRuntime({ plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret, records } }, { builtins, fetch: sandbox.fetch })
  app = createApp(rt, { adminToken: ADMIN_TOKEN })
})
afterAll(() => rt.dispose())
const post = async (path: string, body: unknown): Promise<[number, { message: string }]> => {
  const res = await app.request(path, { method: "POST", body: JSON.stringify(body), headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" } })
  return [res.status, await res.json()]
}

describe("POST /v1/jobs: a window without a source, planned for the patch target", () => {
  test("{since} alone (was: use --source records, not cxone, a flag and a source never sent)", async () => {
    const [status, body] = await post("/v1/jobs", { id: "w-1", matrix: "gdpr", since: "7d" })
    expect([status, body.message]).toEqual([400, "the patch target writes through the records API, so it reads the records source, not cxone: drop the source and the date window (a window selects cxone) to patch records, or take cxone contacts to the erasure or export target"])
    expect(body.message).not.toContain("--")
  })
  test("{source: messages} with the patch target", async () => {
    const [status, body] = await post("/v1/jobs", { id: "w-2", matrix: "gdpr", source: "messages", since: "7d" })
    expect([status, body.message]).toEqual([400, "the patch target writes through the records API, so it reads the records source, not messages: drop the source to patch records, or take messages contacts to the erasure or export target"])
  })
})

const request = (path: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}) =>
  app.request(path, { ...init, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers } })

describe("a body declared compressed is refused, never read as it came", () => {
  test("content-encoding: gzip over plain JSON (was answered as if the header were not there)", async () => {
    const res = await request("/v1/inspect", { method: "POST", body: JSON.stringify({ text: "hi" }), headers: { "content-type": "application/json", "content-encoding": "gzip" } })
    expect([res.status, await res.json()]).toEqual([415, { error: "unsupported_media_type", message: "the body is sent with content-encoding: gzip: this route reads it uncompressed; send the JSON as it is, with no content-encoding" }])
  })
  test("a gzipped body on a route of jsonInput (was: the body is not valid JSON)", async () => {
    const res = await request("/v1/holds", { method: "POST", body: Buffer.from(Bun.gzipSync(JSON.stringify({ contactId: "5", reason: "LH-1" }))).toString("latin1"), headers: { "content-type": "application/json", "content-encoding": "gzip" } })
    expect(res.status).toBe(415)
    expect((await res.json()).message).toStartWith("the body is sent with content-encoding: gzip")
  })
  test("content-encoding: identity is no encoding", async () => {
    const res = await request("/v1/inspect", { method: "POST", body: JSON.stringify({ text: "hi" }), headers: { "content-type": "application/json", "content-encoding": "identity" } })
    expect(res.status).toBe(200)
  })
})

describe("GET /v1/skills/{id}/health: a skill id written another way is told what it means", () => {
  test("0x10 (was: no word of 16)", async () => {
    const res = await request("/v1/skills/0x10/health")
    expect([res.status, (await res.json()).message]).toEqual([400, "the skill id must be a positive integer of at most 15 digits, written in digits (e.g. /v1/skills/4101/health) (0x10 is 16)"])
  })
  test("a skill's name", async () => {
    const res = await request("/v1/skills/Billing/health")
    expect((await res.json()).message).toEndWith("(a name: give the number the tenant shows for it)")
  })
})
