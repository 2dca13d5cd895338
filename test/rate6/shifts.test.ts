import { afterEach, describe, expect, test } from "bun:test"
import { A_429S, expectJob } from "./expect.ts"
import { halvedBetween, queueGate, slidingLogGate } from "./limits.ts"
import { acceptedPerSecond } from "./run.ts"
import { startStandin, type Standin } from "./server.ts"

/**
 * The halving is a limit found again: a second discovery episode, bounded as the first is. It lasts the halving's 5 s:
 * the probes that look for the limit's return while it holds (a refusal or two each, rate-probe.ts) are the cost of
 * following it, as the refusals that read it are. The 1% is of the calls outside both. Held to 2 s, the episode left
 * those probes in the 1% of a 430-call job (5): 2 in most quiet runs, 5 in one of ten, 7 in a project CI run.
 */
const HALVED = { ...A_429S, episodes: 2, episodeMs: [2000, 5000] }

let standin: Standin | undefined
afterEach(() => standin?.stop())

describe("a tenant whose capacity changes under the job (5% of calls failing 5xx)", () => {
  test("40 a second, halved from 4 s to 9 s (another integration took half) then back: every contact written once", async () => {
    standin = startStandin({ gate: slidingLogGate(40, 1000, halvedBetween(4000, 9000)), faults: 0.05, contacts: 400 })
    await expectJob(standin, HALVED)
  }, 150_000)

  // Halved, the log's refusals came in runs, each read as a new limit (26, 18, then 9 a second), and the limit given
  // back was never probed for again: the job ended at 21% of capacity. Counted by the tenant: the busiest second from
  // 4 s after the limit came back (the job has 200 or more contacts left then).
  test("40 a second, halved from 4 s to 9 s, then given back: the rate climbs back, 32 or more in a second after 13 s", async () => {
    standin = startStandin({ gate: slidingLogGate(40, 1000, halvedBetween(4000, 9000)), faults: 0.05, contacts: 600 })
    // The same tenant as the test above, so the same bounds (HALVED).
    await expectJob(standin, HALVED)
    const perSecond = acceptedPerSecond(standin)
    // The seconds with the verdict: a CI log shows where the climb stalled.
    const peak = Math.max(0, ...perSecond.slice(13))
    expect({ peakAfter13s: peak >= 32 ? "32 or more" : peak, perSecond: peak >= 32 ? "" : perSecond.join(",") }).toEqual({ peakAfter13s: "32 or more", perSecond: "" })
  }, 150_000)

  test("a queue in front of the tenant (40 a second, answers slower as the rate grows, never a 429): no refusal, every contact written", async () => {
    standin = startStandin({ gate: queueGate(40), faults: 0.05, contacts: 400 })
    const { refused } = await expectJob(standin)
    expect(refused).toBe(0)
  }, 150_000)
})
