import type { Random } from "../clock.ts"

/** Retry policy as data; `decideRetry` is the one function that reads it. */
export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number
  statuses: number[]
  baseDelayMs: number
  maxDelayMs: number
  /** A server's Retry-After is obeyed up to this. */
  retryAfterCapMs: number
  retryNetworkErrors: boolean
}

export const defaultRetryPolicy: RetryPolicy = {
  retries: 5,
  statuses: [408, 429, 500, 502, 503, 504],
  baseDelayMs: 250,
  maxDelayMs: 15_000,
  retryAfterCapMs: 60_000,
  retryNetworkErrors: true,
}

/** Where the backoff of a 429 without Retry-After starts (see decideRetry). */
const BLIND_REFUSAL_BASE_MS = 1000

export interface RetryInput {
  /** 0 for the first retry. */
  attempt: number
  status?: number
  networkError?: boolean
  /** The operation is idempotent, or made safe by If-Match or a journal. */
  safe: boolean
  retryAfterMs?: number
}

export interface RetryDecision {
  retry: boolean
  delayMs: number
}

/**
 * Decides whether one failed attempt is repeated and after how long.
 * A 429 was refused before any work was done, so it may be repeated even
 * for a non-idempotent operation; a 5xx or a dropped connection may have
 * done the work, so only safe operations repeat it. Unknown errors never
 * repeat.
 */
export function decideRetry(policy: RetryPolicy, input: RetryInput, random: Random): RetryDecision {
  const no = { retry: false, delayMs: 0 }
  if (input.attempt >= policy.retries) return no
  const refused = input.status === 429
  if (input.networkError) {
    if (!policy.retryNetworkErrors || !input.safe) return no
  } else if (input.status === undefined || !policy.statuses.includes(input.status)) {
    return no
  } else if (!refused && !input.safe) {
    return no
  }
  if (input.retryAfterMs !== undefined) {
    return { retry: true, delayMs: Math.min(Math.max(0, input.retryAfterMs), policy.retryAfterCapMs) }
  }
  // A refusal that names no Retry-After says nothing of when the tenant takes calls again (a quota's window may last
  // a minute): its backoff starts at a second. From 250 ms, 5 backoffs (about 4 s in all) gave up inside a
  // 100-per-5-s quota's window and 12 of 400 contacts failed (test/rate6); from 1 s they span about 15 s.
  const base = refused ? Math.max(policy.baseDelayMs, BLIND_REFUSAL_BASE_MS) : policy.baseDelayMs
  // Exponential backoff with full jitter (AWS architecture blog): uniform in [0, cap).
  const ceiling = Math.min(policy.maxDelayMs, base * 2 ** input.attempt)
  return { retry: true, delayMs: Math.floor(random() * ceiling) }
}

/**
 * Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. A date is read against the
 * answer's own `Date` header when it has one: a tenant whose clock is an hour ahead of ours asks for 2 s, not 3602 s.
 */
export function parseRetryAfter(value: string | null, now: number, serverDate?: string | null): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  const sent = serverDate ? Date.parse(serverDate) : Number.NaN
  return Math.max(0, date - (Number.isNaN(sent) ? now : sent))
}
