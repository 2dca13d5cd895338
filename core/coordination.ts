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
  /**
   * The rate every instance draws `bucket` at, once one was agreed: a `cut`
   * lowers it at once, to at most half (a 429 seen by one instance slows them
   * all; one that judged at a stale rate does not stop them), a `raise`
   * is taken at most once per `roundMs` and by at most `maxStep` (so N
   * instances probing together do not raise it N times). Answers the
   * agreed rate; `take` then draws at it whatever rate its caller passes.
   */
  agree?(bucket: string, rps: number, change: "cut" | "raise", roundMs?: number, maxStep?: number): Promise<number>
}

interface Agreed {
  rate: number
  at: number
}

function agreeOn(current: Agreed | undefined, rps: number, change: "cut" | "raise", now: number, roundMs: number, maxStep: number): Agreed {
  if (!current) return { rate: rps, at: now }
  if (change === "cut") return rps < current.rate ? { rate: Math.max(rps, current.rate / 2), at: now } : current
  if (now - current.at < roundMs || rps <= current.rate) return current
  return { rate: Math.min(rps, current.rate * maxStep), at: now }
}

export function createMemoryCoordinator(clock: Clock): Coordinator {
  const leases = new Map<string, number>()
  const buckets = new Map<string, { tokens: number; at: number }>()
  const agreed = new Map<string, Agreed>()
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
    async agree(bucket, rps, change, roundMs = 500, maxStep = 2) {
      const next = agreeOn(agreed.get(bucket), rps, change, clock.now(), roundMs, maxStep)
      agreed.set(bucket, next)
      return next.rate
    },
    async take(bucket, rate, burst) {
      const now = clock.now()
      const rps = agreed.get(bucket)?.rate ?? rate
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
local burst = tonumber(ARGV[2])
local s = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'rate')
-- What the key holds is used only as this script writes it: a rate under any floor a config may set (limits.minRps 0.1) or past any tenant's, tokens outside the
-- bucket, a time to come (an edited or damaged key) are read as none, and the bucket starts afresh.
local rate = tonumber(s[3])
if rate == nil or rate ~= rate or rate < 0.1 or rate > 100000 then rate = tonumber(ARGV[1]) end
local tokens = tonumber(s[1])
if tokens == nil or tokens ~= tokens or tokens < 0 or tokens > burst then tokens = burst end
local at = tonumber(s[2])
if at == nil or at ~= at or at > now then at = now end
tokens = math.min(burst, tokens + (now - at) / 1000 * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate * 1000) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], 600000)
return wait
`

// The rate the instances agree on, kept beside the bucket (same key, same clock): see Coordinator.agree.
const AGREE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local rps = tonumber(ARGV[1])
local s = redis.call('HMGET', KEYS[1], 'rate', 'changed')
local rate = tonumber(s[1])
local changed = tonumber(s[2]) or 0
if changed ~= changed or changed > now then changed = 0 end
if rate == nil or rate ~= rate or rate < 0.1 or rate > 100000 then rate = rps; changed = now
elseif ARGV[2] == 'cut' then if rps < rate then rate = math.max(rps, rate / 2); changed = now end
elseif now - changed >= tonumber(ARGV[3]) and rps > rate then rate = math.min(rps, rate * tonumber(ARGV[4])); changed = now end
redis.call('HSET', KEYS[1], 'rate', tostring(rate), 'changed', tostring(changed))
redis.call('PEXPIRE', KEYS[1], 600000)
return tostring(rate)
`

export function createRedisCoordinator(redis: RedisLike, prefix = "cxedge:coord:"): Coordinator {
  return {
    claim: async (key, ttlMs) => (await redis.set(prefix + key, "1", "PX", Math.max(1, Math.round(ttlMs)), "NX")) === "OK",
    release: async (key) => void (await redis.del(prefix + key)),
    take: async (bucket, rps, burst) => Number(await redis.eval(TAKE, 1, `${prefix}bucket:${bucket}`, rps, burst)),
    agree: async (bucket, rps, change, roundMs = 500, maxStep = 2) => Number(await redis.eval(AGREE, 1, `${prefix}bucket:${bucket}`, rps, change, roundMs, maxStep)),
  }
}
