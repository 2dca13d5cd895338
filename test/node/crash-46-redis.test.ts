import { afterAll, describe, expect, test } from "bun:test"
import Redis from "ioredis"
import { connectRedis, REDIS_OPTIONS } from "../../node/storage-checks.ts"
import { silentLogger } from "../../core/index.ts"
import { redisSkipped, startRedis } from "../redis.ts"

const stops: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const stop of stops) await stop()
})

/** redis-server again on the port it had (its data gone: what matters here is the connection). */
function restart(url: string) {
  const port = new URL(url).port
  const proc = Bun.spawn(["redis-server", "--port", port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"], { stdout: "ignore", stderr: "ignore" })
  stops.push(async () => {
    proc.kill()
    await proc.exited
  })
}

describe.skipIf(redisSkipped())("the storage's redis connection outlives a redis restart (crash pass 46)", () => {
  test("redis stopped for longer than the connection's first reconnect tries, then started again: the same client answers again", async () => {
    const redis = await startRedis()
    const client = await connectRedis(new Redis(redis.url, REDIS_OPTIONS), redis.url, "CXEDGE_REDIS_URL", silentLogger)
    stops.push(async () => client.disconnect())
    await client.set("k", "1")
    await redis.stop()
    // Down for 5 s: before, the client gave up after five reconnects (3 s in all) and said "Connection is closed" for good.
    await Bun.sleep(5_000)
    restart(redis.url)
    let answer: string | undefined
    const deadline = Date.now() + 15_000
    while (answer !== "PONG" && Date.now() < deadline) {
      answer = await client.ping().catch(() => undefined)
      if (answer !== "PONG") await Bun.sleep(200)
    }
    expect(answer).toBe("PONG")
  }, 30_000)
})
