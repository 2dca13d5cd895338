import { expect, test } from "bun:test"
import { createKeyRing, createManualClock, createRuntime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"

const TOKEN = "admin-token-for-tests-0123456789"
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

// Over HTTP a plan says how many of its contacts a legal hold holds now, as `jobs show` does.
test("POST /v1/jobs and GET /v1/jobs/:id carry heldNow: holds on a contact and on a subject, added after planning, released", async () => {
  const sandbox = await createSandbox({ contacts: 6 })
  const rt = await createRuntime({ plugins: defaultPlugins, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN) }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEY), clock: createManualClock(Date.now()) })
  const app = createApp(rt, { adminToken: TOKEN })
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, { method, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) })
    return { status: res.status, body: await res.json() }
  }
  const [first, second] = [...sandbox.tenant("acme").data.records.values()]
  expect((await call("POST", "/v1/holds", { contactId: first!.id, reason: "LH-1" })).status).toBe(201)
  const planned = await call("POST", "/v1/jobs", { id: "h1", matrix: "gdpr", source: "records", target: "patch" })
  expect([planned.status, planned.body.heldNow]).toEqual([201, 1])
  const hold = (await call("POST", "/v1/holds", { subjectEmail: second!.fields.email, reason: "LH-2" })).body
  expect((await call("GET", "/v1/jobs/h1")).body.heldNow).toBe(2)
  expect((await call("POST", `/v1/holds/${hold.id}/release`)).status).toBe(200)
  expect((await call("GET", "/v1/jobs/h1")).body.heldNow).toBe(1)
  await rt.dispose()
})
