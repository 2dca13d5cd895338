/**
 * A POST with no body and no content-type to a JSON route (curl -X POST .../v1/jobs/h1/approve with no -d) was
 * answered 415 "the body is sent with no content-type": the type was named, not the body that was missing. It is now
 * 400 naming the route's own shape, on every JSON route; a body that is there, sent as another type, is still 415.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createCxedgeStorage, createKeyRing, createRuntime, type Runtime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { ADMIN_TOKEN } from "../helpers.ts"

const KEYS = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` }

let rt: Runtime
let server: ReturnType<typeof Bun.serve>
let origin: string
beforeAll(async () => {
  const sandbox = await createSandbox({ contacts: 3 })
  const c = sandbox.credentials("acme")
  const tenant = { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret }
  rt = await createRuntime({ plugins: defaultPlugins, tenant }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEYS), storage: createCxedgeStorage() })
  const app = createApp(rt, { adminToken: ADMIN_TOKEN })
  server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: app.fetch })
  origin = `http://127.0.0.1:${server.port}`
})
afterAll(async () => {
  server?.stop(true)
  await rt?.dispose()
})

const post = async (path: string, init: { headers?: Record<string, string>; body?: string } = {}) => {
  const res = await fetch(`${origin}${path}`, { method: "POST", headers: { ...auth, ...init.headers }, body: init.body })
  return [res.status, (await res.json()) as { error: string; message: string }] as const
}

describe("a POST with no body at all", () => {
  test.each([
    ["/v1/jobs/h1/approve", "{by}"],
    ["/v1/holds", "{subjectEmail | subjectPhone | contactId, reason, until?}"],
    ["/v1/scripts/start", "{skillId, scriptId | scriptPath, parameters?, startDate?}"],
    ["/v1/transcripts", "{contactNumber, recipients: [email, ...]}"],
    ["/v1/inspect", "{text, entities?: [type, ...], minScore?}"],
    ["/v1/deidentify", "{text, mode?: tag | indexed | hmac | mask, entities?: [type, ...], minScore?}"],
  ])("%s: 400, the body is missing, and what to send", async (path, shape) => {
    const [status, body] = await post(path)
    expect(status).toBe(400)
    expect(body).toEqual({ error: "invalid_body", message: `the body is missing: send ${shape}` })
  })

  test("a body that is there, sent as text/plain or with no type, is still 415 and names its type", async () => {
    const [plain, said] = await post("/v1/jobs/h1/approve", { headers: { "content-type": "text/plain" }, body: '{"by":"ann"}' })
    expect(plain).toBe(415)
    expect(said.message).toBe('the body is sent as "text/plain": send JSON with content-type: application/json')
    const [inspectPlain] = await post("/v1/inspect", { headers: { "content-type": "text/plain" }, body: '{"text":"x"}' })
    expect(inspectPlain).toBe(415)
  })
})
