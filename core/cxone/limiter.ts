import { settledWithin, type Clock } from "../clock.ts"
import { createRateControl, defaultRateControl, SINGLE_PACING_RPS, type RateControl, type RateControlOptions } from "./rate-control.ts"
import type { RateHeaders } from "./rate-headers.ts"
import { permitLeases } from "./leases.ts"
import { concurrencyWindow, createFlightCap, levelledPermits, type FlightCap } from "./flight-cap.ts"
import { waitingLine, type Waiter } from "./waiting-line.ts"
import { saver, startOf, type RateMemory, type RememberedRate } from "./rate-memory.ts"

export type { RateMemory, RememberedRate } from "./rate-memory.ts"

/** A budget several instances share (redis): the rate they agree on and one bucket. */
export interface SharedBudget {
  /** Takes one request at `rps`: 0 when it may go, else the ms to wait. */
  take(rps: number, burst: number): Promise<number>
  /** Proposes a rate: a cut lowers the shared one at once, a raise is taken at most once a round. Answers the agreed rate. */
  agree(rps: number, change: "cut" | "raise"): Promise<number>
}

export interface LimiterOptions {
  /**
   * A ceiling the rate never exceeds (`--rps`, `CXEDGE_RPS`, `limits.rps`),
   * and where it starts. Without it the limiter finds the tenant's limit.
   */
  rps?: number
  /** The tenant's burst, when known: the limiter spends half of it and keeps the rest as headroom. */
  burst?: number
  maxConcurrency: number
  minConcurrency?: number
  initialConcurrency?: number
  /** Floor the rate never goes under. */
  minRps?: number
  /** A response slower than this shrinks the concurrency window. */
  latencyCeilingMs?: number
  /** The rate found in a former run, and where to keep the one found now. */
  memory?: RateMemory
  /** A remembered rate loses half its weight over this long (a stale memory must not cause a burst of 429s). */
  memoryHalfLifeMs?: number
  /** Instances sharing a store (redis) share one budget: the discovered rate is theirs together. */
  shared?: SharedBudget
  /** Tuning of the discovery (tests). */
  control?: Partial<Omit<RateControlOptions, "maxRps">>
  /**
   * How long a permit counts in the window if it is never released (its request was cancelled on Workers when
   * the client went away, and its code never ran again): the request timeout and a margin. Default 120 s.
   */
  leaseMs?: number
  /** The longest pause a Retry-After or a spent rate-limit window may impose on every call (the retry policy's cap). */
  maxPauseMs?: number
  /** Told of a pause of every call longer than a few seconds, so a user is not left watching nothing happen. */
  onPause?: (ms: number) => void
}

export interface Outcome {
  status?: number
  latencyMs: number
  retryAfterMs?: number
  /** The response's rate-limit headers, parsed. */
  quota?: RateHeaders
}

export interface Permit {
  release(outcome: Outcome): void
}

export interface LimiterState {
  rate: number
  /** The tenant's limit as estimated (Infinity while none is known). */
  ceiling: number
  phase: "start" | "steady"
  concurrency: number
  /** The most calls in flight the tenant was seen to take, when it refused more at once (see flight-cap.ts). */
  flightCap: number | undefined
  inFlight: number
  queued: number
  pausedUntil: number
}

/** The per-tenant gate every request passes; state is in memory, one per client. */
export interface Limiter {
  acquire(): Promise<Permit>
  state(): LimiterState
}

const NO_CEILING = 10_000

/** Up to this rate calls are paced one by one; above it the gate wakes at most every 50 ms and lets every due call go. */
const MAX_TICK_MS = 50
/**
 * While batching, the gate wakes when this share of a bucket is due, and the bucket may hold a quarter more
 * than its size: a timer that fires late (a loaded machine) finds the difference waiting, so lateness costs no rate.
 */
const DUE_SHARE = 0.8
const LATE_SLACK = 1.25

/**
 * The token bucket drawing at the control's rate, or at a trusted cap's (`raised`) when that is higher: local, or the
 * instances' shared one. Waiting at a cap's rate is no round bound at the control's, whose rate it leaves alone.
 */
