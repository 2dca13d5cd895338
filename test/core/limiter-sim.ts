// A simulated tenant on an event-driven fake clock: the limiter's discovery
// is run against a token bucket it is not told about, in fake time.
import { seededRandom, type Clock } from "../../core/clock.ts"
import { createLimiter, type LimiterOptions } from "../../core/cxone/limiter.ts"
import { parseRateHeaders } from "../../core/cxone/rate-headers.ts"

/** A clock whose time jumps to the next sleeper once everything else has settled. */
export function eventClock() {
  let now = 0
  const timers: { at: number; resolve: () => void }[] = []
  const clock: Clock & { run(until: number): Promise<void> } = {
    now: () => now,
    sleep: (ms) => new Promise<void>((resolve) => void timers.push({ at: now + Math.max(0, ms), resolve })),
    async run(until) {
      for (;;) {
        await new Promise((r) => setImmediate(r))
        if (timers.length === 0 || now >= until) return
        timers.sort((a, b) => a.at - b.at)
        const next = timers.shift()!
        now = Math.max(now, next.at)
        next.resolve()
      }
    },
  }
  return clock
}

export interface TenantModel {
  rps: number
  burst: number
  /** Count calls per fixed window of this many seconds (from 0), `rps * windowSec` each, instead of the bucket (`burst` unread). */
  windowSec?: number
  /** An accepted call's round trip (default 20 ms). */
  latencyMs?: number
  /**
   * How a batch comes back. Above 20/s the limiter lets calls go in batches; a real tenant answers a
   * refusal at its gateway at once and an accepted call after its work, each give or take some jitter,
   * so a batch's answers arrive out of order, its refusals first. Without this every answer takes
   * `latencyMs` and a batch comes back in the order it went (a refusal is decided as the call leaves).
   */
  batches?: {
    /** The way to the tenant and back, each half of it (ms). */
    networkMs: number
    /** The tenant's work on an accepted call (ms); a refusal has none. */
    workMs: number
    /** Uniform extra delay on each way (ms). */
    jitterMs: number
    seed: number
  }
  /** With `windowSec`: X-RateLimit-Limit, -Remaining and -Reset (whole seconds, as most APIs write it) of the window on every answer, no policy naming it. */
  windowHeaders?: boolean
  /** Extra headers on every answer (e.g. RateLimit-Policy). */
  headers?: (now: number) => Record<string, string>
  /** A sliding log instead of the bucket: at most `rps * scale(now)` accepted in any rolling second (`burst` unread). */
  log?: { scale?: (now: number) => number }
  /** At most this many calls at once instead of the bucket (`rps` and `burst` unread): the rest refused, Retry-After 1 s. */
  concurrency?: number
  /** This share of the accepted calls answered 500, 502 or 503 (no Retry-After) at random: faults, not throttling. */
  faults?: { share: number; seed: number }
}

export interface SimResult {
  accepted: number
  refused: number
  /** Accepted requests per whole second of the run. */
  perSecond: number[]
  /** First second whose accepted count reached 90% of the limit (Infinity if none). */
  secondsTo90: number
  /** Highest number of requests let through in any one second. */
  peakSent: number
  /** When (ms of fake time) each refused request was sent. */
  refusedAt: number[]
  /** The limit the limiter estimated, at the end of the run. */
  ceiling: number
  /** The cap on calls in flight it read, at the end of the run. */
  flightCap: number | undefined
}

