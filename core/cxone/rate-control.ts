import { createAnswerWindow, type AnswerWindow } from "./answer-window.ts"
import type { RateHeaders } from "./rate-headers.ts"

/**
 * How the request rate is found, as data. The tenant signals its limit by
 * refusing (429), not by queueing: its latency stays flat right up to the
 * limit, so a delay-based estimate (Vegas, gradient) would have nothing to
 * read. The control is therefore loss-based, AIMD-shaped: a slow start that
 * doubles the rate per clean round, then, after the first 429, a hold just
 * under the rate the tenant actually accepted, with rare small probes above
 * it. The cut is not a blind halving. At the first 429 the tenant's accepted
 * rate over the last moments is taken (its burst still inflates it); every
 * later 429 of the same episode reads the limit exactly: the tenant's bucket
 * was empty at the episode's first refusal and is empty again now, so what
 * it accepted in between is its limit times the gap, within one request.
 * A probe above the held rate that fails returns to the held rate, and the
 * next probe waits twice as long (a failed probe costs a refusal or two, so
 * probes are spaced by answers, not only by time, to stay well under 1%).
 *
 * Above 40/s calls go out in batches and their answers come back in any
 * order, so neither the gap between refusals nor a short window reads the
 * limit closely (both read it up to 10% low, measured against the sandbox).
 * There the first refusal of the slow start, or of a failed probe, starts a
 * measurement: the tenant's bucket is empty at that refusal, so for the next
 * `measureMs` the client keeps sending a tenth over its estimate and counts
 * what the tenant accepts of the calls sent in that time. With the bucket
 * empty throughout, that count is the limit times the time, within a request
 * (a few refusals pay for it). No refusal at all means the estimate was low:
 * the rate climbs on, gently, until one comes.
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
  /** Held this long and this many answers before probing above the estimate (doubled after each failed probe). */
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
  /** A 429 this soon after the last one belongs to the same episode (the tenant's bucket is known empty since its start). */
  episodeMs: number
  /** An episode's gap is read as the limit once the tenant accepted this many requests in it. */
  episodeAnswers: number
  /** Above 40/s, how long a measurement of the limit sends (ms of calls whose answers are counted). */
  measureMs: number
  /** The measuring rate, as a factor of the estimate it starts from. */
  measureOver: number
}

