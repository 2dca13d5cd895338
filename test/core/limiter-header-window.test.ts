// A tenant counting calls per fixed window and saying so in X-RateLimit-Limit, -Remaining and -Reset, the reset in whole
// seconds and no policy naming the window (fake clock). A window of one second says "Reset: 1" from its start to its
// end: the remaining budget was paced over a whole second, and the job used about 61% of the window (test/rate6,
// bench/rate-models.ts "headers honest 40/1 s"). The window is now read from when its budget comes back.
import { describe, expect, test } from "bun:test"
import { simulate } from "./limiter-sim.ts"

const seconds = 30
/** What the tenant took over seconds 10 to the end, as a share of its limit. */
const settled = (perSecond: number[], rps: number) => perSecond.slice(10).reduce((a, b) => a + b, 0) / (seconds - 10) / rps

describe("a fixed window its headers count in but do not name", () => {
  for (const [rps, windowSec] of [[40, 1], [100, 1], [50, 2]] as const) {
    test(`${rps}/s counted per ${windowSec} s window: 90% or more of it taken once settled, under 1% refused`, async () => {
      const r = await simulate({ rps, burst: 0, windowSec, windowHeaders: true, latencyMs: 30 }, { initialConcurrency: 8 }, seconds)
      expect({ taken: settled(r.perSecond, rps) >= 0.9, refused: r.refused / (r.accepted + r.refused) <= 0.01 }).toEqual({ taken: true, refused: true })
    })
  }

  test("headers claiming ten times what the tenant takes: the refusals win, the rate stays near the real limit", async () => {
    const r = await simulate({ rps: 40, burst: 0, windowSec: 1, latencyMs: 30, headers: (now) => ({ "x-ratelimit-limit": "400", "x-ratelimit-remaining": String(400 - Math.floor(((now % 1000) / 1000) * 400)), "x-ratelimit-reset": "1" }) }, { initialConcurrency: 8 }, seconds)
    expect(r.ceiling).toBeLessThan(60)
    expect(r.refused / (r.accepted + r.refused)).toBeLessThan(0.1)
  })
})
