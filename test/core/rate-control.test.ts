import { describe, expect, test } from "bun:test"
import { createRateControl, defaultRateControl } from "../../core/cxone/rate-control.ts"
import { simulate } from "./limiter-sim.ts"

const options = { ...defaultRateControl, maxRps: 10_000 }
const ok = (sentAt: number) => ({ status: 200, latencyMs: 5, sentAt })
const refused = (sentAt: number) => ({ status: 429, latencyMs: 5, retryAfterMs: 1000, sentAt })

describe("the rate control reads the limit from its refusals", () => {
  test("a second refusal soon after the first sets the limit to what the tenant accepted in between, not to the burst before", () => {
    const control = createRateControl(options, { rps: 40, found: false }, 0)
    // 40/s for a second, all accepted (the tenant's burst pays for it), then the first refusal.
    for (let t = 25; t <= 1000; t += 25) control.record(ok(t - 5), t)
    control.record(refused(1000), 1005)
    expect(control.ceiling()).toBeGreaterThan(30)
    // The bucket is empty now: in the next second and a half the tenant takes 15 (10/s) and refuses again.
    for (let t = 1050; t < 2500; t += 100) control.record(ok(t), t + 5)
    control.record(refused(2500), 2505)
    expect(control.ceiling()).toBeGreaterThan(9)
    expect(control.ceiling()).toBeLessThan(11)
    expect(control.rate(2505)).toBeLessThan(control.ceiling())
  })

  test("a 503 the gateway answered before any work (fast) is not counted as a call the tenant took in the episode", () => {
    const control = createRateControl(options, { rps: 40, found: false }, 0)
    for (let t = 25; t <= 1000; t += 25) control.record(ok(t - 5), t)
    control.record(refused(1000), 1005)
    // In the next second and a half the tenant takes 15 (10/s); between them, 15 503s come back in 1 ms, at its door.
    for (let t = 1050; t < 2500; t += 100) {
      control.record(ok(t), t + 5)
      control.record({ status: 503, latencyMs: 1, sentAt: t + 50 }, t + 51)
    }
    control.record(refused(2500), 2505)
    // Counted as taken, the 503s read the limit as 20/s, twice the tenant's.
    expect(control.ceiling()).toBeGreaterThan(9)
    expect(control.ceiling()).toBeLessThan(11)
  })

  test("above 20/s (calls go out in batches, their answers arrive in any order) the gap between refusals is not read as the limit", () => {
    const control = createRateControl(options, { rps: 200, found: false }, 0)
    for (let t = 5; t <= 1000; t += 5) control.record(ok(t - 5), t)
    control.record(refused(1000), 1005)
    const cut = control.ceiling()
    // 100 ms later: 12 answers of the next batches have come back, the others are on their way, and one is refused.
    for (let t = 1010; t < 1100; t += 8) control.record(ok(t), t + 5)
    control.record(refused(1100), 1105)
    // The gap would read 12 answers in 100 ms: 120/s, 40% under the tenant's 200.
    expect(control.ceiling()).toBeGreaterThan(150)
    expect(control.ceiling()).toBeLessThanOrEqual(cut)
  })
})

describe("a measurement that reads nothing", () => {
  test("a window of refusals with no accepted call (the client waited out a Retry-After) keeps the estimate, not the minimum rate", () => {
    const control = createRateControl(options, { rps: 100, found: false }, 0)
    for (let t = 10; t <= 1000; t += 10) control.record(ok(t - 5), t)
    // The first refusal above 40/s starts a measurement near 100/s.
    control.record(refused(1000), 1005)
    // A window-counting tenant refuses the rest of its second; the client then sends nothing while it waits.
    for (let t = 1010; t < 1300; t += 10) control.record(refused(t), t + 5)
    // The first answer after the measurement's window and its settling ends it.
    control.record(ok(2600), 2605)
    // Read as a limit, no accepted call was 0/s: the job went on at 0.5/s, a 1,500-contact run in 50 minutes.
    expect(control.ceiling()).toBeGreaterThan(40)
    expect(control.rate(2605)).toBeGreaterThan(40)
  })
})

describe("a measurement counts what the tenant took", () => {
  test("503s answered at the gateway before any work (fast) are not counted as calls it took", () => {
    const control = createRateControl(options, { rps: 100, found: false }, 0)
    for (let t = 10; t <= 1000; t += 10) control.record(ok(t - 5), t)
    // The first refusal above 40/s starts a measurement near 100/s. The tenant takes 50/s of it; of the other calls,
    // one in five comes back as a 503 in 1 ms, at its door (too few to be read as throttling), the rest are refused.
    control.record(refused(1000), 1005)
    for (let t = 1010; t < 2500; t += 10) {
      const slot = (t - 1010) / 10
      if (slot % 2 === 0) control.record(ok(t), t + 5)
      else if (slot % 10 === 1) control.record({ status: 503, latencyMs: 1, sentAt: t }, t + 1)
      else control.record(refused(t), t + 5)
    }
    for (let t = 2500; t < 4000; t += 20) control.record(ok(t), t + 5)
    // Counted as taken, the 503s read the limit as 60/s, a fifth over the tenant's.
    expect(control.ceiling()).toBeGreaterThan(45)
    expect(control.ceiling()).toBeLessThan(55)
  })
})

