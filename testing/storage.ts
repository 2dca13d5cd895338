import { describe, expect, test } from "./runner.ts"
import { createLimiter, createMemoryLogger, createTaskQueue, createTokenManager, systemClock, verifyChain, type Coordinator, type CxedgeStorage } from "../core/index.ts"
import { createKvSink } from "../plugins/audit-kv/sink.ts"
import { createJournal, jobStore, type JobMeta } from "../plugins/anonymize/journal.ts"
import { emptyChunk } from "../plugins/anonymize/journal-page.ts"
import { storageSink } from "../plugins/anonymize/targets/export.ts"

const JOB = "job_20261122001121_7a906b"

/**
 * The key shapes each part of cxedge writes, per namespace. On a filesystem
 * driver `a:b` is the file `a/b`, so a key that is also another key's
 * prefix (`jobs:<job>` and `jobs:<job>:export:1`, the ENOTDIR of an export
 * to fs storage) cannot be stored. "task" is also a job name here: job
 * metas and the task queue once shared `jobs:`.
 */
const KEY_SHAPES: Record<string, string[]> = {
  tokens: ["acme:cxone", "acme:records", "h_0f3a:cxone"],
  journal: [`${JOB}:c:600042000000`, `${JOB}:c:h_9b1e`, `${JOB}:done:0`, `${JOB}:done:1`, `${JOB}:s:7c4a8d09ca3762af61e59520943dc26494f8941b`, "task:c:1"],
  jobs: [JOB, "task", "demo-2"],
  exports: [`${JOB}:600042000000`, `${JOB}:h_9b1e`, "task:1"],
  tasks: [`task:${JOB}`, "task:contact_600042000001", "task:task"],
  outbox: ["p:evt_1", "d:evt_2", "s:evt_3", "in:msg_4"],
  audit: ["20261122T001121-192ec5:r:000000000001", "20261122T001121-192ec5:head", "~registry:20261122T001121-192ec5", "~checkpoints:20261122T001121514-8453544a", "cli:r:000000000001", "cli:head"],
  locks: ["readyz", `job:${JOB}`, "job:task"],
}

export interface StorageUnderTest {
  storage: CxedgeStorage
  coordinator?: Coordinator
  cleanup?(): Promise<void>
}

/**
 * The suite every storage driver passes (memory, fs, redis, Workers KV):
 * the prefixed namespaces, and the features built on them (journal, task
 * queue, audit chain, token cache), plus the coordinator where the driver
 * has one.
 */
export function testStorage(name: string, make: () => Promise<StorageUnderTest>) {
  const withStore = (fn: (s: StorageUnderTest) => Promise<void>) => async () => {
    const s = await make()
    try {
      await fn(s)
    } finally {
      await s.cleanup?.()
    }
  }
  describe(`storage ${name} (contract)`, () => {
    test("namespaces are separate; values round-trip; keys list per prefix", withStore(async ({ storage }) => {
      await storage.tokens.setItem("t:1", { accessToken: "x", expiresAt: 5 })
      await storage.namespace("journal").setItem("t:1", { s: "planned", a: 1 })
      expect(await storage.tokens.getItem("t:1")).toEqual({ accessToken: "x", expiresAt: 5 })
      expect(await storage.namespace("journal").getItem("t:1")).toEqual({ s: "planned", a: 1 })
      await storage.namespace("jobs").setItem("job_a", "text")
      expect(await storage.namespace("jobs").getItem("job_a")).toBe("text")
      for (let i = 0; i < 12; i++) await storage.namespace("outbox").setItem(`p:msg_${i}`, { i })
      expect((await storage.namespace("outbox").getKeys("p")).filter((k) => k.startsWith("p:")).sort()).toHaveLength(12)
      await storage.namespace("outbox").removeItem("p:msg_3")
      expect(await storage.namespace("outbox").hasItem("p:msg_3")).toBe(false)
      expect(await storage.namespace("outbox").hasItem("p:msg_4")).toBe(true)
    }))

    test("every namespace's real key shapes coexist: each reads back, each namespace lists exactly its own", withStore(async ({ storage }) => {
      // Shorter keys first: on fs a file written before a key below it is what used to fail.
      const NAMESPACES = Object.keys(KEY_SHAPES)
      const all = NAMESPACES.flatMap((ns) => KEY_SHAPES[ns]!.map((key) => [ns, key] as const)).sort((a, b) => a[1].length - b[1].length)
      for (const [ns, key] of all) await storage.namespace(ns).setItem(key, { ns, key })
      for (const [ns, key] of all) expect([ns, key, await storage.namespace(ns).getItem(key)]).toEqual([ns, key, { ns, key }])
      for (const ns of NAMESPACES) expect([ns, (await storage.namespace(ns).getKeys()).sort()]).toEqual([ns, [...KEY_SHAPES[ns]!].sort()])
    }))

    test("an export stored next to its job: the job meta stays readable and listable, exports stay out of jobs", withStore(async ({ storage }) => {
      const meta = { id: JOB, state: "running", createdAt: "2026-11-22T00:11:21Z", matrix: "analytics", matrixDigest: "d", matrixBody: { name: "analytics", fields: [] }, source: { kind: "records" }, target: { kind: "export" } } as unknown as JobMeta
      const jobs = jobStore(storage.namespace("jobs"))
      await jobs.set(meta)
      const sink = storageSink(storage.namespace("exports"), JOB)
      for (const id of ["1", "2", "a/b:c", ".."]) await sink.append(id, `{"id":${JSON.stringify(id)}}`)
      expect(await sink.has("a/b:c")).toBe(true)
      expect(await sink.has("..")).toBe(true)
      expect(await sink.has("3")).toBe(false)
      await jobs.set({ ...meta, state: "finished" })
      expect((await jobs.get(JOB))?.state).toBe("finished")
      expect((await jobs.list()).map((j) => j.id)).toEqual([JOB])
      expect(await storage.namespace("jobs").getKeys()).toEqual([JOB])
      expect(await storage.namespace("exports").getKeys()).toHaveLength(4)
    }))

    test("the journal keeps a page in one item and one chunk, and a resume reads them back", withStore(async ({ storage }) => {
      const journal = createJournal(storage.namespace("journal"), "job1")
      const ids = Array.from({ length: 1005 }, (_, i) => String(i))
      const batch = await journal.plan(ids.map((id) => [id, { state: "planned", attempts: 1, digest: "abc", fields: ["email"] }]))
      await journal.settle(batch, { finished: { ...emptyChunk(), succeeded: ids.slice(0, 1000) }, failed: [["1000", { state: "planned", attempts: 1, digest: "abc", fields: ["email"], errorCode: "E_HTTP_503" }]] })
      // A page planned, then the process died: its contacts stay planned.
      await journal.plan([["inflight", { state: "planned", attempts: 1, digest: "def", fields: ["email"] }]])
      const again = createJournal(storage.namespace("journal"), "job1")
      expect(await again.load()).toBe(1000)
      expect(again.isDone("999")).toBe(true)
      expect((await again.get("inflight"))?.digest).toBe("def")
      expect((await again.get("1000"))?.errorCode).toBe("E_HTTP_503")
      // Never tried (the page was interrupted): no entry, as if never planned.
      expect(again.hasEntry("1001")).toBe(false)
      expect(await again.get("5")).toBeFalsy() // finished: in a chunk, with no entry of its own
    }), 30_000) // a few round trips: fast even on Workers KV through miniflare

    featureTests(withStore)
  })
}

