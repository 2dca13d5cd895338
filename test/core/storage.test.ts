import { afterAll, beforeAll } from "bun:test"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import Redis from "ioredis"
import { Miniflare } from "miniflare"
import fsDriver from "unstorage/drivers/fs"
import kvDriver from "unstorage/drivers/cloudflare-kv-binding"
import redisDriver from "unstorage/drivers/redis"
import { createCxedgeStorage, createMemoryCoordinator, createRedisCoordinator, systemClock, type RedisLike } from "../../core/index.ts"
import { privateFsDriver } from "../../node/fs-driver.ts"
import { testStorage } from "../../testing/storage.ts"
import { redisSkipped, startRedis } from "../redis.ts"

const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let mf: Miniflare
beforeAll(async () => {
  if (!noRedis) redis = await startRedis()
  mf = new Miniflare({ modules: true, script: "export default { fetch() { return new Response('') } }", kvNamespaces: ["KV"] })
  // Start workerd here, not inside the first KV test: bun kills processes a test leaves running.
  await mf.ready
}, 30_000)
afterAll(async () => {
  await redis?.stop()
  await mf?.dispose()
})

testStorage("memory", async () => ({ storage: createCxedgeStorage(), coordinator: createMemoryCoordinator(systemClock) }))

testStorage("fs", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-fs-"))
  return { storage: createCxedgeStorage(fsDriver({ base: dir })), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

testStorage("fs, owner only (the CLI's driver)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-fs-private-"))
  return { storage: createCxedgeStorage(privateFsDriver({ base: dir })), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

if (!noRedis) testStorage("redis", async () => {
  const base = `t${crypto.randomUUID().slice(0, 8)}`
  const driver = redisDriver({ url: redis.url, base })
  const client = new Redis(redis.url)
  return {
    storage: createCxedgeStorage(driver),
    coordinator: createRedisCoordinator(client as unknown as RedisLike, `${base}:coord:`),
    cleanup: async () => {
      client.disconnect()
      await driver.dispose?.()
    },
  }
})

testStorage("Workers KV (workerd, through miniflare)", async () => {
  const kv = (await mf.getKVNamespace("KV")) as unknown as { list(): Promise<{ keys: { name: string }[] }>; delete(k: string): Promise<void> }
  for (const { name } of (await kv.list()).keys) await kv.delete(name)
  return { storage: createCxedgeStorage(kvDriver({ binding: kv as never })) }
})
