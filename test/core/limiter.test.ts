import { describe, expect, test } from "bun:test"
import { createBreaker, createLimiter, createManualClock } from "../../core/index.ts"

describe("limiter", () => {
  test("a remembered rate that is never read (a Worker's read left behind by an ended request) delays the first call by at most a second", async () => {
    const clock = createManualClock(0)
    const memory = { load: () => new Promise<undefined>(() => {}), save: async () => {} }
    const limiter = createLimiter({ maxConcurrency: 4, memory }, clock)
    const permit = await limiter.acquire()
    permit.release({ status: 200, latencyMs: 1 })
    expect(clock.now()).toBeLessThanOrEqual(1000)
    // Later calls no longer wait for it.
    const before = clock.now()
    ;(await limiter.acquire()).release({ status: 200, latencyMs: 1 })
    expect(clock.now() - before).toBeLessThan(1000)
  })

  test("holds the request rate at its cap after the burst", async () => {
    const clock = createManualClock(0)
    const limiter = createLimiter({ rps: 50, burst: 5, maxConcurrency: 100 }, clock)
    for (let i = 0; i < 105; i++) (await limiter.acquire()).release({ status: 200, latencyMs: 1 })
    // 5 go at once, the other 100 at 50/s: about 2 seconds of (manual) time.
    expect(clock.now()).toBeGreaterThanOrEqual(1950)
    expect(clock.now()).toBeLessThan(2200)
  })

  test("a first 429 with nothing accepted yet halves the rate; clean rounds bring it back to the ceiling", async () => {
    const clock = createManualClock(0)
    const limiter = createLimiter({ rps: 100, burst: 10, maxConcurrency: 8, initialConcurrency: 8 }, clock)
    const refused = await limiter.acquire()
    refused.release({ status: 429, latencyMs: 5, retryAfterMs: 3000 })
    // Until a call sent after the refusal is accepted, calls go one by one (10 a second); then at the halved rate.
    expect(limiter.state().rate).toBe(10)
    clock.advance(100)
    ;(await limiter.acquire()).release({ status: 200, latencyMs: 1 })
    expect(limiter.state().rate).toBeCloseTo(50 * 0.97)
    // One refusal pauses nobody else: the refused request alone waits its Retry-After (the retry policy).
    expect(limiter.state().pausedUntil).toBe(0)
    for (let i = 0; i < 4000; i++) (await limiter.acquire()).release({ status: 200, latencyMs: 1 })
    expect(limiter.state().rate).toBe(100)
    expect(limiter.state().concurrency).toBe(8)
  })

  test("never lets more than the concurrency window run at once", async () => {
    const clock = createManualClock(0)
    const limiter = createLimiter({ rps: 1000, burst: 1000, maxConcurrency: 3, initialConcurrency: 3 }, clock)
    let running = 0
    let peak = 0
    await Promise.all(
      Array.from({ length: 30 }, async () => {
        const p = await limiter.acquire()
        peak = Math.max(peak, ++running)
        await new Promise((r) => setTimeout(r, 1))
        running--
        p.release({ status: 200, latencyMs: 1 })
      }),
    )
    expect(peak).toBe(3)
  })
})

describe("circuit breaker", () => {
  test("opens on a high failure share, fails fast, and closes after a good probe", () => {
    const clock = createManualClock(0)
    const breaker = createBreaker({ windowMs: 10_000, minCalls: 10, failureRatio: 0.5, cooldownMs: 5000 }, clock)
    for (let i = 0; i < 9; i++) breaker.record(false)
    expect(breaker.state()).toBe("closed")
    breaker.record(false)
    expect(breaker.state()).toBe("open")
    expect(breaker.allow()).toBe(false)
    clock.advance(5000)
    expect(breaker.allow()).toBe(true)
    expect(breaker.allow()).toBe(false)
    breaker.record(true)
    expect(breaker.state()).toBe("closed")
  })
  test("a 5% failure rate never opens it", () => {
    const clock = createManualClock(0)
    const breaker = createBreaker({ windowMs: 10_000, minCalls: 20, failureRatio: 0.5, cooldownMs: 5000 }, clock)
    for (let i = 0; i < 1000; i++) {
      clock.advance(10)
      breaker.record(i % 20 !== 0)
    }
    expect(breaker.state()).toBe("closed")
  })
})

test("a shared budget's store that fails once fails that caller alone: the line goes on", async () => {
  const clock = createManualClock(0)
  let calls = 0
  const limiter = createLimiter({ maxConcurrency: 2, rps: 5, shared: { take: async () => { if (++calls === 1) throw new Error("ECONNRESET"); return 0 }, agree: async (rps) => rps } }, clock)
  await expect(limiter.acquire()).rejects.toThrow("ECONNRESET")
  expect(limiter.state().queued).toBe(0)
  const next = await limiter.acquire()
  expect(limiter.state()).toMatchObject({ inFlight: 1, queued: 0 })
  next.release({ status: 200, latencyMs: 1 })
})
