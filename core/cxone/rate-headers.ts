/**
 * What a response says about the tenant's rate limit, when it says anything:
 * `X-RateLimit-Limit` / `-Remaining` / `-Reset` (the common de facto names),
 * `RateLimit-Limit` / `-Remaining` / `-Reset` and `RateLimit-Policy` (the
 * IETF httpapi draft), or the draft's later single `RateLimit: limit=, remaining=, reset=`.
 */
export interface RateHeaders {
  /** Requests allowed per window. */
  limit?: number
  /** Requests left in the current window. */
  remaining?: number
  /** Ms until the window resets. */
  resetMs?: number
  /** The window's length in seconds, when a policy names it (`RateLimit-Policy: 100;w=60`). */
  windowSec?: number
}

const number = (value: string | null | undefined): number | undefined => {
  if (value === null || value === undefined) return undefined
  const n = Number(value.trim().split(/[,;\s]/)[0])
  return Number.isFinite(n) && n >= 0 ? n : undefined
}

/** Reset as delta-seconds, or as an epoch in seconds (GitHub's style) when it is too large to be a delta. */
function resetMs(value: number | undefined, now: number): number | undefined {
  if (value === undefined) return undefined
  if (value > 1e9) return Math.max(0, value * 1000 - now)
  return value * 1000
}

const NONE: Readonly<Record<string, string>> = Object.freeze({})

function parameters(value: string | null): Readonly<Record<string, string>> {
  // Most responses carry no such header: no split, no object.
  if (!value) return NONE
  const out: Record<string, string> = {}
  for (const part of value.split(/[,;]/)) {
    const [k, v] = part.split("=")
    if (k && v !== undefined) out[k.trim().toLowerCase()] = v.trim().replace(/^"|"$/g, "")
  }
  return out
}

/** The rate-limit headers of one response; an empty object when there are none or none is readable. */
export function parseRateHeaders(headers: Headers, now: number): RateHeaders {
  const combined = parameters(headers.get("ratelimit"))
  const policy = headers.get("ratelimit-policy") ?? headers.get("x-ratelimit-policy")
  const window = policy ? number(parameters(policy).w) : undefined
  const limit = number(headers.get("x-ratelimit-limit") ?? headers.get("ratelimit-limit") ?? combined.limit ?? policy)
  const remaining = number(headers.get("x-ratelimit-remaining") ?? headers.get("ratelimit-remaining") ?? combined.remaining ?? combined.r)
  const reset = resetMs(number(headers.get("x-ratelimit-reset") ?? headers.get("ratelimit-reset") ?? combined.reset ?? combined.t), now)
  const out: RateHeaders = {}
  if (limit !== undefined) out.limit = limit
  if (remaining !== undefined) out.remaining = remaining
  if (reset !== undefined) out.resetMs = reset
  if (window !== undefined && window > 0) out.windowSec = window
  return out
}
