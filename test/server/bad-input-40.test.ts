/**
 * Routes of round 40's bad input: a job's window given finer than a millisecond (cut in silence).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

let rt: Runtime
let app: ReturnType<typeof createApp>
beforeAll(async () => {
  const sandbox = await createSandbox({ contacts: 5 })
  const c = sandbox.credentials("acme")
  rt = await createRuntime({ plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } }, { builtins, fetch: sandbox.fetch })
  app = createApp(rt, { adminToken: ADMIN_TOKEN })
})
afterAll(() => rt.dispose())
const headers = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" }
const post = async (path: string, body: unknown): Promise<[number, Record<string, unknown>]> => {
  const res = await app.request(path, { method: "POST", body: JSON.stringify(body), headers })
  return [res.status, await res.json()]
}

describe("POST /v1/jobs with a window finer than a millisecond", () => {
  test("since with microseconds: 400 naming it (was: planned from the millisecond before)", async () => {
    const [status, body] = await post("/v1/jobs", { id: "r40-1", matrix: "gdpr", target: "erasure", source: "cxone", since: "2026-11-01T08:30:00.123456Z" })
    expect(status).toBe(400)
    expect(body.message).toContain('since "2026-11-01T08:30:00.123456Z" is finer than a millisecond, and a time is read to the millisecond: write at most three digits after the seconds (2026-11-01T08:30:00.123Z)')
    expect((await app.request("/v1/jobs/r40-1", { headers })).status).toBe(404)
  })
})
