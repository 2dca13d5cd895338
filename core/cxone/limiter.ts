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

/** The limiter's bounds, fixed when it is made. */
interface Caps {
  maxRps: number
  minRps: number
  minConc: number
  maxConc: number
  latencyCeiling: number
  /** Tokens the local bucket holds at most. */
  capacity: number
}

/** What the limiter learns as responses come back. */
interface Window {
  rate: number
  concurrency: number
  tokens: number
  lastRefill: number
  pausedUntil: number
  /** Successes in a row since the window last changed. */
  streak: number
}

function capsOf(options: LimiterOptions): Caps {
  const maxRps = options.rps
  return {
    maxRps,
    minRps: options.minRps ?? Math.max(0.5, maxRps / 20),
    minConc: options.minConcurrency ?? 1,
    maxConc: options.maxConcurrency,
    latencyCeiling: options.latencyCeilingMs ?? 10_000,
    // Spend only half the tenant's burst: the other half stays in the tenant's
    // bucket to absorb jitter (requests sent evenly can arrive bunched).
    capacity: Math.max(1, Math.ceil(options.burst / 2)),
  }
}

function refill(w: Window, caps: Caps, now: number): void {
  w.tokens = Math.min(caps.capacity, w.tokens + ((now - w.lastRefill) / 1000) * w.rate)
  w.lastRefill = now
}

/** A 429 halves the window, cuts the rate and pauses; a slow answer shrinks the window; a success probes back up. */
function adapt(w: Window, caps: Caps, outcome: Outcome, now: number): void {
  if (outcome.status === 429) {
    w.rate = Math.max(caps.minRps, w.rate * 0.7)
    w.concurrency = Math.max(caps.minConc, Math.floor(w.concurrency / 2))
    const wait = outcome.retryAfterMs ?? 1000 / w.rate
    w.pausedUntil = Math.max(w.pausedUntil, now + wait)
    w.tokens = Math.min(w.tokens, 0)
    w.streak = 0
    return
  }
  if (outcome.latencyMs > caps.latencyCeiling) {
    w.concurrency = Math.max(caps.minConc, w.concurrency - 1)
    w.streak = 0
    return
  }
  if (outcome.status !== undefined && outcome.status < 500) {
    w.rate = Math.min(caps.maxRps, w.rate + caps.maxRps * 0.01)
    if (++w.streak >= w.concurrency) {
      w.concurrency = Math.min(caps.maxConc, w.concurrency + 1)
      w.streak = 0
    }
  }
}

/**
 * A token bucket (requests/s and burst) in front of an adaptive concurrency
 * window. A 429 cuts the rate and the window (multiplicative decrease) and
 * pauses for Retry-After; each success probes back up (additive increase),
 * never past the configured caps.
 */
export function createLimiter(options: LimiterOptions, clock: Clock): Limiter {
  const caps = capsOf(options)
  const w: Window = {
    rate: caps.maxRps,
    concurrency: Math.min(caps.maxConc, options.initialConcurrency ?? caps.maxConc),
    tokens: caps.capacity,
    lastRefill: clock.now(),
    pausedUntil: 0,
    streak: 0,
  }
  let inFlight = 0
  let pumping = false
  const waiters: ((permit: Permit) => void)[] = []

  const makePermit = (): Permit => {
    let released = false
    return {
      release(outcome) {
        if (released) return
        released = true
        inFlight--
        adapt(w, caps, outcome, clock.now())
        void pump()
      },
    }
  }

  /** 0 when a request may go now (its token taken), else the ms to wait for one. */
  async function tokenWait(): Promise<number> {
    if (options.shared) return options.shared(w.rate, caps.capacity)
    refill(w, caps, clock.now())
    if (w.tokens < 1) return Math.ceil(((1 - w.tokens) / w.rate) * 1000)
    w.tokens -= 1
    return 0
  }

  async function pump() {
    if (pumping) return
    pumping = true
    try {
      while (waiters.length > 0) {
        const now = clock.now()
        if (now < w.pausedUntil) {
          await clock.sleep(w.pausedUntil - now)
          continue
        }
        if (inFlight >= w.concurrency) break
        const wait = await tokenWait()
        if (wait > 0) {
          await clock.sleep(wait)
          continue
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
    state: () => ({ rate: w.rate, concurrency: w.concurrency, inFlight, queued: waiters.length, pausedUntil: w.pausedUntil }),
  }
}