function tokenBucket(options: LimiterOptions, clock: Clock, control: () => RateControl, raised: () => number) {
  const capacity = (rate: number) => (options.burst ? Math.max(1, Math.ceil(options.burst / 2)) : Math.max(1, rate / 20))
  const batching = (rate: number) => !options.shared && rate > SINGLE_PACING_RPS
  let tokens = 1
  let lastRefill = clock.now()
  const takeShared = async (rate: number) => {
    const wait = await options.shared!.take(rate, capacity(rate))
    if (wait > 0) control().bound()
    return wait
  }
  return {
    /**
     * 0 when a request may go now (its token taken), else the ms to wait for one. The local bucket answers
     * at once (no promise per request); only a shared budget (redis) answers with a promise.
     */
    wait(): number | Promise<number> {
      const now = clock.now()
      const own = control().rate(now)
      const rate = Math.max(own, raised())
      if (options.shared) return takeShared(rate)
      tokens = Math.min(capacity(rate) * (batching(rate) ? LATE_SLACK : 1), tokens + ((now - lastRefill) / 1000) * rate)
      lastRefill = now
      if (tokens >= 1) {
        tokens -= 1
        return 0
      }
      if (rate === own) control().bound()
      // At a high rate a wake-up per call (200 a second) costs far more CPU than the calls do: the gate
      // sleeps until most of a bucket is due (at most 50 ms' worth) and lets it go together, a burst the bucket
      // allows anyway. At 20/s or less, or on a shared budget, every call is still paced on its own.
      const due = batching(rate) ? Math.max(1, Math.min(capacity(rate) * DUE_SHARE, (rate * MAX_TICK_MS) / 1000)) : 1
      return Math.max(1, Math.ceil(((due - tokens) / rate) * 1000))
    },
    /** A 429: no saved-up tokens survive it. */
    drain: () => void (tokens = Math.min(tokens, 0)),
  }
}

/** How often an instance on a shared budget reads the rate the instances agreed on when its own did not change. */
const SYNC_MS = 350

/** What one answer changes: the rate (agreed with the other instances on redis), its memory, the bucket and the window. */
function adapter(
  options: LimiterOptions,
  clock: Clock,
  parts: { control(): RateControl; bucket: ReturnType<typeof tokenBucket>; window: ReturnType<typeof concurrencyWindow>; flight: FlightCap; pause(until: number): void },
) {
  const save = saver(options.memory, clock)
  let synced = -Infinity
  return (outcome: Outcome, sentAt: number, level: { own: number; out: number }) => {
    const control = parts.control()
    const now = clock.now()
    const before = control.rate(now)
    // A refusal past a trusted cap on calls in flight is the cap's: the rate control does not hear of it. Nor is a cap read
    // from a refusal in the crawl: two calls out as a counter's window stayed spent read a cap of 1, two probes past it
    // taken raised it to 3, and calls went at the 120/s it let through (a quota of 80 per 2 s, fake clock).
    if (!parts.flight.answer(level, outcome, sentAt, now, { rate: before, probing: control.probing() })) return
    const pause = control.record({ status: outcome.status, latencyMs: outcome.latencyMs, retryAfterMs: outcome.retryAfterMs, quota: outcome.quota, sentAt }, now)
    // An hour's X-RateLimit-Reset (or Retry-After) on an answer is not an hour of silence: at most maxPauseMs.
    const until = pause === undefined ? undefined : Math.min(pause, now + (options.maxPauseMs ?? 60_000))
    if (until !== undefined && until - now > LONG_PAUSE_MS) options.onPause?.(until - now)
    if (until !== undefined) parts.pause(until)
    const after = control.rate(now)
    // On a shared budget: a change is proposed to the others; with none, the agreed rate is read every round, so an
    // instance that did not raise it itself (it found nothing new) draws and judges at the rate they all draw at.
    if (options.shared && (after !== before || now - synced >= SYNC_MS)) {
      synced = now
      const change = after < before ? "cut" : "raise"
      // A raise put off (another instance raised within the round) is no cut: the rate waits at the agreed one.
      const take = (agreed: number) => (change === "raise" && agreed >= before && agreed < after ? parts.control().defer(agreed) : parts.control().adopt(agreed, clock.now()))
      options.shared.agree(after, change).then(take, () => undefined)
    }
    save(control)
    if (outcome.status === 429) parts.bucket.drain()
    parts.window.adapt(outcome)
  }
}

/** The bucket's answer, a number at once or a shared budget's promise; `failed` runs before its error is thrown on. */
function waitFor(waited: number | Promise<number>, failed: () => void): number | Promise<number> {
  return typeof waited === "number" ? waited : waited.catch((error) => {
    failed()
    throw error
  })
}

/** How long calls wait for the remembered rate before starting from the conservative rate. */
const MEMORY_WAIT_MS = 1000
/** A permit never released stops counting after this long (LimiterOptions.leaseMs). */
const DEFAULT_LEASE_MS = 120_000
/** How long the first caller may wait for a shared budget's store before the line goes on without it. */
const SHARED_WAIT_MS = 10_000

