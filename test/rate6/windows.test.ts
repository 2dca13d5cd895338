import { afterEach, describe, expect, test } from "bun:test"
import { expectFewRefusals, expectJob } from "./expect.ts"
import { concurrencyGate, slidingLogGate, windowQuotaGate } from "./limits.ts"
import { acceptedPerSecond, anonymize, median, peakAccepted } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"

let standin: Standin | undefined
afterEach(() => standin?.stop())

// Limits that count differently from a token bucket; 400 contacts, 5% of calls failing 500/502/503 at random.
describe("limit models other than a token bucket", () => {
  test("a sliding log (at most 40 in any rolling second): every contact written once, few refusals", async () => {
    standin = startStandin({ gate: slidingLogGate(40), faults: 0.05, contacts: 400 })
    await expectJob(standin)
  }, 150_000)

  // A log echoes the slow start's burst for a second; the limit read in that echo was 60% to 75% of it, and the job
  // stayed there (17.7 correct contacts a second against the seed's 34.7, bench/rate-models.ts). Counted from the 5th
  // second: half the seconds after it accepted at least 30 (75%, with 5% of calls failing and the job's own tail).
  test("a sliding log of 40 a second: the limit used, half the seconds from the 5th on accept 30 or more", async () => {
    standin = startStandin({ gate: slidingLogGate(40), faults: 0.05, contacts: 600 })
    await expectJob(standin)
    expect(median(acceptedPerSecond(standin).slice(4, -1))).toBeGreaterThanOrEqual(30)
  }, 150_000)

  // Refusals not bounded here: past the first episode they ran 0.7% to 1.4% of calls over runs (bench/rate-models.ts).
  test("a concurrency limit (3 in flight, 20 ms each: 150/s), no rate limit: every contact written once", async () => {
    standin = startStandin({ gate: concurrencyGate(3), faults: 0.05, contacts: 400 })
    await expectJob(standin, null)
  }, 150_000)

  // Read as a rate limit, the refusals held the job near 20/s (15% of capacity); later, probed sooner, it reached 75 in
  // its busiest second 3 runs in 4. Since the cap on calls in flight is read from the refusals (core/cxone/flight-cap.ts)
  // the rate goes up to what 3 at once let through, and refusals past the cap cut no rate.
  test("a concurrency limit of 3 in flight (150/s): the job gets at least half of it in its busiest second", async () => {
    standin = startStandin({ gate: concurrencyGate(3), faults: 0.05, contacts: 400 })
    await anonymize(standin)
    expect(peakAccepted(standin)).toBeGreaterThanOrEqual(75)
  }, 150_000)
})

describe("a quota per fixed window (1,200 a minute, scaled to 100 per 5 s so a test sees several windows)", () => {
  for (const retryAfter of [true, false]) {
    test(`refused to the window's end${retryAfter ? ", Retry-After naming it" : ", no Retry-After"}: every contact written once, the job ends`, async () => {
      standin = startStandin({ gate: windowQuotaGate(100, 5000), retryAfter, faults: 0.05, contacts: 400 })
      await expectJob(standin, null)
    }, 150_000)
  }

  // Known: each spent window costs several refusals (7% of calls with Retry-After, 14% without), over the 1% bound.
  test.failing("a spent window costs at most the bound's refusals", async () => {
    standin = startStandin({ gate: windowQuotaGate(100, 5000), faults: 0.05, contacts: 400 })
    await anonymize(standin)
    expectFewRefusals(standin)
  }, 150_000)
})
