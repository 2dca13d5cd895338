import { expect, test } from "bun:test"
import { createCxedgeStorage, createKeyRing, createRuntime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"

const TOKEN = "admin-token-for-tests-0123456789"
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

// A server restarted with a config whose plugins leave out hold, on the storage of an active hold: the approved plan's
// run was queued (202) and its job wrote over the held subject's contact (plugins-left-out.test.ts for the CLI).
test("POST /v1/jobs/:id/run answers 503 plugin_missing when the storage holds an active hold and hold is not loaded; nothing queued or written", async () => {
  const sandbox = await createSandbox({ contacts: 6 })
  const storage = createCxedgeStorage()
  const open = async (plugins: string[]) => {
    const rt = await createRuntime({ plugins, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN) }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEY), storage })
    const app = createApp(rt, { adminToken: TOKEN })
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await app.request(path, { method, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) })
      return { status: res.status, body: await res.json() }
    }
    return { rt, call }
  }
  const before = await open(defaultPlugins)
  const email = [...sandbox.tenant("acme").data.records.values()].find((r) => typeof r.fields.email === "string")!.fields.email
  expect((await before.call("POST", "/v1/holds", { subjectEmail: email, reason: "LH-1" })).status).toBe(201)
  expect((await before.call("POST", "/v1/jobs", { id: "h1", matrix: "gdpr", source: "records", target: "patch" })).status).toBe(201)
  expect((await before.call("POST", "/v1/jobs/h1/approve", { by: "alice" })).status).toBe(200)

  const after = await open(defaultPlugins.filter((name) => name !== "hold"))
  const run = await after.call("POST", "/v1/jobs/h1/run")
  expect([run.status, run.body.error]).toEqual([503, "plugin_missing"])
  expect(run.body.message).toMatch(/this storage holds 1 active legal hold \(the hold plugin's write gate hold\), and the hold plugin is not loaded.*Add "hold" to plugins/)
  await after.rt.tasks.drain()
  expect((await after.call("GET", "/v1/jobs/h1")).body.state).toBe("approved")
  expect([...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)).toBe(0)
  await after.rt.dispose()
  await before.rt.dispose()
})
