/**
 * Limit models a gateway in front of a tenant may use, written here from how gateways are documented to behave
 * (not from sandbox/guard.ts): each says whether one request may go now, and how fast it is answered.
 */

/** A gate's verdict on one request: admitted, or refused until `untilMs` (when a call would be taken again). */
export type Verdict = { admitted: true } | { admitted: false; untilMs: number }

export interface Gate {
  admit(now: number): Verdict
  /** The request was answered (a concurrency gate frees its slot). */
  done?(): void
  /** How long the answer takes beyond the base latency (a queue in front of the tenant). */
  delayMs?(now: number): number
  /** Honest X-RateLimit-* figures for an admitted call, when the gate has a window to count in. */
  quota?(now: number): { limit: number; remaining: number; resetSec: number }
  /** The most requests a second the gate takes at `at` (ms since the stand-in started), with `serviceMs` per call. */
  capacity(at: number, serviceMs: number): number
}

/** At most `n` requests in flight; the rest refused at once. No rate limit at all. */
export function concurrencyGate(n: number): Gate {
  let inFlight = 0
  return {
    admit(now) {
      if (inFlight >= n) return { admitted: false, untilMs: now + 1 }
      inFlight++
      return { admitted: true }
    },
    done: () => void inFlight--,
    capacity: (_at, serviceMs) => (n / serviceMs) * 1000,
  }
}

/** At most `n` accepted in any rolling `windowMs` (a sliding log); `scale(at)` lowers `n` for a while (another integration). */
export function slidingLogGate(n: number, windowMs = 1000, scale: (at: number) => number = () => 1): Gate {
  const log: number[] = []
  let start: number | undefined
  const limitAt = (now: number) => Math.max(1, Math.floor(n * scale(now - (start ??= now))))
  const trim = (now: number) => {
    while (log.length > 0 && log[0]! <= now - windowMs) log.shift()
  }
  return {
    admit(now) {
      trim(now)
      if (log.length >= limitAt(now)) return { admitted: false, untilMs: log[log.length - limitAt(now)]! + windowMs }
      log.push(now)
      return { admitted: true }
    },
    quota(now) {
      trim(now)
      return { limit: limitAt(now), remaining: Math.max(0, limitAt(now) - log.length), resetSec: Math.max(1, Math.ceil(((log[0] ?? now) + windowMs - now) / 1000)) }
    },
    capacity: (at) => (n * scale(at) * 1000) / windowMs,
  }
}

/** At most `n` a fixed window of `windowMs` (a per-minute quota), counted from the stand-in's start; refused to the window's end. */
export function windowQuotaGate(n: number, windowMs: number): Gate {
  let start: number | undefined
  let windowNo = -1
  let count = 0
  const roll = (now: number) => {
    const w = Math.floor((now - (start ??= now)) / windowMs)
    if (w !== windowNo) [windowNo, count] = [w, 0]
    return start + (w + 1) * windowMs
  }
  return {
    admit(now) {
      const end = roll(now)
      if (count >= n) return { admitted: false, untilMs: end }
      count++
      return { admitted: true }
    },
    quota(now) {
      const end = roll(now)
      return { limit: n, remaining: n - count, resetSec: Math.max(1, Math.ceil((end - now) / 1000)) }
    },
    capacity: () => (n * 1000) / windowMs,
  }
}

/** No refusal ever: one server works through a queue, `perSec` a second, and each answer waits its turn. */
export function queueGate(perSec: number): Gate {
  let freeAt = 0
  return {
    admit: () => ({ admitted: true }),
    delayMs(now) {
      freeAt = Math.max(now, freeAt) + 1000 / perSec
      return freeAt - now
    },
    capacity: () => perSec,
  }
}

/** Half the budget from `from` to `to` ms after the start (another integration took it), whole before and after. */
export const halvedBetween = (from: number, to: number) => (at: number) => (at >= from && at < to ? 0.5 : 1)

/** A seeded generator (mulberry32): the same faults on every run of a test. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