describe("503s answered at once that the tenant counted: its faults", () => {
  // One call in twenty answered 503 in 1 ms against a base of 5 ms: the sandbox's faults, after its rate limit.
  const fault = (sentAt: number) => ({ status: 503, latencyMs: 1, sentAt })
  // A second of clean rounds at 100/s, one answer in twenty such a fault, then a refusal.
  const calmThenRefused = (rps: number) => {
    const control = createRateControl(options, { rps, found: false }, 0)
    for (let t = 10; t <= 1000; t += 10) control.record(t % 200 === 0 ? fault(t - 1) : ok(t - 5), t)
    control.record(refused(1000), 1005)
    return control
  }

  test("a measurement counts as many of them as the clean rounds before it make faults: it reads the limit, not 5% under it", () => {
    const control = calmThenRefused(100)
    // The tenant takes 50/s, one in twenty of them answered as a fault; the rest are refused.
    for (let t = 1010; t < 2500; t += 10) {
      const slot = (t - 1010) / 10
      if (slot % 40 === 0) control.record(fault(t), t + 1)
      else if (slot % 2 === 0) control.record(ok(t), t + 5)
      else control.record(refused(t), t + 5)
    }
    for (let t = 2500; t < 4000; t += 20) control.record(ok(t), t + 5)
    // Not counted, the faults read 47.5/s, and the job was held at 46.
    expect(control.ceiling()).toBeGreaterThan(49)
    expect(control.ceiling()).toBeLessThan(52)
  })

  test("in an episode at 40/s or under too: the gap between two refusals reads the limit with its faults", () => {
    const control = calmThenRefused(40)
    // In the next 4 s the tenant takes 40 (10/s), two of them answered as faults, then refuses again.
    for (let t = 1050; t < 5000; t += 100) control.record((t - 1050) % 2000 === 1000 ? fault(t) : ok(t), t + 5)
    control.record(refused(5050), 5055)
    // Not counted, the faults read 9.4/s. Counted up to the share the rounds that ended before the refusal saw (a
    // little under one in twenty), not quite both.
    expect(control.ceiling()).toBeGreaterThan(9.6)
    expect(control.ceiling()).toBeLessThan(10.2)
  })
})

describe("a refusal before the rate control has answers to read", () => {
  test("a lone 429 on the second request (the stand-in's) halves the rate but is no limit: clean rounds climb on", () => {
    const control = createRateControl(options, undefined, 0)
    control.record(ok(0), 5)
    control.record(refused(10), 15)
    expect(control.ceiling()).toBe(Infinity)
    expect(control.rate(15)).toBeCloseTo(4 * 0.97)
    // Ten seconds of clean answers at the rate, each round bound by it: the slow start doubles again.
    for (let t = 20; t < 10_000; t += 50) {
      control.bound()
      control.record(ok(t), t + 5)
    }
    expect(control.phase()).toBe("start")
    expect(control.rate(10_000)).toBeGreaterThan(100)
  })

  test("a tenant whose limit is that low still has it found, with few refusals", async () => {
    // 3/s with no burst to speak of: the first refusal comes on the second call, as the stand-in's did.
    const r = await simulate({ rps: 3, burst: 1 }, {}, 60)
    expect(r.refusedAt[0]).toBeLessThan(500)
    expect(r.ceiling).toBeGreaterThan(2)
    expect(r.ceiling).toBeLessThanOrEqual(3)
    expect(r.accepted / 60).toBeGreaterThanOrEqual(2.2)
    expect(r.refused).toBeLessThanOrEqual(3)
  })
})

