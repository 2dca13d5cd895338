import type { Clock } from "../clock.ts"

export interface LimiterOptions {
  /** Most requests a second this client sends to the tenant. */
  rps: number
  /** The tenant's burst; the limiter spends half of it and keeps the rest as headroom. */
  burst: number
  maxConcurrency: number
  minConcurrency?: number
  initialConcurrency?: number
  /** Floor the adaptive rate never goes under. */
  minRps?: number
  /** A response slower than this shrinks the concurrency window. */
  latencyCeilingMs?: number
  /**
   * A bucket several instances share (redis): it replaces the local token
   * bucket, so their requests together stay within the tenant's rate.
   * Resolves 0 when a request may go, else the ms to wait.
   */
  shared?: (rps: number, burst: number) => Promise<number>
}

export interface Outcome {
  status?: number
  latencyMs: number
  retryAfterMs?: number
}

export interface Permit {
  release(outcome: Outcome): void
}

export interface LimiterState {
  rate: number
  concurrency: number
  inFlight: number
  queued: number
  pausedUntil: number
}

/** The per-tenant gate every request passes; state is in memory, one per client. */
export interface Limiter {
  acquire(): Promise<Permit>
  state(): LimiterState
}

/**
 * A token bucket (requests/s and burst) in front of an adaptive concurrency
 * window. A 429 cuts the rate and the window (multiplicative decrease) and
 * pauses for Retry-After; each success probes back up (additive increase),
 * never past the configured caps.
 */
export function createLimiter(options: LimiterOptions, clock: Clock): Limiter {
  const maxRps = options.rps
  const minRps = options.minRps ?? Math.max(0.5, maxRps / 20)
  const minConc = options.minConcurrency ?? 1
  const maxConc = options.maxConcurrency
  const latencyCeiling = options.latencyCeilingMs ?? 10_000
  // Spend only half the tenant's burst: the other half stays in the tenant's
  // bucket to absorb jitter (requests sent evenly can arrive bunched).
  const capacity = Math.max(1, Math.ceil(options.burst / 2))
  let rate = maxRps
  let concurrency = Math.min(maxConc, options.initialConcurrency ?? maxConc)
  let tokens = capacity
  let lastRefill = clock.now()
  let inFlight = 0
  let pausedUntil = 0
  let streak = 0
  let pumping = false
  const waiters: ((permit: Permit) => void)[] = []

  const refill = () => {
    const now = clock.now()
    tokens = Math.min(capacity, tokens + ((now - lastRefill) / 1000) * rate)
    lastRefill = now
  }

  const adapt = (outcome: Outcome) => {
    if (outcome.status === 429) {
      rate = Math.max(minRps, rate * 0.7)
      concurrency = Math.max(minConc, Math.floor(concurrency / 2))
      const wait = outcome.retryAfterMs ?? 1000 / rate
      pausedUntil = Math.max(pausedUntil, clock.now() + wait)
      tokens = Math.min(tokens, 0)
      streak = 0
      return
    }
    if (outcome.latencyMs > latencyCeiling) {
      concurrency = Math.max(minConc, concurrency - 1)
      streak = 0
      return
    }
    if (outcome.status !== undefined && outcome.status < 500) {
      rate = Math.min(maxRps, rate + maxRps * 0.01)
      if (++streak >= concurrency) {
        concurrency = Math.min(maxConc, concurrency + 1)
        streak = 0
      }
    }
  }

  const makePermit = (): Permit => {
    let released = false
    return {
      release(outcome) {
        if (released) return
        released = true
        inFlight--
        adapt(outcome)
        void pump()
      },
    }
  }

  async function pump() {
    if (pumping) return
    pumping = true
    try {
      while (waiters.length > 0) {
        const now = clock.now()
        if (now < pausedUntil) {
          await clock.sleep(pausedUntil - now)
          continue
        }
        if (inFlight >= concurrency) break
        if (options.shared) {
          const wait = await options.shared(rate, capacity)
          if (wait > 0) {
            await clock.sleep(wait)
            continue
          }
        } else {
          refill()
          if (tokens < 1) {
            await clock.sleep(Math.ceil(((1 - tokens) / rate) * 1000))
            continue
          }
          tokens -= 1
        }
        inFlight++
        waiters.shift()!(makePermit())
      }
    } finally {
      pumping = false
    }
  }

  return {
    acquire() {
      return new Promise<Permit>((resolve) => {
        waiters.push(resolve)
        void pump()
      })
    },
    state: () => ({ rate, concurrency, inFlight, queued: waiters.length, pausedUntil }),
  }
}
