// A request cancelled on Workers (its client went away) never runs again: its timers never fire and its permit is
// never released. One such request must not stop every later one of the isolate. Real timers (the line's watchdog
// and the permits' leases are in real time), kept short.
import { expect, test } from "bun:test"
import { createLimiter, systemClock, type Clock } from "../../core/index.ts"
import { STALE_GRACE_MS, waitingLine } from "../../core/cxone/waiting-line.ts"

const within = <T>(ms: number, p: Promise<T>) => Promise.race([p, new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), ms))])

test("a permit never released stops counting once its lease ends: the next caller gets one", async () => {
  const limiter = createLimiter({ rps: 1000, maxConcurrency: 1, minConcurrency: 1, initialConcurrency: 1, leaseMs: 300 }, systemClock)
  await limiter.acquire() // never released: its request was cancelled
  const started = Date.now()
  const next = await within(3000, limiter.acquire())
  expect(next).not.toBe("hung")
  expect(Date.now() - started).toBeGreaterThanOrEqual(250)
  expect(limiter.state().inFlight).toBe(1)
})

test("the first caller in line that never comes back (its timer never fires) is passed by the others", async () => {
  // The first sleep of the clock never ends: the timer of a request that was cancelled while it paced the line.
  let sleeps = 0
  const clock: Clock = { now: () => Date.now(), sleep: (ms, signal) => (++sleeps === 1 ? new Promise<void>(() => {}) : systemClock.sleep(ms, signal)) }
  const limiter = createLimiter({ rps: 20, burst: 1, maxConcurrency: 8, initialConcurrency: 8 }, clock)
  ;(await limiter.acquire()).release({ status: 200, latencyMs: 1 })
  // The next caller waits for a token and sleeps for ever; two more queue behind it.
  void limiter.acquire()
  const others = Promise.all([limiter.acquire(), limiter.acquire()])
  const got = await within(STALE_GRACE_MS + 4000, others)
  expect(got).not.toBe("hung")
  expect(sleeps).toBeGreaterThan(1)
})

test("callers behind a live first one are never passed early, however long it paces", async () => {
  // 2 requests/s: the line of five takes about two seconds, all in order.
  const limiter = createLimiter({ rps: 2, burst: 1, maxConcurrency: 8, initialConcurrency: 8 }, systemClock)
  const order: number[] = []
  await Promise.all([0, 1, 2, 3, 4].map(async (i) => {
    const permit = await limiter.acquire()
    order.push(i)
    permit.release({ status: 200, latencyMs: 1 })
  }))
  expect(order).toEqual([0, 1, 2, 3, 4])
})

test("callers cancelled while they waited in line (their timers never fire) are passed together, not one grace each", async () => {
  const line = waitingLine()
  // Six callers whose requests were cancelled while queued: the timers set in their joins never fire.
  const real = globalThis.setTimeout
  ;(globalThis as { setTimeout: unknown }).setTimeout = () => ({ unref() {} })
  try {
    for (let i = 0; i < 6; i++) void line.join()
  } finally {
    globalThis.setTimeout = real
  }
  const started = Date.now()
  const got = await within(STALE_GRACE_MS + 12000, line.join())
  expect(got).not.toBe("hung")
  // One grace and a watch or two, not six graces (about 15 s before).
  expect(Date.now() - started).toBeLessThan(STALE_GRACE_MS + 4000)
})

test("a live first caller is not passed because the event loop was blocked for longer than the grace", async () => {
  const limiter = createLimiter({ rps: 2, burst: 1, maxConcurrency: 8, initialConcurrency: 8 }, systemClock)
  const order: number[] = []
  // A long synchronous job (a big scan, a collection) blocks every timer for 3.5 s while the line paces.
  setTimeout(() => {
    const end = Date.now() + 3500
    while (Date.now() < end);
  }, 600)
  await Promise.all([0, 1, 2, 3, 4, 5].map(async (i) => {
    const permit = await limiter.acquire()
    order.push(i)
    permit.release({ status: 200, latencyMs: 1 })
  }))
  expect(order).toEqual([0, 1, 2, 3, 4, 5])
}, 20_000)
