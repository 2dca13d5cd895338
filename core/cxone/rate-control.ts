import type { RateHeaders } from "./rate-headers.ts"

/**
 * How the request rate is found, as data. The tenant signals its limit by
 * refusing (429), not by queueing: its latency stays flat right up to the
 * limit, so a delay-based estimate (Vegas, gradient) would have nothing to
 * read. The control is therefore loss-based, AIMD-shaped: a slow start that
 * doubles the rate per clean round, then, after the first 429, a hold just
 * under the rate the tenant actually accepted, with rare small probes above
 * it. The cut is not a blind halving: the tenant's accepted rate over the
 * last second is measured, which is its limit once its burst is spent.
 */
export interface RateControlOptions {
  /** Never exceeded (`--rps`, `limits.rps`). */
  maxRps: number
  minRps: number
  /** Where discovery starts with nothing known. */
  startRps: number
  /** Slow start: the rate's factor per clean round. */
  growth: number
  /** A round lasts at least this long and sees at least `roundSamples` answers. */
  roundMs: number
  roundSamples: number
  /** The steady rate, as a share of the estimated limit: the rest lets the tenant's bucket refill. */
  hold: number
  /** Held this long (and this many answers) before probing above the estimate. */
  probeAfterMs: number
  probeAfterSamples: number
  /** Probe step per clean round, as a share of the rate. */
  probeStep: number
  /** The accepted rate is measured over the newest answers: at least this long... */
  minSpanMs: number
  /** ...and at most this long. */
  windowMs: number
  /** This many 429s in a row, after the rate was cut, pause every request for the Retry-After. */
  pauseAfter429s: number
}

export const defaultRateControl: Omit<RateControlOptions, "maxRps"> = {
  minRps: 0.5,
  startRps: 8,
  growth: 2,
  roundMs: 350,
  roundSamples: 4,
  hold: 0.97,
  probeAfterMs: 10_000,
  probeAfterSamples: 300,
  probeStep: 0.02,
  minSpanMs: 250,
  windowMs: 5000,
  pauseAfter429s: 3,
}

/** What the control knows at its start: a rate the user fixed, or one remembered from a former run. */
export interface RateStart {
  rps: number
  /** True when `rps` is a limit the tenant showed (a 429 was seen), not only a rate that went through. */
  found: boolean
  /** The user set it (`--rps`): start at it, not under it. */
  given?: boolean
}

export interface RateAnswer {
  status?: number
  latencyMs: number
  retryAfterMs?: number
  quota?: RateHeaders
  /** When the request was let through the gate. */
  sentAt: number
}

export interface RateControl {
  rate(now: number): number
  /** The estimated limit (Infinity while none is known). */
  ceiling(): number
  phase(): "start" | "steady"
  /** The gate waited for the rate during this round (the rate, not demand, bounds the traffic). */
  bound(): void
  /** Feeds one answer; returns a time before which nothing may be sent, when the tenant asks for one. */
  record(answer: RateAnswer, now: number): number | undefined
  /** Takes the rate other instances agreed on (a shared budget): a lower one is a cut this instance did not see. */
  adopt(rps: number, now: number): void
}

interface Round {
  start: number
  samples: number
  latency: number
  bound: boolean
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

export function createRateControl(o: RateControlOptions, begin: RateStart | undefined, now: number): RateControl {
  let phase: "start" | "steady" = begin?.found ? "steady" : "start"
  let ceiling = begin?.found ? clamp(begin.rps, o.minRps, o.maxRps) : Infinity
  let rate = clamp(begin ? (begin.found && !begin.given ? begin.rps * o.hold : begin.rps) : o.startRps, o.minRps, o.maxRps)
  let round: Round = { start: now, samples: 0, latency: 0, bound: false }
  let baseLatency = Infinity
  let heldSince: { at: number; samples: number } | undefined
  let lastCut = -Infinity
  let consecutive = 0
  let quotaCap: { rps: number; until: number } | undefined
  /** The tenant named its limit (a policy header): go there, never probe past it. */
  let told = false
  const recent: { at: number; ok: boolean }[] = []
  const firstAt = now

  /**
   * The rate the tenant accepted just now: over the newest answers, at least
   * `minSpanMs` and 10 answers long (a fresh window has the tenant's bucket
   * empty, so it reads its limit, not its burst), at most `windowMs`. With
   * too few answers to tell, half the current rate.
   */
  const accepted = (at: number): number => {
    let ok = 0
    let all = 0
    let from = at
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!
      all++
      if (r.ok) ok++
      from = r.at
      if (all >= 10 && at - from >= o.minSpanMs) break
    }
    if (all < 4) return rate / 2
    // n answers span n - 1 gaps: widen the span by one mean gap, or a short window reads high.
    const span = Math.max(o.minSpanMs, ((at - from) * all) / (all - 1))
    return (ok / span) * 1000
  }

