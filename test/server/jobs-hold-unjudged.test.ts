import { expect, test } from "bun:test"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"

const TOKEN = "admin-token-for-tests-0123456789"
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const OTHER = "k1:" + Buffer.from("another-key-of-thirty-two-bytes!").toString("base64")

// A hold made under k1, and a server restarted with another key under k1: no hold can be judged, and every write path
// stops (hold-lasting.test.ts). Over HTTP a plan was stored before the refusal (400), and an approved plan's run was
// queued (202), its job then stored "running" and left so when the task failed at its first page.
test("POST /v1/jobs and /v1/jobs/:id/run answer 503 hold_unavailable when a hold cannot be judged; nothing is planned, queued or stored", async () => {
  const sandbox = await createSandbox({ contacts: 6 })
  const storage = createCxedgeStorage()
  const open = async (keys: string) => {
    const rt = await createRuntime({ plugins: defaultPlugins, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN) }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(keys), storage })
    const app = createApp(rt, { adminToken: TOKEN })
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await app.request(path, { method, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) })
      return { status: res.status, body: await res.json() }
    }
    return { rt, call }
  }
  const before = await open(KEY)
  const email = [...sandbox.tenant("acme").data.records.values()].find((r) => typeof r.fields.email === "string")!.fields.email
  expect((await before.call("POST", "/v1/holds", { subjectEmail: email, reason: "LH-1" })).status).toBe(201)
  expect((await before.call("POST", "/v1/jobs", { id: "h1", matrix: "gdpr", source: "records", target: "patch" })).status).toBe(201)
  expect((await before.call("POST", "/v1/jobs/h1/approve", { by: "alice" })).status).toBe(200)

  const after = await open(OTHER)
  const keysBefore = (await storage.root.getKeys()).filter((k) => !/^(tokens|limits):/.test(k)).sort()
  const planned = await after.call("POST", "/v1/jobs", { id: "h2", matrix: "gdpr", source: "records", target: "patch" })
  expect(planned.status).toBe(503)
  expect(planned.body.error).toBe("hold_unavailable")
  expect(planned.body.message).toMatch(/was made under key "k1", and CXEDGE_HMAC_KEYS has another key under that id/)
  expect((await after.call("GET", "/v1/jobs/h2")).status).toBe(404)
  const run = await after.call("POST", "/v1/jobs/h1/run")
  expect([run.status, run.body.error]).toEqual([503, "hold_unavailable"])
  await after.rt.tasks.drain()
  // Read under the key the hold was made with (a plan's heldNow asks the holds too).
  expect((await before.call("GET", "/v1/jobs/h1")).body.state).toBe("approved")
  expect((await storage.root.getKeys()).filter((k) => !/^(tokens|limits):/.test(k)).sort()).toEqual(keysBefore)
  expect([...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)).toBe(0)
  await after.rt.dispose()
  await before.rt.dispose()
})
