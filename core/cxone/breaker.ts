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
  const calls = outcomes(4 * options.minCalls)
  let state: BreakerState = "closed"
  let openedAt = 0
  let probing = false

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
          calls.clear()
        } else {
          state = "open"
          openedAt = now
        }
        return
      }
      calls.add(now, success, now - options.windowMs)
      if (calls.size() < options.minCalls || calls.size() === 0) return
      if (calls.failed() / calls.size() >= options.failureRatio) {
        state = "open"
        openedAt = now
      }
    },
    state: () => state,
    retryAt: () => (state === "open" ? openedAt + options.cooldownMs : undefined),
  }
}

/**
 * The newest `capacity` calls in the window, in a ring, with a running count
 * of failures: recording one costs the same whatever the window holds.
 */
function outcomes(capacity: number) {
  const at = new Float64Array(Math.max(1, capacity))
  const ok = new Uint8Array(Math.max(1, capacity))
  let head = 0
  let size = 0
  let failed = 0
  const dropOldest = () => {
    if (!ok[head]) failed--
    head = (head + 1) % at.length
    size--
  }
  return {
    add(now: number, success: boolean, from: number) {
      while (size > 0 && at[head]! < from) dropOldest()
      if (capacity <= 0) return
      if (size === capacity) dropOldest()
      const i = (head + size) % at.length
      at[i] = now
      ok[i] = success ? 1 : 0
      size++
      if (!success) failed++
    },
    clear: () => void ((head = 0), (size = 0), (failed = 0)),
    size: () => size,
    failed: () => failed,
  }
}
