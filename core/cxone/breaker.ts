import type { Clock } from "../clock.ts"

export interface BreakerOptions {
  windowMs: number
  /** Calls in the window before the ratio counts. */
  minCalls: number
  failureRatio: number
  cooldownMs: number
}

export const defaultBreakerOptions: BreakerOptions = { windowMs: 10_000, minCalls: 20, failureRatio: 0.5, cooldownMs: 10_000 }

export type BreakerState = "closed" | "open" | "half-open"

export interface Breaker {
  /** False while open: the caller fails fast instead of adding load to a failing tenant. */
  allow(): boolean
  record(success: boolean): void
  state(): BreakerState
  /** While open: when the cool-down ends and a probe may go (a caller that waits instead of failing sleeps until then). */
  retryAt(): number | undefined
}

/**
 * A sampling circuit breaker: opens when the share of failed calls (5xx,
 * dropped connections) in the window passes the ratio, lets one probe through
 * after the cool-down, and closes again when the probe succeeds.
 */
export function createBreaker(options: BreakerOptions, clock: Clock): Breaker {
  let events: { at: number; ok: boolean }[] = []
  let state: BreakerState = "closed"
  let openedAt = 0
  let probing = false

  const prune = (now: number) => {
    const from = now - options.windowMs
    if (events.length && events[0]!.at < from) events = events.filter((e) => e.at >= from)
  }

  return {
    allow() {
      if (state === "closed") return true
      if (state === "open" && clock.now() - openedAt >= options.cooldownMs) {
        state = "half-open"
        probing = false
      }
      if (state === "half-open" && !probing) {
        probing = true
        return true
      }
      return false
    },
    record(success) {
      const now = clock.now()
      if (state === "half-open") {
        probing = false
        if (success) {
          state = "closed"
          events = []
        } else {
          state = "open"
          openedAt = now
        }
        return
      }
      events.push({ at: now, ok: success })
      prune(now)
      if (events.length > 4 * options.minCalls) events.splice(0, events.length - 4 * options.minCalls)
      if (events.length < options.minCalls) return
      const failed = events.reduce((n, e) => n + (e.ok ? 0 : 1), 0)
      if (failed / events.length >= options.failureRatio) {
        state = "open"
        openedAt = now
      }
    },
    state: () => state,
    retryAt: () => (state === "open" ? openedAt + options.cooldownMs : undefined),
  }
}
