import { describe, expect, test } from "bun:test"
import { createMemoryCoordinator } from "../../core/coordination.ts"
import { createLimiter, type Limiter, type RememberedRate } from "../../core/cxone/limiter.ts"
import { eventClock, simulate, simulateShared } from "./limiter-sim.ts"

/** Acquires a permit, moving the fake clock while the gate waits. */
async function acquire(limiter: Limiter, clock: ReturnType<typeof eventClock>) {
  const permit = limiter.acquire()
  await clock.run(Infinity)
  return permit
}

const burstOf = (rps: number) => Math.max(3, Math.ceil(rps / 5))

describe("the limiter finds a limit it is not told (fake clock, simulated tenant)", () => {
  for (const rps of [5, 20, 50, 200]) {
    test(`true limit ${rps}/s: >= 90% of it accepted, <= 1% answered 429, 90% reached within 10 s`, async () => {
      const seconds = rps < 20 ? 120 : 60
      const r = await simulate({ rps, burst: burstOf(rps) }, {}, seconds)
      expect(r.accepted / seconds).toBeGreaterThanOrEqual(0.9 * rps)
      expect(r.refused / (r.accepted + r.refused)).toBeLessThanOrEqual(0.01)
      expect(r.secondsTo90).toBeLessThanOrEqual(10)
    })
  }

  // The limiter lets calls go in batches above 20/s; the tenant answers a refusal at once and an accepted call
  // after its work, so a batch's answers come back out of order. Reading the limit from the gap between two
  // refusals there read it 40% low on some runs (what bench/rate.ts found at 200/s): every seed must hold.
  test("true limit 200/s, a batch's answers out of order (refusals first): >= 90% accepted, <= 1% answered 429, on every seed", async () => {
    const seconds = 40
    for (let seed = 1; seed <= 12; seed++) {
      const r = await simulate({ rps: 200, burst: burstOf(200), batches: { networkMs: 2, workMs: 10, jitterMs: 2, seed } }, { initialConcurrency: 8 }, seconds)
      expect({ seed, ofLimit: r.accepted / seconds / 200 >= 0.9, refused: r.refused / (r.accepted + r.refused) <= 0.01 }).toEqual({ seed, ofLimit: true, refused: true })
    }
    // Twelve runs of 40 s in fake time: 2 s of wall time alone on this machine, over 5 beside other work.
  }, 30_000)

  // Above 40/s the estimate from a short window of answers read the limit up to 10% low (46 of 50 against the
  // sandbox), and the rate held under that for the rest of the run. The first refusal now starts a measurement
  // while the tenant's bucket is empty: what it accepts of the calls sent in that time is its limit.
  for (const rps of [50, 120, 200]) {
    test(`true limit ${rps}/s, batches answered out of order: the limit is measured within 3%, on every seed`, async () => {
      const seconds = 30
      for (let seed = 1; seed <= 8; seed++) {
        const r = await simulate({ rps, burst: burstOf(rps), batches: { networkMs: 2, workMs: 10, jitterMs: 1 + seed, seed } }, { initialConcurrency: 8 }, seconds)
        const estimate = Math.round((r.ceiling / rps) * 100) / 100
        // 0.97 is within 3% (0.97 - 1 is 0.030000000000000027 in floating point). At 200/s the calls that go one by
        // one after a refusal (rate-control.ts, crawl) cost about 1% of the limit, and halve the refusals.
        const within3 = Math.abs(estimate - 1) <= 0.03 + 1e-9
        expect({ seed, within3, ofLimit: r.accepted / seconds / rps >= 0.92, refused: r.refused / (r.accepted + r.refused) <= 0.01 }).toEqual({ seed, within3: true, ofLimit: true, refused: true })
      }
    })
  }

  // A gateway that counts calls per second refuses everything from its count's end to the second's end. The
  // accepted rate of such a moment read 0/s, and a 200/s tenant was held at the minimum rate, 0.5/s, after 3 s
  // (12% of the limit over 30 s). Such a moment now halves the rate, as too few answers do.
  test("a counter's window that refuses the rest of its second is no limit of 0/s: a 200/s tenant is not held at the minimum", async () => {
    const r = await simulate({ rps: 200, burst: 0, windowSec: 1 }, { initialConcurrency: 8 }, 30)
    expect(r.ceiling).toBeGreaterThan(100)
    expect(r.accepted / 30).toBeGreaterThan(0.6 * 200)
  })

  // A token bucket as big as a second of its limit let the slow start run to twice the limit before the first
  // refusal, and 20 to 30 calls in flight or sent before the cut were refused (1.8% of a 30 s job). A counter that
  // counts per second refuses the rest of its second once spent: the measurement read it from the first refusal and
  // took the tail of the second for time (3.7% refused, 86% of the limit). Calls now go one by one after a refusal
  // until one is accepted, and the measurement reads between the refusals that end a run of them.
  test("a bucket as big as a second of its limit, and a counter per second: >= 90% of the limit, <= 1% answered 429", async () => {
    const seconds = 30
    const bucket = await simulate({ rps: 50, burst: 50 }, { initialConcurrency: 8 }, seconds)
    const counter = await simulate({ rps: 50, burst: 0, windowSec: 1 }, { initialConcurrency: 8 }, seconds)
    const counterBatches = await simulate({ rps: 50, burst: 0, windowSec: 1, batches: { networkMs: 2, workMs: 10, jitterMs: 3, seed: 3 } }, { initialConcurrency: 8 }, seconds)
    for (const [name, r] of [["bucket", bucket], ["counter", counter], ["counter, batches", counterBatches]] as const)
      expect({ name, ofLimit: r.accepted / seconds / 50 >= 0.9, refused: r.refused / (r.accepted + r.refused) <= 0.01 }).toEqual({ name, ofLimit: true, refused: true })
  })

  // Review: a call sent one by one after a refusal and refused too was read as news, and cut the rate again (a 100/s
  // counter with --rps 150: 100 -> 25/s in 200 ms, 48% of the limit); a counter's window of 2 s was read from one edge
  // over part of one window, twice too high, then cut far under it (50%).
  test("a counter with --rps above it, and a counter of 2 s windows: >= 90% of the limit, <= 1.5% answered 429", async () => {
    const seconds = 30
    const given = await simulate({ rps: 100, burst: 0, windowSec: 1 }, { initialConcurrency: 8, rps: 150 }, seconds)
    const twoSeconds = await simulate({ rps: 50, burst: 0, windowSec: 2 }, { initialConcurrency: 8 }, seconds)
    for (const [name, r, rps] of [["--rps 150", given, 100], ["2 s windows", twoSeconds, 50]] as const)
      expect({ name, ofLimit: r.accepted / seconds / rps >= 0.9, refused: r.refused / (r.accepted + r.refused) <= 0.015 }).toEqual({ name, ofLimit: true, refused: true })
  })

  // With a real round trip (15 ms each way, 20 ms of work, jitter), the calls sent fast as a counter's window was spent
  // came back out of order: a refusal then an acceptance, read as the window's edge. Measured from there, over the
  // window's dead tail, a 100/s counter read 6/s and the job ran at 62% of the limit (2 s windows: 52%). The
  // measurement now reads from the tenant's opening after its first refusal.
  test("counters of 100 and 200/s behind a real round trip: >= 90% of the limit", async () => {
    const seconds = 60
    const batches = { networkMs: 15, workMs: 20, jitterMs: 10, seed: 7 }
    // 2 s windows: a measurement of 2.5 s sees at most one edge after the opening, and its other readings are floors
    // (52% before, 81% now).
    for (const [rps, windowSec, share] of [[100, 1, 0.9], [200, 1, 0.9], [100, 2, 0.75]] as const) {
      const r = await simulate({ rps, burst: 0, windowSec, batches }, { maxConcurrency: 32, initialConcurrency: 8 }, seconds)
      expect({ rps, windowSec, ofLimit: r.accepted / seconds / rps >= share }).toEqual({ rps, windowSec, ofLimit: true })
    }
    // Review: read from the opening without two edges after it, a counter of 5 s windows (which lets calls through
    // at any rate until its window is spent) read the client's own rate, 304/s for 300/s and 2.3% of calls refused.
    const long = await simulate({ rps: 300, burst: 0, windowSec: 5, batches }, { maxConcurrency: 32, initialConcurrency: 8 }, seconds)
    // Read from its spells of refusals (rate-spells.ts), the quota's pace is 300/s within the jitter of its openings.
    expect(long.ceiling).toBeLessThanOrEqual(300 * 1.005)
    expect(long.refused / (long.accepted + long.refused)).toBeLessThanOrEqual(0.01)
  }, 30_000)

  test("--rps is a ceiling: never exceeded, even when the tenant allows more", async () => {
    const r = await simulate({ rps: 200, burst: 40 }, { rps: 30 }, 30)
    expect(r.peakSent).toBeLessThanOrEqual(31)
    expect(r.accepted / 30).toBeGreaterThan(25)
    expect(r.refused).toBe(0)
  })

  test("a stale remembered rate (a week old, the tenant since lowered to 20/s) causes no burst of 429s", async () => {
    const memory = { load: async (): Promise<RememberedRate> => ({ rps: 200, at: Date.now() - 7 * 86_400_000, found: true }), save: async () => {} }
    const r = await simulate({ rps: 20, burst: 4 }, { memory }, 60)
    expect(r.refused / (r.accepted + r.refused)).toBeLessThanOrEqual(0.01)
    expect(r.accepted / 60).toBeGreaterThanOrEqual(18)
  })

  test("RateLimit-Policy tells the limit: the limiter goes there at once, without 429s", async () => {
    const r = await simulate({ rps: 50, burst: 10, headers: () => ({ "RateLimit-Policy": "50;w=1" }) }, {}, 20)
    expect(r.refused).toBe(0)
    expect(r.secondsTo90).toBeLessThanOrEqual(3)
  })
})