const LONG_PAUSE_MS = 5_000
/**
 * A token bucket whose rate is found as responses come back (see
 * rate-control.ts: slow start, then a hold under the accepted rate with
 * rare probes), in front of a concurrency window that shrinks when answers
 * get slow. A refused request waits its Retry-After (the retry policy); when
 * refusals persist after the rate was cut, or the headers say the window is
 * spent, every request waits. `rps` is a ceiling, never exceeded.
 *
 * @example
 * const limiter = createLimiter({ maxConcurrency: 16 }, systemClock) // finds the limit
 * const permit = await limiter.acquire()
 * permit.release({ status: 200, latencyMs: 12 })
 */
export function createLimiter(options: LimiterOptions, clock: Clock): Limiter {
  // On a shared budget this instance sees only its share of the tenant's answers (see `shared` in rate-state.ts).
  const tuning: RateControlOptions = { ...defaultRateControl, ...options.control, maxRps: options.rps ?? NO_CEILING, ...(options.minRps ? { minRps: options.minRps } : {}), shared: !!options.shared }
  let control: RateControl = createRateControl(tuning, startOf(options, undefined, clock.now()), clock.now())
  const window = concurrencyWindow(options)
  // No cap on calls in flight is read on a shared budget: this instance sees its own calls, not the tenant's. Calls go
  // at a trusted cap's rate, the control left alone (given it, the control took it for its own probe's progress).
  const flight = createFlightCap({ on: !options.shared, maxWindow: options.maxConcurrency, maxRps: options.rps })
  const bucket = tokenBucket(options, clock, () => control, flight.rate)
  let pausedUntil = 0
  const line = waitingLine()
  // The first calls wait for the remembered rate, at most MEMORY_WAIT_MS (on Workers a read begun by an ended request never settles).
  let loaded = !options.memory
  const remembered = (rate: RememberedRate | undefined) => void (control = createRateControl(tuning, startOf(options, rate, Date.now()), clock.now()))
  const read = options.memory?.load().then(remembered, () => undefined)
  const ready = (me: Waiter) => {
    line.actsIn(me, MEMORY_WAIT_MS)
    return settledWithin(read, MEMORY_WAIT_MS).then(() => void (loaded = true))
  }

  const adapt = adapter(options, clock, { control: () => control, bucket, window, flight, pause: (until) => void (pausedUntil = Math.max(pausedUntil, until)) })
  const leases = permitLeases(options.leaseMs ?? DEFAULT_LEASE_MS)
  const full = () => leases.full(flight.room(window.size(), clock.now()))
  const makePermit = levelledPermits<Outcome>(leases, flight, (outcome, sentAt, level) => {
    adapt(outcome, sentAt, level)
    line.wakeFirst()
  })

  /**
   * A permit at once: nobody queued, nothing paused, room in the window and a token in the
   * local bucket. What most requests find between the limiter's wake-ups; the order is kept (no one waits).
   */
  function permitNow(): Permit | undefined {
    if (line.length() > 0 || !loaded || options.shared || clock.now() < pausedUntil || full()) return undefined
    // No token: the caller queues and sleeps for one.
    if (bucket.wait() !== 0) return undefined
    return makePermit(clock.now())
  }

  async function queued(): Promise<Permit> {
    let me = await line.join()
    if (!loaded) await ready(me)
    for (;;) {
      // The line went on without this caller (it looked lost): it queues again.
      if (me.evicted) me = await line.join()
      const now = clock.now()
      if (now < pausedUntil) {
        line.actsIn(me, pausedUntil - now)
        await clock.sleep(pausedUntil - now)
        continue
      }
      // A release wakes the first caller when the window has room again; a lease that ends makes room too.
      if (full()) {
        await line.park(me, leases.nextEnd())
        continue
      }
      // A shared budget's store that fails fails this caller alone: it leaves the line, the next one goes on.
      line.actsIn(me, SHARED_WAIT_MS)
      const wait = await waitFor(bucket.wait(), () => line.drop(me))
      if (wait > 0) {
        // The callers let go just now run first (one turn per wake-up, not per call), then this one sleeps.
        await undefined
        line.actsIn(me, wait)
        await clock.sleep(wait)
        continue
      }
      if (me.evicted) continue
      line.leave(me)
      return makePermit(clock.now())
    }
  }

  return {
    acquire() {
      const permit = permitNow()
      return permit ? Promise.resolve(permit) : queued()
    },
    state: () => ({ rate: Math.max(control.rate(clock.now()), flight.rate()), ceiling: control.ceiling(), phase: control.phase(), concurrency: window.size(), flightCap: flight.cap(), inFlight: leases.size(), queued: line.length(), pausedUntil }),
  }
}
