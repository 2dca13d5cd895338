import { describe, expect, test } from "bun:test"
import { createLimiter, createManualClock } from "../../core/index.ts"

/** Sends `n` calls one after another through a limiter on a manual clock; answers when each went and the sleeps the gate took. */
async function drive(rps: number, n: number, burst?: number) {
  const clock = createManualClock(0)
  const limiter = createLimiter({ rps, ...(burst ? { burst } : {}), maxConcurrency: 64, initialConcurrency: 64 }, clock)
  const sentAt: number[] = []
  await Promise.all(
    Array.from({ length: n }, async () => {
      const permit = await limiter.acquire()
      sentAt.push(clock.now())
      permit.release({ status: 200, latencyMs: 1 })
    }),
  )
  return { sentAt, sleeps: clock.slept.filter((ms) => ms > 0), seconds: clock.now() / 1000 }
}

describe("the limiter's gate at a high rate", () => {
  test("at 200/s it wakes about 25 times a second, not 200, and still holds 200/s", async () => {
    const { sentAt, sleeps, seconds } = await drive(200, 2000)
    expect(2000 / seconds).toBeGreaterThan(190)
    expect(2000 / seconds).toBeLessThanOrEqual(201)
    expect(sleeps.length / seconds).toBeLessThan(30)
    // Calls go out together at each wake-up, never more than a bucket (200/20 = 10, a quarter more if a timer is late).
    const perInstant = new Map<number, number>()
    for (const at of sentAt) perInstant.set(at, (perInstant.get(at) ?? 0) + 1)
    expect(Math.max(...perInstant.values())).toBeLessThanOrEqual(13)
    expect(Math.max(...[...perInstant.values()].slice(1))).toBeGreaterThan(1)
  })

  test("a timer that fires late costs no rate: the due calls wait in the bucket", async () => {
    const clock = createManualClock(0)
    const late = { ...clock, sleep: async (ms: number) => clock.sleep(ms + 8) }
    const limiter = createLimiter({ rps: 200, maxConcurrency: 64, initialConcurrency: 64 }, late)
    await Promise.all(Array.from({ length: 2000 }, async () => (await limiter.acquire()).release({ status: 200, latencyMs: 1 })))
    expect(2000 / (clock.now() / 1000)).toBeGreaterThan(190)
  })

  test("at 20/s or less every call is paced on its own (one wake-up per call)", async () => {
    for (const rps of [5, 20]) {
      const { sentAt, sleeps } = await drive(rps, 100, 2)
      expect(new Set(sentAt).size).toBe(100)
      expect(sleeps.length).toBeGreaterThanOrEqual(98)
    }
  })
})
