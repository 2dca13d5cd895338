import { describe, expect, test } from "bun:test"
import { createStorage } from "unstorage"
import { createCxedgeStorage, createRuntime, systemClock, type Logger } from "../../core/index.ts"
import { toEvent } from "../../plugins/consent-webhook/events.ts"
import { outboxOf } from "../../plugins/consent-webhook/index.ts"
import { createOutbox } from "../../plugins/consent-webhook/outbox.ts"
import { builtins } from "../../plugins/manifest.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const quiet: Logger = { info() {}, warn() {}, error() {}, debug() {} } as unknown as Logger
const applied = (jobId: string, contactId: string) =>
  toEvent.applied({ jobId, contactId, fields: [{ path: "email", transform: "hmac", keyId: "k1" }], target: "export", latencyMs: 1 }, new Date())

/** A receiver that answers 204 after `delayMs`, counting deliveries per webhook-id and the most in flight at once. */
function receiver(delayMs = 0) {
  const seen: string[] = []
  let inFlight = 0
  let most = 0
  const fetch = (async (_url: string, init: RequestInit) => {
    inFlight++
    most = Math.max(most, inFlight)
    await Bun.sleep(delayMs)
    inFlight--
    seen.push((init.headers as Record<string, string>)["webhook-id"]!)
    return new Response(null, { status: 204 })
  }) as unknown as typeof globalThis.fetch
  return { fetch, seen, most: () => most }
}

const outboxOn = (storage: ReturnType<typeof createStorage>, fetch: typeof globalThis.fetch, concurrency = 8) =>
  createOutbox({ storage, url: "https://consent.example/hooks", secrets: [SECRET], fetch, clock: systemClock, log: quiet, timeoutMs: 5000, schedule: [60_000], concurrency })

describe("the outbox keeps pace with the job", () => {
  test("events that arrive together are stored in one write, and each is stored when enqueue answers", async () => {
    const storage = createStorage()
    let writes = 0
    const counted = { ...storage, setItem: (k: string, v: Parameters<typeof storage.setItem>[1]) => (writes++, storage.setItem(k, v)) } as typeof storage
    const outbox = outboxOn(counted, receiver().fetch)
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => outbox.enqueue(applied("job-a", `c${i}`))))
    expect(answers.every(Boolean)).toBe(true)
    expect(writes).toBe(1)
    // a "crash" now: a second outbox on the same storage finds all 200 pending, none delivered
    const after = outboxOn(storage, receiver().fetch)
    expect((await after.list()).pending).toHaveLength(200)
    // the same events again are known, not stored twice
    expect(await outbox.enqueue(applied("job-a", "c7"))).toBe(false)
  })

  test("a stored batch is delivered and struck off whole: no rewrite of what is left of it, one delivered-ids item per batch", async () => {
    const storage = createStorage()
    const writes: string[] = []
    const counted = { ...storage, setItem: (k: string, v: Parameters<typeof storage.setItem>[1]) => (writes.push(k), storage.setItem(k, v)) } as typeof storage
    const r = receiver()
    const outbox = outboxOn(counted, r.fetch)
    // Three pages of 100 events, each stored in one write (as a job's pages are).
    for (let page = 0; page < 3; page++) await Promise.all(Array.from({ length: 100 }, (_, i) => outbox.enqueue(applied("job-w", `p${page}c${i}`))))
    expect(writes.filter((k) => k.startsWith("p:"))).toHaveLength(3)
    await outbox.flush()
    expect(new Set(r.seen).size).toBe(300)
    expect(r.seen).toHaveLength(300)
    // Only the three first writes touched pending batches; each round remembered one batch's ids.
    expect(writes.filter((k) => k.startsWith("p:"))).toHaveLength(3)
    expect(writes.filter((k) => k.startsWith("s:"))).toHaveLength(3)
    expect(await outbox.list()).toMatchObject({ pending: [], sent: 300 })
  })

  test("deliveries go out several at a time, never more than the concurrency setting, each id once", async () => {
    const r = receiver(5)
    const outbox = outboxOn(createStorage(), r.fetch, 4)
    await Promise.all(Array.from({ length: 40 }, (_, i) => outbox.enqueue(applied("job-b", `c${i}`))))
    await outbox.flush()
    expect(r.seen).toHaveLength(40)
    expect(new Set(r.seen).size).toBe(40)
    expect(r.most()).toBe(4)
    const { pending, sent } = await outbox.list()
    expect(pending).toHaveLength(0)
    expect(sent).toBe(40)
  })

  test("a crash after a round was delivered but before its batch was struck off: the next run sends none of it again", async () => {
    const storage = createStorage()
    const first = outboxOn(storage, receiver().fetch)
    await Promise.all(Array.from({ length: 10 }, (_, i) => first.enqueue(applied("job-c", `c${i}`))))
    const [batchKey] = (await storage.getKeys("p")).filter((k) => k.startsWith("p:"))
    const stored = await storage.getItem(batchKey!)
    await first.flush()
    // the round's delivered ids were remembered, then the crash: the batch is back as it was before the round
    await storage.setItem(batchKey!, stored)
    const r = receiver()
    const second = outboxOn(storage, r.fetch)
    await second.flush()
    expect(r.seen).toEqual([])
    expect(await second.enqueue(applied("job-c", "c3"))).toBe(false)
    expect(await second.enqueue(applied("job-c", "c10"))).toBe(true)
  })

  test("job.finished is delivered after its job's contact events, retried ones included", async () => {
    const { createSandbox, SANDBOX_ORIGIN } = await import("../../sandbox/app.ts")
    const sandbox = await createSandbox({ contacts: 0, consentSecrets: [SECRET] })
    // Closing sends only what is due: the clock is moved past the retries' time before the runtime closes.
    let ahead = 0
    const clock = { now: () => Date.now() + ahead, sleep: systemClock.sleep }
    const rt = await createRuntime(
      { plugins: ["consent-webhook"], settings: { "consent-webhook": { url: `${SANDBOX_ORIGIN}/_consent/webhooks`, secrets: [SECRET], retrySchedule: [60_000] } } },
      { builtins, storage: createCxedgeStorage(), fetch: sandbox.fetch, clock },
    )
    const outbox = outboxOf(rt)!
    await sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: 503 }) })
    for (let i = 0; i < 30; i++) await outbox.enqueue(applied("job-d", `c${i}`))
    await outbox.kick()
    await sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify({ failStatus: null }) })
    await outbox.enqueue(toEvent.finished({ jobId: "job-d", summary: { processed: 30, succeeded: 30, failed: 0, skipped: 0, durationMs: 1, target: "export", transforms: {} } }, new Date()))
    ahead = 61_000
    await rt.dispose()
    const ok = ((await (await sandbox.app.request("/_sandbox/consent")).json()) as { status: number; body: string }[]).filter((d) => d.status === 204)
    expect(ok).toHaveLength(31)
    expect(JSON.parse(ok.at(-1)!.body).type).toBe("job.finished")
  })
})

describe("the concurrency setting", () => {
  test.each([[0], [65], [2.5], ["8"]])("concurrency %p is refused at load, naming the key", async (value) => {
    const load = createRuntime({ plugins: ["consent-webhook"], settings: { "consent-webhook": { concurrency: value } } }, { builtins, storage: createCxedgeStorage() })
    await expect(load).rejects.toThrow(/consent-webhook.*concurrency/)
  })
})