describe("the limiter remembers the rate it found", () => {
  test("a run saves the found rate; the next run starts near it instead of from the cold start", async () => {
    let stored: RememberedRate | undefined
    const memory = { load: async () => stored, save: async (r: RememberedRate) => void (stored = r) }
    const first = await simulate({ rps: 50, burst: 10 }, { memory }, 30)
    expect(stored?.found).toBe(true)
    expect(stored!.rps).toBeGreaterThan(40)
    expect(stored!.rps).toBeLessThan(60)
    const second = await simulate({ rps: 50, burst: 10 }, { memory }, 30)
    expect(second.perSecond[0]!).toBeGreaterThanOrEqual(40)
    expect(second.perSecond[0]!).toBeGreaterThan(2 * first.perSecond[0]!)
    expect(second.refused).toBeLessThanOrEqual(first.refused)
  })
})

describe("Retry-After and the rate-limit headers", () => {
  test("refusals that persist after the cut pause every request until Retry-After", async () => {
    const clock = eventClock()
    const limiter = createLimiter({ maxConcurrency: 8, rps: 10 }, clock)
    for (let i = 0; i < 2; i++) (await acquire(limiter, clock)).release({ status: 429, latencyMs: 5, retryAfterMs: 7000 })
    expect(limiter.state().pausedUntil).toBe(0)
    const third = await acquire(limiter, clock)
    const at = clock.now()
    third.release({ status: 429, latencyMs: 5, retryAfterMs: 7000 })
    expect(limiter.state().pausedUntil).toBe(at + 7000)
    await acquire(limiter, clock)
    expect(clock.now()).toBeGreaterThanOrEqual(at + 7000)
  })

  test("X-RateLimit-Remaining 0 with a reset pauses every request until the reset", async () => {
    const clock = eventClock()
    const limiter = createLimiter({ maxConcurrency: 8, rps: 10 }, clock)
    ;(await acquire(limiter, clock)).release({ status: 200, latencyMs: 5, quota: { limit: 100, remaining: 0, resetMs: 4000 } })
    await acquire(limiter, clock)
    expect(clock.now()).toBeGreaterThanOrEqual(4000)
  })

  test("one 429 cuts the rate under what the tenant accepted, without stopping the other requests", async () => {
    const clock = eventClock()
    const limiter = createLimiter({ maxConcurrency: 8, rps: 100 }, clock)
    ;(await acquire(limiter, clock)).release({ status: 429, latencyMs: 5, retryAfterMs: 1000 })
    expect(limiter.state().rate).toBeLessThan(100)
    expect(limiter.state().pausedUntil).toBe(0)
  })
})

