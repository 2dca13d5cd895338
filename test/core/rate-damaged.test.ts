// A stored rate the limiter did not write (a key edited or damaged) is read as none: a run started from it hung for
// minutes (a shared bucket's rate of 0.0001) or was held at 8 a second for good (a remembered 0.0001), and a negative
// rate doubled away on each run (a review, stop 66).
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import Redis from "ioredis"
import { createRedisCoordinator, type RedisLike } from "../../core/index.ts"
import { rememberedRate } from "../../core/cxone/rate-memory.ts"
import { redisSkipped, startRedis } from "../redis.ts"

test("a remembered rate outside the control's range, from a time to come, or of another shape is dropped", () => {
  const now = 1_800_000_000_000
  expect(rememberedRate({ rps: 47.5, at: now - 1000, found: true }, now)).toEqual({ rps: 47.5, at: now - 1000, found: true })
  // A limit found under the control's default floor is one a config's limits.minRps (down to 0.1) lets it find.
  expect(rememberedRate({ rps: 0.3, at: now, found: true }, now)).toEqual({ rps: 0.3, at: now, found: true })
  for (const bad of [{ rps: 0.0001, at: now, found: true }, { rps: -5, at: now, found: true }, { rps: 1e308, at: now, found: true }, { rps: Number.NaN, at: now, found: true },
    { rps: "50", at: now, found: true }, { rps: 50, at: now + 3_600_000, found: true }, { rps: 50, found: true }, { rps: 50, at: now, found: "yes" }, "50", null, []]) {
    expect(rememberedRate(bad, now)).toBeUndefined()
  }
})

const noRedis = redisSkipped()
describe.skipIf(noRedis)("a shared bucket's damaged key on redis", () => {
  let redis: Awaited<ReturnType<typeof startRedis>>
  let client: Redis
  beforeAll(async () => {
    redis = await startRedis()
    client = new Redis(redis.url)
  }, 30_000)
  afterAll(async () => {
    client?.disconnect()
    await redis?.stop()
  })

  test.each([
    ["a rate of 0.0001", { rate: "0.0001", tokens: "0", at: "1", changed: "1" }],
    ["a rate of 0.05", { rate: "0.05", tokens: "0", at: "1", changed: "1" }],
    ["a negative rate", { rate: "-5", tokens: "-9e9", at: "1", changed: "1" }],
    ["a rate past any tenant's", { rate: "1e308", tokens: "1e308", at: "1", changed: "1" }],
    ["times to come", { rate: "50", tokens: "5", at: "8203379767999999", changed: "8203379767999999" }],
    ["words", { rate: "fast", tokens: "many", at: "now", changed: "then" }],
  ])("%s: the bucket starts afresh at the rate asked, and the agreed rate is the one asked", async (_, fields) => {
    const coordinator = createRedisCoordinator(client as unknown as RedisLike, "t:")
    await client.hset("t:bucket:acme", fields)
    expect(await coordinator.agree!("acme", 50, "raise")).toBe(50)
    expect(await coordinator.take("acme", 50, 10)).toBe(0)
    const rate = Number(await client.hget("t:bucket:acme", "rate"))
    expect(rate).toBe(50)
    await client.del("t:bucket:acme")
  })

  test("a rate the script wrote after a cut under 0.5 a second is kept, and raised gradually", async () => {
    const coordinator = createRedisCoordinator(client as unknown as RedisLike, "t:")
    await client.hset("t:bucket:slow", { rate: "0.25", changed: "1" })
    expect(await coordinator.agree!("slow", 8, "raise")).toBe(0.5)
    await client.del("t:bucket:slow")
  })
})
