import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { CALLOUT, serverEnv, signed, startListening, type Started } from "../../testing/runtime.ts"
import { ROOT, serveSandbox } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"

const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let sandbox: Sandbox
let tenant: ReturnType<typeof serveSandbox>
let a: Started
let b: Started

beforeAll(async () => {
  if (noRedis) return
  redis = await startRedis()
  sandbox = await createSandbox({ contacts: 80, faults: { rateLimit: { rps: 20, burst: 4, retryAfter: true } } })
  tenant = serveSandbox(sandbox)
  const env = { ...serverEnv(sandbox, tenant.origin), CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_RPS: "20", CXEDGE_BURST: "4", CXEDGE_CONCURRENCY: "4" }
  ;[a, b] = await Promise.all([
    startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" }),
    startListening([process.execPath, `${ROOT}server/bun.ts`], { ...env, CXEDGE_PORT: "0" }),
  ])
}, 60_000)
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()])
  tenant?.stop()
  await redis?.stop()
})

const callout = (server: Started, contactId: string) => {
  const body = JSON.stringify({ contactId })
  return fetch(`${server.origin}/webhooks/cxone/contact-ended`, { method: "POST", headers: signed(CALLOUT, body), body })
}

describe.skipIf(noRedis)("two servers sharing one redis", () => {
  test("one token refresh serves both", async () => {
    await Promise.all([fetch(`${a.origin}/readyz`), fetch(`${b.origin}/readyz`), fetch(`${a.origin}/readyz`), fetch(`${b.origin}/readyz`)])
    expect((await (await fetch(`${a.origin}/readyz`)).json()).status).toBe("ready")
    expect(sandbox.tenant("acme").stats.byGrant.password).toBe(1)
  })

  test("both receiving the same callout: one job, the contact anonymized once", async () => {
    const record = [...sandbox.tenant("acme").data.records.values()][0]!
    const [ra, rb] = await Promise.all([callout(a, record.id), callout(b, record.id)])
    const bodies = [await ra.json(), await rb.json()]
    expect(bodies.map((x) => x.jobId)).toEqual([`contact_${record.id}`, `contact_${record.id}`])
    expect(bodies.filter((x) => x.duplicate)).toHaveLength(1)
    for (let i = 0; i < 100 && record.writes === 0; i++) await Bun.sleep(100)
    await Bun.sleep(1500) // both workers' loops have had their chance
    expect(record.writes).toBe(1)
    expect(record.fields.firstName).toBeUndefined()
  }, 30_000)

  test("their requests together stay within the tenant's rate", async () => {
    const state = sandbox.tenant("acme")
    const records = [...state.data.records.values()].slice(1, 61)
    const before = { requests: state.stats.requests, limited: state.stats.rateLimited }
    const started = performance.now()
    await Promise.all(records.map((r, i) => callout(i % 2 ? a : b, r.id)))
    for (let i = 0; i < 300 && records.some((r) => r.writes === 0); i++) await Bun.sleep(100)
    const seconds = (performance.now() - started) / 1000
    expect(records.every((r) => r.writes === 1)).toBe(true)
    const requests = state.stats.requests - before.requests
    const limited = state.stats.rateLimited - before.limited
    // 60 contacts, a read and a write each, through one shared 20/s budget
    expect(requests - limited).toBeGreaterThanOrEqual(120)
    expect(limited / requests).toBeLessThan(0.05)
    expect((requests - limited) / seconds).toBeLessThanOrEqual(20 + 4 / seconds + 1)
  }, 60_000)
})
