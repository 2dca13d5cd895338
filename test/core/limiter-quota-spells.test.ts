// A quota per fixed window that says nothing but its refusals (no headers; Retry-After to the window's end): the tenant
// takes each window's budget and refuses the rest of it (fake clock). Each budget taken in a burst read a limit four
// times the quota's, and the rest of every window was spent refused: a quarter of the calls for 100 per 5 s. Three
// windows a like length apart with a like budget now read the quota's pace (core/cxone/rate-spells.ts).
import { describe, expect, test } from "bun:test"
import { defaultRateControl } from "../../core/cxone/rate-control.ts"
import { simulate } from "./limiter-sim.ts"

describe("a quota per window read from its spells of refusals", () => {
  for (const [rps, windowSec] of [[20, 5], [100, 5], [40, 2]] as const) {
    test(`${rps * windowSec} per ${windowSec} s: after the fourth window under 0.5% refused and 90% or more of the quota taken`, async () => {
      const seconds = 60
      const r = await simulate({ rps, burst: 0, windowSec, latencyMs: 30 }, { initialConcurrency: 8 }, seconds)
      const from = 4 * windowSec
      const late = r.perSecond.slice(from)
      const taken = late.reduce((a, b) => a + b, 0)
      const refused = r.refusedAt.filter((t) => t >= from * 1000).length
      expect({ refused: refused / (taken + refused) < 0.005, taken: taken / late.length / rps >= 0.9 }).toEqual({ refused: true, taken: true })
      // What it reads, held at its hold, is under the quota's pace. Before: 78/s read for 20 a second (100 per 5 s), 152/s for 100.
      expect(r.ceiling * defaultRateControl.hold).toBeLessThan(rps)
    })
  }
})
