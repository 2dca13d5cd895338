import type { Clock } from "./clock.ts"

/**
 * What several instances sharing one store must agree on: who does a piece
 * of work (a claim with a lease) and how much of the tenant's request
 * budget is left. In one process it is memory; with redis it is SET NX and
 * a Lua token bucket. No module-level singletons: one per runtime.
 */
export interface Coordinator {
  /** True if this caller now holds `key` for `ttlMs` (nobody else held it). */
  claim(key: string, ttlMs: number): Promise<boolean>
  release(key: string): Promise<void>
  /** Takes one request from a shared bucket: 0 when granted, otherwise the ms to wait. */
  take(bucket: string, rps: number, burst: number): Promise<number>
}

export function createMemoryCoordinator(clock: Clock): Coordinator {
  const leases = new Map<string, number>()
  const buckets = new Map<string, { tokens: number; at: number }>()
  return {
    async claim(key, ttlMs) {
      const now = clock.now()
      const until = leases.get(key)
      if (until !== undefined && until > now) return false
      leases.set(key, now + ttlMs)
      return true
    },
    async release(key) {
      leases.delete(key)
    },
    async take(bucket, rps, burst) {
      const now = clock.now()
      const b = buckets.get(bucket) ?? { tokens: burst, at: now }
      b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rps)
      b.at = now
      buckets.set(bucket, b)
      if (b.tokens >= 1) {
        b.tokens -= 1
        return 0
      }
      return Math.ceil(((1 - b.tokens) / rps) * 1000)
    },
  }
}

/** The few redis commands the coordinator needs (ioredis has them). */
export interface RedisLike {
  set(key: string, value: string, px: "PX", ttl: number, nx: "NX"): Promise<string | null>
  del(key: string): Promise<number>
  eval(script: string, keys: number, ...args: (string | number)[]): Promise<unknown>
}

// A token bucket in one atomic step, on the server's clock so every instance agrees on time.
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local s = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(s[1]) or burst
local at = tonumber(s[2]) or now
tokens = math.min(burst, tokens + (now - at) / 1000 * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate * 1000) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 60000)
return wait
`

export function createRedisCoordinator(redis: RedisLike, prefix = "cxedge:coord:"): Coordinator {
  return {
    claim: async (key, ttlMs) => (await redis.set(prefix + key, "1", "PX", Math.max(1, Math.round(ttlMs)), "NX")) === "OK",
    release: async (key) => void (await redis.del(prefix + key)),
    take: async (bucket, rps, burst) => Number(await redis.eval(TAKE, 1, `${prefix}bucket:${bucket}`, rps, burst)),
  }
}
