/**
 * Routes of round 40's bad input: the same legal hold posted twice (a retried request made a second hold, which a
 * release of the first left holding), and a job's window given finer than a millisecond (cut in silence).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createKeyRing, createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

let rt: Runtime
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  const sandbox = await createSandbox({ contacts: 5 })
  const c = sandbox.credentials("acme")
  const keys = createKeyRing(`k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`)
  rt = await createRuntime({ plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } }, { builtins, fetch: sandbox.fetch, keys })
  app = createApp(rt, { adminToken: ADMIN_TOKEN })
})
afterAll(() => rt.dispose())
const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" }
const post = async (path: string, body: unknown): Promise<[number, Record<string, unknown>]> => {
  const res = await app.request(path, { method: "POST", body: JSON.stringify(body), headers })
  return [res.status, await res.json()]
}
const holds = async () => ((await (await app.request("/v1/holds", { headers })).json()) as { holds: { id: string; reason: string }[] }).holds

describe("POST /v1/holds of a hold that exists", () => {
  test("the same subject and reason again: 200 with that hold, existing: true (was: 201, a second hold)", async () => {
    const [status, first] = await post("/v1/holds", { subjectEmail: "ann@example.com", reason: "LH-40" })
    expect(status).toBe(201)
    const [again, body] = await post("/v1/holds", { subjectEmail: "ANN@example.com ", reason: "lh-40" })
    expect([again, body.id, body.existing]).toEqual([200, first.id, true])
    expect(await holds()).toHaveLength(1)
  })

  test("the same hold until an earlier end: 409 hold_exists, naming the hold; nothing added", async () => {
    const [status, body] = await post("/v1/holds", { subjectEmail: "ann@example.com", reason: "LH-40", until: "2099-01-01" })
    const [held] = await holds()
    expect([status, body.error]).toEqual([409, "hold_exists"])
    expect(body.message).toBe(`hold ${held!.id} already holds this subject (email) for this reason, until released, past the end asked: to end it sooner, release hold ${held!.id} when the matter ends; to hold it for another matter, give that matter's reason`)
    expect(await holds()).toHaveLength(1)
  })

  test("another reason is another matter: 201, a second hold", async () => {
    const [status] = await post("/v1/holds", { subjectEmail: "ann@example.com", reason: "LH-41" })
    expect(status).toBe(201)
    expect((await holds()).map((h) => h.reason)).toEqual(["LH-40", "LH-41"])
  })

  test("the same hold until a later end: 201, a hold beside it (was: 409, and the advice to release first left it unheld)", async () => {
    const [first] = await post("/v1/holds", { subjectEmail: "cy@example.com", reason: "LH-43", until: "2098-01-01" })
    const [later, body] = await post("/v1/holds", { subjectEmail: "cy@example.com", reason: "LH-43", until: "2099-01-01" })
    expect([first, later, body.until]).toEqual([201, 201, "2099-01-01T00:00:00.000Z"])
    expect((await holds()).filter((h) => h.reason === "LH-43")).toHaveLength(2)
  })
})

describe("POST /v1/jobs with a window finer than a millisecond", () => {
  test("since with microseconds: 400 naming it (was: planned from the millisecond before)", async () => {
    const [status, body] = await post("/v1/jobs", { id: "r40-1", matrix: "gdpr", target: "erasure", source: "cxone", since: "2026-11-01T08:30:00.123456Z" })
    expect(status).toBe(400)
    expect(body.message).toContain('since "2026-11-01T08:30:00.123456Z" is finer than a millisecond, and a time is read to the millisecond: write at most three digits after the seconds (2026-11-01T08:30:00.123Z)')
    expect((await app.request("/v1/jobs/r40-1", { headers })).status).toBe(404)
  })
})

describe("a body over the server's limit", () => {
  test("POST /v1/deidentify of 1.1 MB: 413 saying what to do (was: only 'the body is larger than 1048576 bytes')", async () => {
    const res = await app.request("/v1/deidentify", { method: "POST", body: JSON.stringify({ text: "call ann@example.com ".repeat(55_000) }), headers })
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({ error: "payload_too_large", message: "the body is larger than 1048576 bytes, the most this server reads in one request: send less in each request (a long text in parts)" })
  })
})
