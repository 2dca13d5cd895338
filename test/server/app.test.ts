import { describe, expect, test } from "bun:test"
import { createManualClock, createRuntime } from "../../core/index.ts"
import { builtins, defaultPlugins } from "../../plugins/manifest.ts"
import { ask } from "../../plugins/scripts/commands.ts"
import { createApp } from "../../server/app.ts"
import { createSandbox, SANDBOX_ORIGIN } from "../../sandbox/app.ts"

const TOKEN = "admin-token-for-tests-0123456789"

async function setup() {
  const sandbox = await createSandbox({ contacts: 20 })
  const c = sandbox.credentials("acme")
  const clock = createManualClock(Date.now())
  const rt = await createRuntime(
    { plugins: defaultPlugins, tenant: { issuer: SANDBOX_ORIGIN, accessKeyId: c.accessKeyId, accessKeySecret: c.accessKeySecret, clientId: c.clientId, clientSecret: c.clientSecret } },
    { builtins, fetch: sandbox.fetch, clock },
  )
  const app = createApp(rt, { adminToken: TOKEN })
  const admin = (path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", ...init.headers } })
  return { sandbox, rt, app, admin, clock, state: sandbox.tenant("acme") }
}

describe("server app", () => {
  test("/healthz is public; /v1 needs the admin token; unknown routes are JSON 404s", async () => {
    const { app, admin, sandbox } = await setup()
    expect((await (await app.request("/healthz")).json()).plugins).toContain("tenant")
    const denied = await app.request("/v1/tenant")
    expect(denied.status).toBe(401)
    expect((await denied.json()).error).toBe("unauthorized")
    expect((await app.request("/v1/tenant", { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401)
    expect((await (await admin("/v1/tenant")).json()).tenantId).toBe(sandbox.tenant("acme").id)
    const missing = await app.request("/nope")
    expect(missing.status).toBe(404)
    expect((await missing.json()).error).toBe("not_found")
  })

  // The request histogram was observed in seconds where every histogram takes milliseconds: /metrics showed each
  // request a thousand times faster than it was, all of them under the first bucket (1 ms).
  test("/metrics times requests as they took: the histogram's sum is near the time the requests took", async () => {
    const { admin, app } = await setup()
    const started = performance.now()
    for (let i = 0; i < 10; i++) expect((await admin("/v1/tenant")).status).toBe(200)
    const took = (performance.now() - started) / 1000
    const text = await (await app.request("/metrics")).text()
    const sum = Number(/^cxedge_http_request_duration_seconds_sum\{route="\/v1\/tenant"\} (\S+)$/m.exec(text)?.[1])
    expect(sum).toBeGreaterThan(took / 10)
    expect(sum).toBeLessThanOrEqual(took)
  })

  test("with no admin token configured the admin routes are off and say so", async () => {
    const { rt } = await setup()
    const res = await createApp(rt).request("/v1/tenant", { headers: { authorization: "Bearer anything" } })
    expect(res.status).toBe(503)
    expect((await res.json()).message).toContain("CXEDGE_ADMIN_TOKEN")
  })

  test("POST /v1/transcripts sends and answers with masked recipients; bad input is a 400", async () => {
    const { admin, state } = await setup()
    const contact = [...state.data.messages.values()][0]!.contactNumber
    const ok = await admin("/v1/transcripts", { method: "POST", body: JSON.stringify({ contactNumber: contact, recipients: ["ada@example.com"] }) })
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ contactNumber: contact, recipients: ["a•••@example.com"], status: 201 })
    const bad = await admin("/v1/transcripts", { method: "POST", body: JSON.stringify({ contactNumber: contact, recipients: ["nope"] }) })
    expect(bad.status).toBe(400)
    expect((await bad.json()).message).toContain("recipients[0] is not an email address")
    expect((await admin("/v1/transcripts", { method: "POST", body: "{" })).status).toBe(400)
  })

  test("GET /v1/skills/:id/health: 200 healthy, 503 unhealthy, 404 unknown; a burst makes one upstream call", async () => {
    const { admin, state, clock } = await setup()
    const healthy = await admin("/v1/skills/4101/health")
    expect(healthy.status).toBe(200)
    expect((await healthy.json()).status).toBe("healthy")
    const before = state.stats.requests
    const burst = await Promise.all(Array.from({ length: 50 }, () => admin("/v1/skills/4103/health")))
    expect(burst.every((r) => r.status === 503)).toBe(true)
    expect(state.stats.requests - before).toBe(0) // served from the poller's cache
    clock.advance(6000)
    await Promise.all(Array.from({ length: 50 }, () => admin("/v1/skills/4103/health")))
    expect(state.stats.requests - before).toBe(1) // one delta poll (a 304) for the whole burst
    expect((await admin("/v1/skills/999/health")).status).toBe(404)
    expect((await admin("/v1/skills/abc/health")).status).toBe(400)
    const strict = await admin("/v1/skills/4101/health?maxQueue=1")
    expect((await strict.json()).reasons).toEqual(["queue 2 > 1"])
  })

  test("POST /v1/scripts/start returns the contactId; a pipe in a parameter is a 400", async () => {
    const { admin, state } = await setup()
    const ok = await admin("/v1/scripts/start", { method: "POST", body: JSON.stringify({ skillId: 4101, scriptId: "7", parameters: ["a", "b"] }) })
    expect(ok.status).toBe(200)
    expect((await ok.json()).contactId).toBe(String(state.scriptStarts[0]!.contactId))
    const bad = await admin("/v1/scripts/start", { method: "POST", body: JSON.stringify({ skillId: 4101, scriptId: "7", parameters: ["a|b"] }) })
    expect(bad.status).toBe(400)
    expect((await bad.json()).message).toContain('contains "|"')
  })
})

test("scripts start asks for what is missing on a terminal", async () => {
  const answers = ["4101", "Company\\Callback", "rec-1", "+15550100", ""]
  const host = { prompt: async () => answers.shift() } as never
  expect(await ask(host)).toEqual({ skillId: 4101, scriptId: undefined, scriptPath: "Company\\Callback", parameters: ["rec-1", "+15550100"] })
})