describe("a shared budget (several instances on one store)", () => {
  // Before: a raise the others put off (they raise at most once a round) was taken as a cut, and an instance judged
  // its own share of the answers as the tenant's rate; one instance on redis stayed at 16/s against a 50/s tenant.
  for (const [rps, instances] of [[50, 1], [50, 2], [200, 2], [200, 3]] as const) {
    test(`${instances} instance(s) on one budget find a ${rps}/s limit together: >= 85% of it accepted, <= 1% answered 429`, async () => {
      const r = await simulateShared({ rps, burst: burstOf(rps) }, instances, 40)
      expect({ ofLimit: r.ofLimit >= 0.85, refused: r.refusedShare <= 0.01 }).toEqual({ ofLimit: true, refused: true })
    })
  }


  test("a cut one instance sees becomes the rate of the other", async () => {
    const clock = eventClock()
    const coordinator = createMemoryCoordinator(clock)
    const shared = { take: (rps: number, burst: number) => coordinator.take("t", rps, burst), agree: (rps: number, change: "cut" | "raise") => coordinator.agree!("t", rps, change) }
    const a = createLimiter({ maxConcurrency: 8, rps: 100, shared }, clock)
    const b = createLimiter({ maxConcurrency: 8, rps: 100, shared }, clock)
    for (let i = 0; i < 20; i++) (await acquire(a, clock)).release({ status: 200, latencyMs: 5 })
    ;(await acquire(a, clock)).release({ status: 429, latencyMs: 5, retryAfterMs: 1000 })
    await new Promise((r) => setImmediate(r))
    const agreed = await coordinator.agree!("t", 1000, "cut")
    expect(agreed).toBeLessThan(100)
    ;(await acquire(b, clock)).release({ status: 200, latencyMs: 5 })
    await new Promise((r) => setImmediate(r))
    expect(b.state().rate).toBeLessThanOrEqual(100)
  })
})
