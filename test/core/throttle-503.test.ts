import { describe, expect, test } from "bun:test"
import { createAnswerWindow } from "../../core/cxone/answer-window.ts"
import { readThrottling } from "../../core/cxone/throttle-503.ts"
import { seeded } from "../rate6/limits.ts"

/**
 * Reads answers one after another, `rps` a second (each taking 40 ms against a base of 30 ms, or `latencyMs`), as the
 * rate control does; returns how each was read. A 429 is a cut, as the rate control makes one.
 */
function readAll(statuses: number[], { retryAfter = false, latencyMs = 40, rps = 40, probing = false } = {}): number[] {
  const probe = probing ? { ceiling: 40, step: 0.02, clean: 40 } : undefined
  const s = { run503: 0, bare503: [] as number[], baseLatency: 30, recent: createAnswerWindow(5000), lastCut: -Infinity, probe }
  return statuses.map((status, i) => {
    const at = (i * 1000) / rps
    const read = readThrottling(s, { status, latencyMs, sentAt: at - latencyMs, retryAfterMs: retryAfter && status === 503 ? 1000 : undefined }, at).status!
    s.recent.push(at, read < 500 && read !== 429)
    if (read === 429) s.lastCut = at
    return read
  })
}

/** `n` answers, one in `every` a 503 (the first at `offset`), the rest 200. */
const spread = (n: number, every: number, offset = 0) => Array.from({ length: n }, (_, i) => (i % every === offset ? 503 : 200))

describe("a 503 read as throttling or as a fault", () => {
  test("with Retry-After: a refusal, the first one", () => {
    expect(readAll([200, 200, 503], { retryAfter: true })).toEqual([200, 200, 429])
  })

  test("a lone 503 among successes is a fault: the rate is not cut for it", () => {
    expect(readAll([200, 200, 503, 200, 200, 503, 200])).toEqual([200, 200, 503, 200, 200, 503, 200])
  })

  test("three in a row: the third and the ones after are throttling; a success ends the run", () => {
    expect(readAll([200, 503, 503, 503, 503, 200, 503])).toEqual([200, 503, 503, 429, 429, 200, 503])
  })

  test("two in a row answered fast (before any work): throttling while a probe is out, faults otherwise (as the sandbox answers its faults)", () => {
    expect(readAll([200, 503, 503], { latencyMs: 5, probing: true })).toEqual([200, 503, 429])
    expect(readAll([200, 503, 503], { latencyMs: 5 })).toEqual([200, 503, 503])
    expect(readAll([200, 503, 503, 503], { latencyMs: 5 })).toEqual([200, 503, 503, 429])
  })

  test("a 500 or 502 between 503s breaks the run", () => {
    expect(readAll([503, 503, 500, 503, 502, 503])).toEqual([503, 503, 500, 503, 502, 503])
  })

  test("lone 503s, one answer in five for 3 s at 40 a second: read as throttling once ten have come, not before", () => {
    const read = readAll(spread(120, 5))
    const first = read.indexOf(429)
    expect(first).toBeGreaterThan(0)
    expect(read.slice(0, first).filter((s) => s === 503).length).toBe(9)
  })

  test("lone 503s, one in twenty for a minute: never read as throttling", () => {
    expect(readAll(spread(2400, 20)).filter((s) => s === 429)).toEqual([])
  })

  test("after a share of lone 503s was read as throttling (a cut), the next is read afresh from the answers after it", () => {
    const read = readAll([...spread(60, 5), ...spread(60, 20, 10)])
    expect(read.filter((s) => s === 429).length).toBe(1)
  })

  for (const seed of [11, 12, 13, 14]) {
    test(`one call in twenty a random fault, every fault a 503, over 20,000 answers (seed ${seed}): only runs of three read as throttling`, () => {
      const random = seeded(seed)
      const statuses = Array.from({ length: 20_000 }, () => (random() < 0.05 ? 503 : 200))
      const read = readAll(statuses)
      const runs = read.flatMap((s, i) => (s === 429 ? [statuses[i - 1] === 503 && statuses[i - 2] === 503] : []))
      expect(runs.every(Boolean)).toBe(true)
    })
  }

  test("one call in twenty a random fault, a third of them 503, over 20,000 answers: never read as throttling", () => {
    const random = seeded(7)
    const statuses = Array.from({ length: 20_000 }, () => (random() < 0.05 ? [500, 502, 503][Math.floor(random() * 3)]! : 200))
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(200)
    expect(readAll(statuses).filter((s) => s === 429)).toEqual([])
  })
})
