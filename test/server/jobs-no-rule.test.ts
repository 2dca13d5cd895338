import { expect, test } from "bun:test"
import { createKeyRing, createManualClock, createRuntime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"

const TOKEN = "admin-token-for-tests-0123456789"
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const NONE = { name: "acct", fields: [{ path: "customFields[*].value", transform: "redact", when: { field: "name", in: ["nothingOfTheKind"] } }] }

// The CLI's --json told contacts no rule applied to (`noRuleApplied`) from those already anonymized; over HTTP the plan
// counted them already anonymized and GET /v1/jobs/:id's counters only as skipped.
test("POST /v1/jobs and GET /v1/jobs/:id count the contacts no rule applied to as noRuleApplied", async () => {
  const sandbox = await createSandbox({ contacts: 6 })
  const rt = await createRuntime({ plugins: defaultPlugins, tenant: sandbox.tenantConfig(SANDBOX_ORIGIN) }, { builtins, fetch: sandbox.fetch, keys: createKeyRing(KEY), clock: createManualClock(Date.now()) })
  const app = createApp(rt, { adminToken: TOKEN })
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(path, { method, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) })
    return { status: res.status, body: await res.json() }
  }
  try {
    const planned = await call("POST", "/v1/jobs", { id: "n1", matrix: NONE, source: "records", target: "patch" })
    expect(planned.status).toBe(201)
    expect(planned.body).toMatchObject({ contacts: 6, toWrite: 0, alreadyAnonymized: 0, noRuleApplied: 6 })
    expect((await call("POST", "/v1/jobs/n1/approve", { by: "alice" })).status).toBe(200)
    expect((await call("POST", "/v1/jobs/n1/run")).status).toBe(202)
    await rt.tasks.drain()
    const state = await call("GET", "/v1/jobs/n1")
    expect(state.body).toMatchObject({ state: "finished", plan: { noRuleApplied: 6 }, counters: { processed: 6, skipped: 6, noRuleApplied: 6 } })
  } finally {
    await rt.dispose()
  }
})