/** At or under this rate the limiter sends calls one by one, above it in batches (limiter.ts). */
export const SINGLE_PACING_RPS = 20
export const defaultRateControl: Omit<RateControlOptions, "maxRps"> = {
  minRps: 0.5,
  startRps: 8,
  growth: 2,
  roundMs: 350,
  roundSamples: 4,
  hold: 0.97,
  probeAfterMs: 10_000,
  probeAfterSamples: 400,
  probeStep: 0.02,
  minSpanMs: 250,
  windowMs: 5000,
  pauseAfter429s: 3,
  episodeMs: 10_000,
  episodeAnswers: 4,
  measureMs: 1000,
  measureOver: 1.1,
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

/** What the control has learnt so far. */
interface State {
  phase: "start" | "steady"
  ceiling: number
  rate: number
  round: Round
  baseLatency: number
  heldSince: { at: number; samples: number } | undefined
  lastCut: number
  consecutive: number
  quotaCap: { rps: number; until: number } | undefined
  /** The tenant named its limit (a policy header): go there, never probe past it. */
  told: boolean
  recent: AnswerWindow
  /** Refusals close together: when the first was sent, the answers accepted since, the newest refusal's answer. */
  episode: { from: number; ok: number; last: number } | undefined
  /** A probe above the held rate is under way: the ceiling it started from. */
  probe: { ceiling: number } | undefined
  /** Probes that ended in a 429 since the last one that found room; each doubles the wait for the next. */
  failedProbes: number
  /** A measurement of the limit under way: the calls sent in [from, until) and what the tenant answered them. */
  measure: { from: number; until: number; rate: number; okSent: number[]; lastRefused: number; bound: boolean } | undefined
  /** A measurement found room: the slow start goes on a tenth per round, not doubling. */
  gentle: boolean
  /** The ceiling was measured (see startMeasure), not estimated from a short window. */
  exact: boolean
}

const freshRound = (at: number): Round => ({ start: at, samples: 0, latency: 0, bound: false })

/**
 * The rate the tenant accepted just now: over the newest answers, at least
 * `minSpanMs` and 10 answers long (a fresh window has the tenant's bucket
 * empty, so it reads its limit, not its burst), at most `windowMs`. With
 * too few answers to tell, half the current rate.
 */
function accepted(s: State, o: RateControlOptions, at: number): number {
  let ok = 0
  let all = 0
  let from = at
  for (let i = 0; i < s.recent.size; i++) {
    all++
    if (s.recent.okNewest(i)) ok++
    from = s.recent.atNewest(i)
    if (all >= 10 && at - from >= o.minSpanMs) break
  }
  if (all < 4) return s.rate / 2
  // n answers span n - 1 gaps: widen the span by one mean gap, or a short window reads high.
  const span = Math.max(o.minSpanMs, ((at - from) * all) / (all - 1))
  return (ok / span) * 1000
}

function settle(s: State, o: RateControlOptions, ceiling: number, at: number, hold = o.hold): void {
  s.ceiling = clamp(ceiling, o.minRps, o.maxRps)
  s.rate = clamp(s.ceiling * hold, o.minRps, o.maxRps)
  s.phase = "steady"
  s.lastCut = at
  s.heldSince = undefined
  s.probe = undefined
  s.exact = false
  s.round = freshRound(at)
}

/**
 * A 429 that says something new: within an episode, the answers accepted
 * since its first refusal over the gap (the limit, the burst spent before);
 * a failed probe, back to the ceiling it left unless it found much more
 * room; else the accepted rate of the last moments.
 */
function cut(s: State, o: RateControlOptions, sentAt: number, at: number): void {
  const e = s.episode
  // The gap reads the limit only while calls go out one or two at a time: bigger batches refuse in bursts under
  // the limit and the gap reads the client's own rate (40% low at 200/s, measured); there the accepted rate is used.
  if (e && at - e.last < o.episodeMs && sentAt > e.from && s.rate <= 2 * SINGLE_PACING_RPS) {
    e.last = at
    const gap = sentAt - e.from
    // Within one request: too few answers in the gap to read it, and the upper bound is all it says. The
    // bucket held under one token at each refusal, next to none at the first (sent fast, in slow start or
    // a probe): a quarter of a request more reads the limit without bias, measured against simulated tenants.
    const limit = e.ok >= o.episodeAnswers ? ((e.ok + 0.25) / gap) * 1000 : Math.min(((e.ok + 1) / gap) * 1000, accepted(s, o, at))
    return settle(s, o, Math.min(limit, s.rate), at)
  }
  s.episode = { from: sentAt, ok: 0, last: at }
  const probe = s.probe
  if (probe) s.failedProbes++
  if (s.rate > 2 * SINGLE_PACING_RPS && !s.told) {
    // A failed probe from a measured ceiling found the limit where it was: back under it, with no new
    // measurement (each costs refusals); its refusals left the bucket empty, so the next moment's are not news.
    if (probe && s.exact) return settleExact(s, o, probe.ceiling, at)
    if (s.phase === "start" || probe) return startMeasure(s, o, probe ? probe.ceiling : Math.min(accepted(s, o, at), s.rate), sentAt, at)
  }
  // A probe that found little room spent the burst over the limit. Back to the ceiling it left, not under
  // it: if that is still over the limit, the bucket is empty and the next refusal comes slowly, over a gap
  // long enough to read the limit closely; if it is under, the rate is the best one known.
  if (probe && s.rate <= probe.ceiling * 1.25) return settle(s, o, probe.ceiling, at, 1)
  settle(s, o, Math.min(accepted(s, o, at), s.rate), at)
}

/** The bucket is empty at `sentAt` (a refusal): send a tenth over `estimate` for `measureMs` and count what is accepted. */
function startMeasure(s: State, o: RateControlOptions, estimate: number, sentAt: number, at: number): void {
  const rate = clamp(Math.min(s.rate, estimate * o.measureOver), o.minRps, o.maxRps)
  settle(s, o, estimate, at)
  s.rate = rate
  s.measure = { from: sentAt, until: sentAt + o.measureMs, rate, okSent: [], lastRefused: sentAt, bound: false }
}

/**
 * Holds under a limit that was measured. The measurement (or a failed probe) left the tenant's bucket
 * empty; it refills slowly at the held rate, so refusals sent in the next moment are that, not a lower limit.
 */
function settleExact(s: State, o: RateControlOptions, ceiling: number, at: number): void {
  settle(s, o, ceiling, at)
  s.exact = true
  s.lastCut = at + o.measureMs
}

/** Answers to calls sent during a measurement arrive up to a few round trips after it. */
const measureSettleMs = (s: State) => Math.max(300, 3 * (Number.isFinite(s.baseLatency) ? s.baseLatency : 100))

/** Counts one answer into the measurement; once every answer is in, reads the limit from it. */
function measured(s: State, o: RateControlOptions, answer: RateAnswer, at: number): void {
  const m = s.measure!
  if (answer.status !== undefined && answer.sentAt > m.from && answer.sentAt < m.until) {
    if (answer.status === 429) m.lastRefused = Math.max(m.lastRefused, answer.sentAt)
    else m.okSent.push(answer.sentAt) // a 5xx spent a token too
  }
  const gap = m.lastRefused - m.from
  const ok = m.okSent.filter((t) => t <= m.lastRefused).length
  // What the tenant took so far already reads the limit roughly: send a tenth over that, not over the first estimate.
  if (at < m.until + measureSettleMs(s)) {
    if (gap >= o.measureMs / 16 && ok >= 8) s.rate = clamp(Math.min(m.rate, (ok / gap) * 1000 * o.measureOver), o.minRps, o.maxRps)
    return
  }
  s.measure = undefined
  s.episode = undefined
  // Both readings are floors, give or take a request at each end (a call's way to the tenant varies): the gap's
  // ends are known empty; the whole window's end is empty too while refusals lasted that long.
  if (gap >= o.measureMs / 4) return settleExact(s, o, Math.max(ok / gap, m.okSent.length / (m.until - m.from)) * 1000, at)
  // Refusals that stopped early: the client could not keep sending over the limit (its calls were waiting
  // out their Retry-After). What the tenant took of the window's calls is a floor of its limit.
  if (m.lastRefused > m.from || !m.bound) return settle(s, o, (m.okSent.length / (m.until - m.from)) * 1000, at)
  // Nothing refused while the rate held the calls back: the tenant takes at least the measuring rate. Climb on, gently.
  s.phase = "start"
  s.ceiling = Infinity
  s.gentle = true
  s.rate = m.rate
  s.round = freshRound(at)
}

function grow(s: State, o: RateControlOptions, at: number): void {
  if (s.phase === "start") {
    s.rate = Math.min(o.maxRps, s.rate * (s.gentle ? 1 + (o.growth - 1) / 10 : o.growth))
    return
  }
  const target = Math.min(o.maxRps, s.ceiling * o.hold)
  if (s.rate < target || s.told) {
    s.rate = Math.min(target, s.rate * 1.1)
    return
  }
  s.heldSince ??= { at, samples: 0 }
  const wait = 2 ** Math.min(s.failedProbes, 5)
  if (at - s.heldSince.at < o.probeAfterMs * wait || s.heldSince.samples < o.probeAfterSamples * wait) return
  s.probe ??= { ceiling: s.ceiling }
  // A probe that went a quarter past where it started without a refusal found room: probes are cheap again.
  if (s.rate > s.probe.ceiling * 1.25) s.failedProbes = 0
  s.rate = Math.min(o.maxRps, s.rate * (1 + o.probeStep))
  s.ceiling = Math.max(s.ceiling, s.rate)
}

function endRound(s: State, o: RateControlOptions, at: number): void {
  const mean = s.round.latency / s.round.samples
  s.baseLatency = Math.min(s.baseLatency, mean)
  // Latency that doubled (beyond noise) means the tenant queues us: hold, do not push.
  const flat = mean <= s.baseLatency * 2 + 50
  if (s.round.bound && flat) grow(s, o, at)
  s.round = freshRound(at)
}

/** What rate-limit headers say; answers a time before which nothing may go when the window is spent. */
function quota(s: State, o: RateControlOptions, q: RateHeaders | undefined, at: number): number | undefined {
  if (!q) return undefined
  if (q.limit !== undefined && q.windowSec !== undefined && q.limit > 0) {
    const limit = clamp(q.limit / q.windowSec, o.minRps, o.maxRps)
    if (!s.told || limit !== s.ceiling) s.rate = limit * o.hold
    s.ceiling = limit
    s.told = true
    s.phase = "steady"
  }
  if (q.remaining !== undefined && q.resetMs !== undefined) {
    if (q.remaining < 1 && q.resetMs > 0) return at + q.resetMs
    s.quotaCap = { rps: Math.max(o.minRps, q.remaining / Math.max(1, q.resetMs / 1000)), until: at + q.resetMs }
  }
  return undefined
}

function record(s: State, o: RateControlOptions, answer: RateAnswer, at: number): number | undefined {
  const refused = answer.status === 429
  s.recent.push(at, !refused && answer.status !== undefined && answer.status < 500)
  const pause = quota(s, o, answer.quota, at)
  // A measurement keeps its rate whatever it is answered (refusals are what it reads), unless the tenant names its limit.
  if (s.measure && !s.told) {
    measured(s, o, answer, at)
    return pause
  }
  if (refused) {
    // A request let through before the last cut was sent at the old rate: it says nothing new.
    if (answer.sentAt < s.lastCut) return pause
    s.consecutive++
    cut(s, o, answer.sentAt, at)
    if (s.consecutive < o.pauseAfter429s || answer.retryAfterMs === undefined) return pause
    s.episode = undefined // the bucket refills during the pause: what it accepts after says nothing of the episode
    return Math.max(pause ?? 0, at + answer.retryAfterMs)
  }
  // The tenant's bucket paid for a 5xx too: only a network failure says nothing about it.
  if (s.episode && answer.status !== undefined && answer.sentAt >= s.episode.from) s.episode.ok++
  if (answer.status === undefined || answer.status >= 500) return pause
  s.consecutive = 0
  s.round.samples++
  s.round.latency += answer.latencyMs
  if (s.heldSince) s.heldSince.samples++
  if (at - s.round.start >= o.roundMs && s.round.samples >= o.roundSamples) endRound(s, o, at)
  return pause
}

export function createRateControl(o: RateControlOptions, begin: RateStart | undefined, now: number): RateControl {
  const s: State = {
    phase: begin?.found ? "steady" : "start",
    ceiling: begin?.found ? clamp(begin.rps, o.minRps, o.maxRps) : Infinity,
    rate: clamp(begin ? (begin.found && !begin.given ? begin.rps * o.hold : begin.rps) : o.startRps, o.minRps, o.maxRps),
    round: freshRound(now),
    baseLatency: Infinity,
    heldSince: undefined,
    lastCut: -Infinity,
    consecutive: 0,
    quotaCap: undefined,
    told: false,
    recent: createAnswerWindow(o.windowMs),
    episode: undefined,
    probe: undefined,
    failedProbes: 0,
    measure: undefined,
    gentle: false,
    exact: false,
  }
  return {
    rate: (at) => (s.quotaCap && at < s.quotaCap.until ? Math.min(s.rate, s.quotaCap.rps) : s.rate),
    ceiling: () => s.ceiling,
    adopt(rps, at) {
      if (!(rps > 0) || Math.abs(rps - s.rate) < 1e-9) return
      if (rps < s.rate) {
        s.ceiling = clamp(rps / o.hold, o.minRps, o.maxRps)
        s.phase = "steady"
        s.lastCut = at
        s.heldSince = undefined
        s.probe = undefined
      }
      s.rate = clamp(rps, o.minRps, o.maxRps)
    },
    phase: () => s.phase,
    bound() {
      s.round.bound = true
      if (s.measure) s.measure.bound = true
    },
    record: (answer, at) => record(s, o, answer, at),
  }
}