describe("probes above the held rate (fake clock, simulated tenant)", () => {
  test("failed probes space out: five minutes at a steady 50/s cost a handful of refusals, not one pair every 15 s", async () => {
    const r = await simulate({ rps: 50, burst: 10 }, {}, 300)
    const afterDiscovery = r.refusedAt.filter((at) => at > 10_000)
    expect(afterDiscovery.length).toBeLessThanOrEqual(10)
    // The gaps between probes grow: the last one is at least twice the first.
    const probes = afterDiscovery.filter((at, i) => i === 0 || at - afterDiscovery[i - 1]! > 2000)
    expect(probes.length).toBeGreaterThanOrEqual(2)
    expect(probes.at(-1)! - probes.at(-2)!).toBeGreaterThanOrEqual(2 * (probes[1]! - probes[0]!) - 1000)
    expect(r.accepted / 300).toBeGreaterThanOrEqual(45)
  })

  test("a probe that finds the tenant's limit unchanged goes back to the held rate: a refusal or two per probe, and the rate stays near the limit", async () => {
    const r = await simulate({ rps: 20, burst: 4 }, {}, 120)
    expect(r.refusedAt.filter((at) => at > 10_000).length).toBeLessThanOrEqual(4)
    const late = r.perSecond.slice(30, -1)
    expect(Math.min(...late)).toBeGreaterThanOrEqual(17)
    expect(r.refused / (r.accepted + r.refused)).toBeLessThanOrEqual(0.01)
  })

  test("slow answers (150 ms) at a low limit: a pause after the first refusals does not leave the rate stuck low", async () => {
    const r = await simulate({ rps: 10, burst: 3, latencyMs: 150 }, {}, 60)
    expect(r.accepted / 60).toBeGreaterThanOrEqual(9)
    expect(r.refused / (r.accepted + r.refused)).toBeLessThanOrEqual(0.015)
  })
})

describe("the tenant empty between two anchors", () => {
  test("an answer of 5xx after a refusal is no sign the tenant takes calls again: no anchor (a gateway may answer 5xx before it counts)", async () => {
    const { anchoredLimit } = await import("../../core/cxone/rate-measure.ts")
    // A counter's spent tail from 0 to 490: refusals every 10 ms, and 503s in between (the gateway's, before it counts).
    // Then its window from 500: 50 accepted to 990, refused from 1000, taken again from 1500.
    const refused = [...Array.from({ length: 25 }, (_, i) => i * 20), ...Array.from({ length: 25 }, (_, i) => 1000 + i * 20)]
    const errors = [...Array.from({ length: 25 }, (_, i) => 10 + i * 20), ...Array.from({ length: 25 }, (_, i) => 1010 + i * 20)]
    const clean = [...Array.from({ length: 50 }, (_, i) => 500 + i * 10), 1500]
    // The edges are 480 and 1480, a second apart: 50 accepted, and the 25 503s between count as taken too (a tenant that
    // counts before it fails, as the sandbox does, spent its allowance on them), which only the anchors must not trust.
    expect(anchoredLimit([...errors, ...clean], clean, refused, 2000, 250)).toEqual({ limit: (50 / 1000) * 1000 + (25 / 1000) * 1000, anchors: 2, windows: true })
    // Read as acceptances, every 503 made an anchor of the refusal before it: 50 anchors, from 0, and a limit of about 75/s read from 0 to 1480.
    expect(anchoredLimit([...errors, ...clean], [...errors, ...clean], refused, 2000, 250).anchors).toBe(50)
  })
})

describe("a counter's windows counted whole", () => {
  const { anchoredLimit } = require("../../core/cxone/rate-measure.ts") as typeof import("../../core/cxone/rate-measure.ts")
  // A counter of 50 a second, each window's calls accepted in turn and the rest of it refused (`tail` calls in a row);
  // its edges read from the last refusal before each window, sent up to a batch (50 ms) early or a way's jitter late.
  const windows = (edges: number[], tail = 3) => {
    const refused = edges.flatMap((e) => Array.from({ length: tail }, (_, i) => e - i * 10))
    const ok = edges.flatMap((e) => Array.from({ length: 50 }, (_, i) => e + 1 + i * 4))
    return anchoredLimit(ok, ok, refused, 10_000, 250)
  }

  test("edges 1,070 and 935 ms apart read the counter's 50, not 46.7 or 53.5", () => {
    expect(windows([1000, 2070])).toEqual({ limit: 50, anchors: 2, windows: true })
    expect(windows([1000, 1935])).toEqual({ limit: 50, anchors: 2, windows: true })
    expect(windows([1000, 1960, 3040]).limit).toBe(50)
  })

  test("a lone refusal at each anchor, a second apart, is a token bucket measured a call a second over its rate: its time stays as measured", () => {
    // Read as whole seconds, a bucket of 120 from anchors 927 ms apart read 108 and was held there (review, fake clock).
    expect(windows([1000, 1927], 1)).toEqual({ limit: (50 / 927) * 1000, anchors: 2, windows: false })
  })

  test("edges further from a whole second, or under a second apart, keep their measured time: a token bucket's refusals", () => {
    expect(windows([1000, 2150])).toEqual({ limit: (50 / 1150) * 1000, anchors: 2, windows: false })
    expect(windows([1000, 1300, 1600]).windows).toBe(false)
    expect(windows([1000, 1300, 1600]).limit).toBeCloseTo((100 / 600) * 1000, 6)
  })
})

