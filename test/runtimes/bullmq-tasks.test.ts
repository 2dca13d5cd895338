import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import Redis from "ioredis"
import { createMemoryLogger, type TaskQueue } from "../../core/index.ts"
import { createBullmqTaskQueue } from "../../node/queue-bullmq.ts"
import { redisSkipped, startRedis } from "../redis.ts"

const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
const opened: TaskQueue[] = []

beforeAll(async () => {
  if (!noRedis) redis = await startRedis()
}, 30_000)
afterAll(async () => {
  await Promise.all(opened.map((q) => q.close?.()))
  await redis?.stop()
})

let n = 0
/** A queue on its own prefix, so tests do not see each other's tasks. */
function queue(prefix = `t${++n}`, options: { backoffMs?: number; lockMs?: number } = {}) {
  const q = createBullmqTaskQueue({ url: redis.url, log: createMemoryLogger(), prefix, backoffMs: options.backoffMs ?? 300, lockMs: options.lockMs })
  opened.push(q)
  return q
}

const until = async (check: () => Promise<boolean>, ms = 10_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await Bun.sleep(50)) if (await check()) return true
  return false
}

describe.skipIf(noRedis)("tasks on BullMQ (a real redis-server)", () => {
  test("a task is created once, whoever sends it, and runs once", async () => {
    const [a, b] = [queue("same"), queue("same")]
    let runs = 0
    for (const q of [a, b]) q.handle("k.once", async () => void runs++)
    const sent = await Promise.all([a.enqueue("k.once", { n: 1 }, "t1"), b.enqueue("k.once", { n: 1 }, "t1")])
    expect(sent.map((s) => s.created).sort()).toEqual([false, true])
    await Promise.all([a.drain(), b.drain()])
    expect(runs).toBe(1)
    expect(await b.get("t1")).toMatchObject({ id: "t1", kind: "k.once", state: "done" })
    expect(await a.enqueue("k.once", { n: 1 }, "t1")).toEqual({ id: "t1", created: false })
    await a.drain()
    expect(runs).toBe(1)
  })

  test("a task another process queued, named by id: drained by this one (a re-run of webhooks receive)", async () => {
    const first = queue("named")
    first.handle("k.named", async () => {})
    expect((await first.enqueue("k.named", { n: 1 }, "n1")).created).toBe(true)
    // The first process stopped before its task ran; the next one queues nothing of its own and names the task.
    const again = queue("named")
    let runs = 0
    again.handle("k.named", async () => void runs++)
    expect(await again.drain({ own: true })).toBe(0)
    await again.drain({ own: true, ids: ["n1"] })
    expect([runs, (await again.get("n1"))?.state]).toEqual([1, "done"])
  })

  test("a failed task is retried after a backoff, not at once, and fails for good after 3 runs", async () => {
    const q = queue(undefined, { backoffMs: 300 })
    const at: number[] = []
    q.handle("k.fail", async () => {
      at.push(Date.now())
      throw Object.assign(new Error("the tenant said no to +15551234567"), { code: "E_HTTP_503" })
    })
    await q.enqueue("k.fail", {}, "f1")
    expect(await q.drain()).toBe(1)
    // Still pending (delayed): a drain right after the failure runs nothing.
    expect(await q.drain()).toBe(0)
    expect(await q.get("f1")).toMatchObject({ state: "pending", attempts: 1 })
    expect(await until(async () => (await q.drain(), (await q.get("f1"))?.state === "failed"))).toBe(true)
    expect(at).toHaveLength(3)
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(250)
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(500) // exponential
    // Only the code is stored: the message might quote a value.
    expect((await q.get("f1"))?.error).toBe("E_HTTP_503")
  }, 20_000)

  test("a codec that refuses the payload refuses the enqueue, and the sender sees it; what is stored is encoded", async () => {
    const q = queue("codec")
    q.handle("k.codec", async () => {}, {
      encode: (p: unknown) => {
        if ((p as { secret?: string }).secret === "refuse") throw new Error("no key ring")
        return { sealed: btoa((p as { secret: string }).secret) }
      },
      decode: (s: unknown) => ({ secret: atob((s as { sealed: string }).sealed) }),
    })
    await expect(q.enqueue("k.codec", { secret: "refuse" }, "c0")).rejects.toThrow("no key ring")
    expect(await q.get("c0")).toBeUndefined()
    await q.enqueue("k.codec", { secret: "jane@example.com" }, "c1")
    const raw = new Redis(redis.url)
    const values = await Promise.all((await raw.keys("codec:*")).map(async (k) => ((await raw.type(k)) === "hash" ? JSON.stringify(await raw.hgetall(k)) : "")))
    raw.disconnect()
    expect(values.join("")).not.toContain("jane@example.com")
    expect(values.join("")).toContain(btoa("jane@example.com"))
  })

  test("work() runs tasks as they come, on any of several workers, each once; a kind no worker handles waits", async () => {
    const [a, b, producer] = [queue("work"), queue("work"), queue("work")]
    const ran: string[] = []
    for (const q of [a, b]) q.handle("k.work", async (_p, task) => void ran.push(task.id))
    const stop = new AbortController()
    const working = Promise.all([a.work!({ signal: stop.signal }), b.work!({ signal: stop.signal })])
    for (let i = 0; i < 20; i++) await producer.enqueue("k.work", { i }, `w${i}`)
    await producer.enqueue("k.nobody", {}, "x1")
    expect(await until(async () => ran.length === 20)).toBe(true)
    stop.abort()
    await working
    expect(new Set(ran).size).toBe(20)
    expect(await producer.get("x1")).toMatchObject({ state: "pending" })
    expect(await producer.pending()).toBe(1)
  }, 20_000)

  test("a follower wakes when a task of its kind ends, done or failed for good, even one that ended before it was asked", async () => {
    const [worker, producer] = [queue("follow"), queue("follow")]
    worker.handle("k.follow", async (p: unknown) => {
      if ((p as { fail?: boolean }).fail) throw Object.assign(new Error("no"), { code: "E_NO" })
    })
    const follower = await producer.follow!("k.follow")
    const never = new AbortController().signal
    // A minute: a follower that missed the end would make this test time out.
    const woke = async () => (await follower.next(60_000, never), true)
    await producer.enqueue("k.follow", {}, "fw1")
    expect(await worker.drain()).toBe(1)
    // The end came before next() was called: it is not missed.
    expect(await woke()).toBe(true)
    await producer.enqueue("k.follow", { fail: true }, "fw2")
    const waiting = woke()
    expect(await until(async () => (await worker.drain(), (await producer.get("fw2"))?.state === "failed"))).toBe(true)
    expect(await waiting).toBe(true)
    // An abort ends the wait.
    const stop = new AbortController()
    const next = follower.next(60_000, stop.signal)
    stop.abort()
    await next
    await follower.close()
  }, 20_000)
})
