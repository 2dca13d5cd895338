import { describe, expect, test } from "bun:test"
import { readThrottling } from "../../core/cxone/throttle-503.ts"
import { seeded } from "../rate6/limits.ts"

/** Reads answers one after another (each taking 40 ms against a base of 30 ms, or `latencyMs`); returns how each was read. */
function readAll(statuses: number[], { retryAfter = false, latencyMs = 40 } = {}): number[] {
  const s = { run503: 0, baseLatency: 30 }
  return statuses.map((status) => readThrottling(s, { status, latencyMs, sentAt: 0, retryAfterMs: retryAfter && status === 503 ? 1000 : undefined }).status!)
}

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

  test("two in a row answered fast (at a gateway, before any work): the second is throttling", () => {
    expect(readAll([200, 503, 503], { latencyMs: 5 })).toEqual([200, 503, 429])
  })

  test("a 500 or 502 between 503s breaks the run", () => {
    expect(readAll([503, 503, 500, 503, 502, 503])).toEqual([503, 503, 500, 503, 502, 503])
  })

  test("one call in twenty a random fault, a third of them 503, over 20,000 answers: never read as throttling", () => {
    const random = seeded(7)
    const statuses = Array.from({ length: 20_000 }, () => (random() < 0.05 ? [500, 502, 503][Math.floor(random() * 3)]! : 200))
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(200)
    expect(readAll(statuses).filter((s) => s === 429)).toEqual([])
  })
})