/** Runs `workers` loops of acquire -> send -> release for `seconds` of fake time against a token-bucket tenant. */
export async function simulate(tenant: TenantModel, limiter: Partial<LimiterOptions>, seconds: number, workers = 32): Promise<SimResult> {
  const clock = eventClock()
  const l = createLimiter({ maxConcurrency: 32, initialConcurrency: 4, ...limiter }, clock)
  let tokens = tenant.burst
  let last = 0
  const perSecond: number[] = Array.from({ length: seconds }, () => 0)
  const sent: number[] = Array.from({ length: seconds + 1 }, () => 0)
  let accepted = 0
  let refused = 0
  const refusedAt: number[] = []
  let window = -1
  let count = 0
  const logged: number[] = []
  const faultRandom = seededRandom(tenant.faults?.seed ?? 1)
  const fault = (): { status: number; retryAfterMs?: number } => {
    if (!tenant.faults || faultRandom() >= tenant.faults.share) return { status: 200 }
    return { status: [500, 502, 503][Math.floor(faultRandom() * 3)]! }
  }
  let busy = 0
  const answer = () => {
    const now = clock.now()
    const second = Math.floor(now / 1000)
    if (second < sent.length) sent[second]!++
    if (tenant.concurrency !== undefined) {
      if (busy >= tenant.concurrency) {
        refusedAt.push(now)
        return { status: 429, retryAfterMs: 1000 }
      }
      busy++
      return fault()
    }
    if (tenant.log) {
      while (logged.length > 0 && logged[0]! <= now - 1000) logged.shift()
      const limit = Math.max(1, Math.floor(tenant.rps * (tenant.log.scale?.(now) ?? 1)))
      if (logged.length >= limit) {
        refusedAt.push(now)
        return { status: 429, retryAfterMs: Math.max(1, Math.ceil((logged[logged.length - limit]! + 1000 - now) / 1000)) * 1000 }
      }
      logged.push(now)
      return fault()
    }
    if (tenant.windowSec) {
      const span = tenant.windowSec * 1000
      if (Math.floor(now / span) !== window) [window, count] = [Math.floor(now / span), 0]
      if (count >= Math.max(1, Math.floor(tenant.rps * tenant.windowSec))) {
        refusedAt.push(now)
        return { status: 429, retryAfterMs: Math.max(1, Math.ceil(((window + 1) * span - now) / 1000)) * 1000 }
      }
      count++
      return { status: 200 }
    }
    tokens = Math.min(tenant.burst, tokens + ((now - last) / 1000) * tenant.rps)
    last = now
    if (tokens < 1) {
      refusedAt.push(now)
      return { status: 429, retryAfterMs: Math.max(1, Math.ceil((1 - tokens) / tenant.rps)) * 1000 }
    }
    tokens -= 1
    return fault()
  }
  // The window's count as its answer leaves, Reset rounded up to whole seconds.
  const windowHeaders = (): Record<string, string> => {
    if (!tenant.windowHeaders || !tenant.windowSec) return {}
    const span = tenant.windowSec * 1000
    const now = clock.now()
    const limit = Math.max(1, Math.floor(tenant.rps * tenant.windowSec))
    const used = Math.floor(now / span) === window ? count : 0
    return { "x-ratelimit-limit": String(limit), "x-ratelimit-remaining": String(limit - used), "x-ratelimit-reset": String(Math.max(1, Math.ceil(((Math.floor(now / span) + 1) * span - now) / 1000))) }
  }
  const end = seconds * 1000
  const b = tenant.batches
  const random = seededRandom(b?.seed ?? 1)
  const way = () => (b ? b.networkMs / 2 + random() * b.jitterMs : 0)
  const worker = async () => {
    while (clock.now() < end) {
      const permit = await l.acquire()
      const there = way()
      if (there > 0) await clock.sleep(there)
      const verdict = answer()
      const back = b ? way() + (verdict.status === 200 ? b.workMs : 0) : (tenant.latencyMs ?? 20)
      await clock.sleep(back)
      if (tenant.concurrency !== undefined && verdict.status !== 429) busy--
      const latencyMs = there + back
      const headers = new Headers({ ...windowHeaders(), ...tenant.headers?.(clock.now()) })
      permit.release({ ...verdict, latencyMs, quota: parseRateHeaders(headers, clock.now()) })
      const at = Math.floor(clock.now() / 1000)
      if (verdict.status === 429) {
        refused++
        await clock.sleep(verdict.retryAfterMs!)
      } else if (at < seconds && verdict.status === 200) {
        accepted++
        perSecond[at]!++
      }
    }
  }
  const running = Promise.all(Array.from({ length: workers }, worker))
  await clock.run(end + 60_000)
  await Promise.race([running, Promise.resolve()])
  const first = perSecond.findIndex((n) => n >= 0.9 * tenant.rps)
  return { accepted, refused, perSecond, secondsTo90: first < 0 ? Infinity : first + 1, peakSent: Math.max(...sent), refusedAt, ceiling: l.state().ceiling, flightCap: l.state().flightCap }
}

/**
 * `instances` limiters drawing from one shared budget (the memory coordinator, as redis would share it), each with
 * 16 workers, against one token-bucket tenant: what the tenant accepted of all of them, per second of the run.
 */
export async function simulateShared(tenant: { rps: number; burst: number }, instances: number, seconds: number): Promise<{ ofLimit: number; refusedShare: number }> {
  const { createMemoryCoordinator } = await import("../../core/coordination.ts")
  const clock = eventClock()
  const coordinator = createMemoryCoordinator(clock)
  const shared = { take: (r: number, b: number) => coordinator.take("t", r, b), agree: (r: number, c: "cut" | "raise") => coordinator.agree!("t", r, c) }
  const limiters = Array.from({ length: instances }, () => createLimiter({ maxConcurrency: 32, initialConcurrency: 8, shared }, clock))
  let [tokens, last, accepted, refused] = [tenant.burst, 0, 0, 0]
  const end = seconds * 1000
  const worker = async (l: ReturnType<typeof createLimiter>) => {
    while (clock.now() < end) {
      const permit = await l.acquire()
      const now = clock.now()
      tokens = Math.min(tenant.burst, tokens + ((now - last) / 1000) * tenant.rps)
      last = now
      const ok = tokens >= 1
      if (ok) tokens -= 1
      await clock.sleep(20)
      permit.release(ok ? { status: 200, latencyMs: 20 } : { status: 429, latencyMs: 20, retryAfterMs: 1000 })
      if (ok) accepted++
      else {
        refused++
        await clock.sleep(1000)
      }
    }
  }
  const running = Promise.all(limiters.flatMap((l) => Array.from({ length: 16 }, () => worker(l))))
  await clock.run(end + 5000)
  await Promise.race([running, Promise.resolve()])
  return { ofLimit: accepted / seconds / tenant.rps, refusedShare: refused / Math.max(1, accepted + refused) }
}
