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

  test("a call made while others wait for a token goes after them, never first, and none waits when a token is there", async () => {
    const clock = createManualClock(0)
    const limiter = createLimiter({ rps: 10, burst: 2, maxConcurrency: 64, initialConcurrency: 64 }, clock)
    const order: string[] = []
    const call = async (name: string) => {
      const permit = await limiter.acquire()
      order.push(`${name}@${clock.now()}`)
      permit.release({ status: 200, latencyMs: 1 })
    }
    // The first finds the bucket's token and goes at once; the next two wait their turns.
    const early = [call("a"), call("b"), call("c")]
    await Promise.resolve()
    // Made while b and c wait: it queues behind them instead of taking the next token first.
    const late = call("d")
    await Promise.all([...early, late])
    expect(order.map((o) => o.split("@")[0])).toEqual(["a", "b", "c", "d"])
    expect(order[0]).toBe("a@0")
    // Paced at 10/s: 100 ms apart.
    expect(order.map((o) => Number(o.split("@")[1]))).toEqual([0, 100, 200, 300])
    // A call after a quiet spell finds a token and goes without any wait.
    clock.advance(1000)
    const before = clock.slept.length
    await call("e")
    expect(order[4]).toBe(`e@${clock.now()}`)
    expect(clock.slept.length).toBe(before)
  })
})