  const cut = (at: number) => {
    ceiling = clamp(Math.min(accepted(at), rate), o.minRps, o.maxRps)
    rate = clamp(ceiling * o.hold, o.minRps, o.maxRps)
    phase = "steady"
    lastCut = at
    heldSince = undefined
    round = { start: at, samples: 0, latency: 0, bound: false }
  }

  const grow = (at: number) => {
    if (phase === "start") {
      rate = Math.min(o.maxRps, rate * o.growth)
      return
    }
    const target = Math.min(o.maxRps, ceiling * o.hold)
    if (rate < target || told) {
      rate = Math.min(target, rate * 1.1)
      return
    }
    heldSince ??= { at, samples: 0 }
    const held = at - heldSince.at
    if (held < 6 * o.probeAfterMs && (held < o.probeAfterMs || heldSince.samples < o.probeAfterSamples)) return
    rate = Math.min(o.maxRps, rate * (1 + o.probeStep))
    ceiling = Math.max(ceiling, rate)
  }

  const endRound = (at: number) => {
    const mean = round.latency / round.samples
    baseLatency = Math.min(baseLatency, mean)
    // Latency that doubled (beyond noise) means the tenant queues us: hold, do not push.
    const flat = mean <= baseLatency * 2 + 50
    if (round.bound && flat) grow(at)
    round = { start: at, samples: 0, latency: 0, bound: false }
  }

  const quota = (q: RateHeaders | undefined, at: number): number | undefined => {
    if (!q) return undefined
    if (q.limit !== undefined && q.windowSec !== undefined && q.limit > 0) {
      const limit = clamp(q.limit / q.windowSec, o.minRps, o.maxRps)
      if (!told || limit !== ceiling) rate = limit * o.hold
      ceiling = limit
      told = true
      phase = "steady"
    }
    if (q.remaining !== undefined && q.resetMs !== undefined) {
      if (q.remaining < 1 && q.resetMs > 0) return at + q.resetMs
      quotaCap = { rps: Math.max(o.minRps, q.remaining / Math.max(1, q.resetMs / 1000)), until: at + q.resetMs }
    }
    return undefined
  }

  return {
    rate: (at) => (quotaCap && at < quotaCap.until ? Math.min(rate, quotaCap.rps) : rate),
    ceiling: () => ceiling,
    adopt(rps, at) {
      if (!(rps > 0) || Math.abs(rps - rate) < 1e-9) return
      if (rps < rate) {
        ceiling = clamp(rps / o.hold, o.minRps, o.maxRps)
        phase = "steady"
        lastCut = at
        heldSince = undefined
      }
      rate = clamp(rps, o.minRps, o.maxRps)
    },
    phase: () => phase,
    bound: () => void (round.bound = true),
    record(answer, at) {
      const refused = answer.status === 429
      recent.push({ at, ok: !refused && answer.status !== undefined && answer.status < 500 })
      while (recent.length > 0 && recent[0]!.at < at - o.windowMs) recent.shift()
      const pause = quota(answer.quota, at)
      if (refused) {
        consecutive++
        // A request let through before the last cut was sent at the old rate: it says nothing new.
        if (answer.sentAt >= lastCut) cut(at)
        if (consecutive >= o.pauseAfter429s && answer.retryAfterMs !== undefined) return Math.max(pause ?? 0, at + answer.retryAfterMs)
        return pause
      }
      if (answer.status === undefined || answer.status >= 500) return pause
      consecutive = 0
      round.samples++
      round.latency += answer.latencyMs
      if (heldSince) heldSince.samples++
      if (at - round.start >= o.roundMs && round.samples >= o.roundSamples) endRound(at)
      return pause
    },
  }
}