/** The features built on storage: the task queue, the audit chain, the token cache, the coordinator. */
function featureTests(withStore: (fn: (s: StorageUnderTest) => Promise<void>) => () => Promise<void>) {
  test("the task queue creates a task once and runs it once", withStore(async ({ storage, coordinator }) => {
    const queue = createTaskQueue(storage.tasks, createMemoryLogger(), coordinator)
    let runs = 0
    queue.handle("k", async () => void runs++)
    expect(await queue.enqueue("k", { a: 1 }, "t1")).toEqual({ id: "t1", created: true })
    expect(await queue.enqueue("k", { a: 1 }, "t1")).toEqual({ id: "t1", created: false })
    await Promise.all([queue.drain(), queue.drain()])
    expect(runs).toBe(1)
    expect((await queue.get("t1"))?.state).toBe("done")
  }))

  test("an audit chain stored here verifies", withStore(async ({ storage }) => {
    const sink = createKvSink(storage.audit, "c1")
    for (let i = 0; i < 20; i++) await sink.append({ action: "x", outcome: "ok", contactId: String(i) })
    expect(await verifyChain(sink, "c1")).toMatchObject({ ok: true, records: 20 })
  }))

  test("a cached token is reused by a second manager on the same store", withStore(async ({ storage, coordinator }) => {
    let grants = 0
    const obtain = async () => ({ accessToken: `tok${++grants}`, expiresAt: Date.now() + 3_600_000 })
    const a = createTokenManager({ storage: storage.tokens, cacheKey: "tenant:cxone", clock: systemClock, skewMs: 1000, obtain, coordinator })
    const b = createTokenManager({ storage: storage.tokens, cacheKey: "tenant:cxone", clock: systemClock, skewMs: 1000, obtain, coordinator })
    expect(await a.get()).toBe("tok1")
    expect(await b.get()).toBe("tok1")
    expect(grants).toBe(1)
  }))

  test("claims are exclusive until released or expired; a shared bucket paces takers", withStore(async ({ coordinator }) => {
    if (!coordinator) return
    expect(await coordinator.claim("k", 60_000)).toBe(true)
    expect(await coordinator.claim("k", 60_000)).toBe(false)
    await coordinator.release("k")
    expect(await coordinator.claim("k", 60_000)).toBe(true)
    expect(await coordinator.claim("short", 50)).toBe(true)
    await Bun.sleep(80)
    expect(await coordinator.claim("short", 50)).toBe(true)
    const limiter = createLimiter({ rps: 50, burst: 4, maxConcurrency: 100, shared: { take: (rps, burst) => coordinator.take("b", rps, burst), agree: async (rps) => rps } }, systemClock)
    const started = performance.now()
    for (let i = 0; i < 27; i++) (await limiter.acquire()).release({ status: 200, latencyMs: 1 })
    // 2 at once (half the burst), then 25 at 50/s: about half a second
    expect(performance.now() - started).toBeGreaterThan(400)
    if (!coordinator.agree) return
    // A cut one instance agrees is every instance's rate at once, to at most half; a raise comes at most once a
    // round, one step.
    expect(await coordinator.agree("a", 100, "raise")).toBe(100)
    expect(await coordinator.agree("a", 40, "cut")).toBe(50)
    expect(await coordinator.agree("a", 40, "cut")).toBe(40)
    expect(await coordinator.agree("a", 400, "raise", 60_000)).toBe(40)
    expect(await coordinator.agree("a", 400, "raise", 0, 1.5)).toBe(60)
    // The takers pass 10,000/s; the bucket draws at the agreed rate (1/s after these cuts: 30, 15, 7.5... 1).
    const cuts: number[] = []
    for (let rate = 60; rate > 1; ) cuts.push((rate = await coordinator.agree("a", 1, "cut")))
    expect(cuts).toEqual([30, 15, 7.5, 3.75, 1.875, 1])
    await coordinator.take("a", 10_000, 1)
    expect(await coordinator.take("a", 10_000, 1)).toBeGreaterThan(500)
  }))
}
