import { defaultRetryPolicy } from "./cxone/retry.ts"
import { ConfigError } from "./errors.ts"
import { kind, numberSetting, quotedNumber } from "./number-setting.ts"
import { didYouMean, twiceIn } from "./suggest.ts"

/** Ranges of `retry` (core/cxone/retry.ts) and `breaker` (core/cxone/breaker.ts) in a config file. */
export const RETRY_RANGES = {
  retries: { min: 0, max: 20, integer: true },
  baseDelayMs: { min: 0, max: 600_000 },
  maxDelayMs: { min: 0, max: 600_000 },
  retryAfterCapMs: { min: 0, max: 3_600_000 },
} as const
export const BREAKER_RANGES = {
  windowMs: { min: 1, max: 3_600_000 },
  minCalls: { min: 1, max: 100_000, integer: true },
  failureRatio: { min: 0, max: 1, exclusiveMin: true },
  cooldownMs: { min: 1, max: 3_600_000 },
} as const

/**
 * The `retry` and `breaker` sections of a config file: known keys, numbers in range. A typo'd
 * key (`maxAtempts`) or a string would otherwise leave the defaults in force without a word.
 */
export function checkRetryAndBreaker(file: { retry?: unknown; breaker?: unknown }, source: string): void {
  const sections = { retry: { ...RETRY_RANGES, statuses: undefined, retryNetworkErrors: undefined }, breaker: BREAKER_RANGES } as const
  for (const [section, ranges] of Object.entries(sections)) {
    const value = file[section as keyof typeof sections]
    if (value === undefined) continue
    const keys = Object.keys(ranges)
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      const where = `${source}: ${section}.${key}`
      if (!keys.includes(key)) throw new ConfigError("config", `${where} is unknown${didYouMean(key, keys)}: use ${keys.join(", ")}`)
      if (key === "retryNetworkErrors") {
        if (typeof child !== "boolean") throw new ConfigError("config", `${where} must be true or false, not ${kind(child)}`)
        continue
      }
      if (key === "statuses") {
        const ok = Array.isArray(child) && child.every((n) => Number.isInteger(n) && n >= 400 && n <= 599)
        if (!ok) throw new ConfigError("config", `${where} must be a list of HTTP statuses from 400 to 599, e.g. [429, 503]`)
        // [] retried no status at all in silence; [429, 429] was taken as it was.
        if (!child.length) throw new ConfigError("config", `${where} is empty: name the statuses to retry, e.g. [429, 503] (retry.retries: 0 retries none)`)
        const repeated = twiceIn(child)
        if (repeated !== undefined) throw new ConfigError("config", `${where} holds ${repeated} twice: give each status once`)
        continue
      }
      if (typeof child !== "number") throw new ConfigError("config", `${where} must be a number, not ${kind(child)}${typeof child === "string" ? quotedNumber(key, child) : ""}`)
      numberSetting(child, where, ranges[key as keyof typeof ranges] as { min: number; max: number })
    }
  }
  checkRetryDelays(file.retry as { baseDelayMs?: number; maxDelayMs?: number } | undefined, source)
}

/**
 * A first delay above the ceiling (`baseDelayMs` 20000 with the default `maxDelayMs` 15000) was taken: every
 * backoff was then cut to the ceiling, and the first delay set never applied. A ceiling given alone below the default
 * first delay (`maxDelayMs` 100, or 0: no waits) is a cap the user asked for, and is taken.
 */
function checkRetryDelays(retry: { baseDelayMs?: number; maxDelayMs?: number } | undefined, source: string): void {
  if (retry?.baseDelayMs === undefined) return
  const base = retry.baseDelayMs
  const max = retry.maxDelayMs ?? defaultRetryPolicy.maxDelayMs
  if (base <= max) return
  throw new ConfigError("config", `${source}: retry.baseDelayMs (${base}) is above retry.maxDelayMs (${max}${retry.maxDelayMs === undefined ? ", the default" : ""}), the ceiling of every backoff: lower the one, or raise the other`)
}
