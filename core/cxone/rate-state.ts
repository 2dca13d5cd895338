import type { HeaderWindow, Spells } from "./rate-window.ts"
import type { AnswerWindow } from "./answer-window.ts"
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
 *
 * Not every tenant is a bucket: a gateway may count calls per second and refuse
 * the rest of a spent second. So the measurement reads between "edges" (a
 * refusal followed by an accepted call), which are a bucket's refusals and a
 * counter's second boundaries alike (rate-measure.ts, anchoredLimit), and after
 * a refusal above 40/s calls go one by one until one is accepted (rate-control.ts, crawl).
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
  /**
   * The budget is shared with other instances (redis): this one sees only its share of the tenant's answers. The
   * accepted rate is then the share of its calls the tenant accepted times the rate they all draw at, and no
   * measurement is made (it would read this instance's share as the limit).
   */
  shared?: boolean
  /** Above 40/s, how long a measurement of the limit sends (ms of calls whose answers are counted); 0: none. */
  measureMs: number
  /** The measuring rate, as a factor of the estimate it starts from. */
  measureOver: number
}

/** At or under this rate the limiter sends calls one by one, above it in batches (limiter.ts). */
export const SINGLE_PACING_RPS = 20
/** The rate while the tenant is known empty above 40/s (a refusal, and no call sent after it accepted yet). */
export const CRAWL_RPS = 10
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
  /** Whether a refusal now is the control's own: above the estimated limit on purpose, or in the crawl after a refusal. */
  probing(): boolean
  /** The gate waited for the rate during this round (the rate, not demand, bounds the traffic). */
  bound(): void
  /** Feeds one answer; returns a time before which nothing may be sent, when the tenant asks for one. */
  record(answer: RateAnswer, now: number): number | undefined
  /** Takes the rate other instances agreed on (a shared budget): a lower one is a cut this instance did not see. */
  adopt(rps: number, now: number): void
  /** Takes the rate the instances agreed on after a raise of this one's was put off (their raises are spaced): no cut. */
  defer(rps: number): void
}

export interface Round {
  start: number
  samples: number
  latency: number
  bound: boolean
  /** Answers of 5xx in the round, and of those the 503s answered at once (throttle-503.ts, atTheDoor). */
  failed: number
  fast: number
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

/** Goes to a pace read exactly from the tenant's own answers (a window its headers count in, a quota's spells), as to a policy header's limit: never probed past. */
export function tellPace(s: State, o: RateControlOptions, rps: number): void {
  s.ceiling = clamp(rps, o.minRps, o.maxRps)
  s.rate = s.ceiling * o.hold
  s.told = true
  s.phase = "steady"
}

/** What the control has learnt so far. */
export interface State {
  phase: "start" | "steady"
  ceiling: number
  rate: number
  round: Round
  baseLatency: number
  heldSince: { at: number; samples: number } | undefined
  lastCut: number
  consecutive: number
  quotaCap: { rps: number; until: number } | undefined
  /** The latest "window spent" (remaining 0): when it was read and the reset it named. */
  spent: { readAt: number; until: number } | undefined
  /** A call sent inside a window said spent was accepted: remaining/reset headers are not believed for the rest of the run. */
  quotaWrong: boolean
  /** The tenant named its limit (a policy header, or a window read from its headers): go there, never probe past it. */
  told: boolean
  /** The window rate-limit headers count in when no policy names it (rate-window.ts). */
  window?: HeaderWindow
  /** The spells of refusals a quota per window answers with (rate-spells.ts). */
  spells?: Spells
  recent: AnswerWindow
  /** Refusals close together: when the first was sent, the answers accepted since, the newest refusal's answer. */
  episode: { from: number; ok: number; fast: number; last: number } | undefined
  /** A probe above the held rate is under way: the ceiling it started from, its step per clean round, the highest rate of a clean round. */
  probe: { ceiling: number; step: number; clean: number } | undefined
  /** Probes that ended in a 429 since the last one that found room; each doubles the wait for the next. */
  failedProbes: number
  /** A measurement of the limit under way: the calls sent in [from, until) and what the tenant answered them. */
  measure:
    | {
        from: number
        until: number
        rate: number
        okSent: number[]
        /** When each 503 answered at once was sent (throttle-503.ts, withFaults). */
        fastSent: number[]
        /** `okSent` of the answers under 500 only: what marks the tenant taking calls again (see anchoredLimit). */
        cleanSent: number[]
        /** When each refused call of the measurement was sent: with `cleanSent`, where the tenant was empty. */
        refusedSent: number[]
        /** The first accepted call's send time (Infinity before one). */
        firstOk: number
        lastRefused: number
        okBefore: number
        bound: boolean
        /**
         * When the last refusal was sent before the tenant first took a call again (calls go one by one after a
         * refusal: rate-control.ts, crawl), or undefined before then. A counter refuses everything from the refusal that
         * spends its window to the window's end: that dead time reads no limit, and the measurement reads from here.
         */
        open?: number
      }
    | undefined
  /** A measurement found room: the slow start goes on a tenth per round, not doubling. */
  gentle: boolean
  /** The ceiling was measured (see startMeasure), not estimated from a short window. */
  exact: boolean
  /** A refusal above 40/s: until a call sent after it is accepted, calls go one at a time (see CRAWL_RPS). */
  crawl: { from: number } | undefined
  /** The latest answers' 503s in a row; the answers of clean rounds and their fast 503s (throttle-503.ts, withFaults). */
  run503: number
  calm: { answers: number; fast: number }
  /** When the bare 503s of the last few seconds came (throttle-503.ts). */
  bare503: number[]
  /** Refusals since the last accepted call: when the first was sent, and the blind pauses since (blind-pause.ts). */
  empty: { from: number; pauses: number } | undefined
  /** What the tenant was seen to take when the ceiling was read well under it (rate-control.ts, recordDoubt). */
  doubt: number | undefined
  /** Failed probes the doubt allows before the reading is taken as right. */
  doubtTries: number
  /** The most the tenant was seen to take when a doubt was recorded, and when: kept after the doubt is dropped (recordDoubt). */
  tookBest: { n: number; at: number } | undefined
  /** The last ceiling held 3 s or more, and one a cut took under 70% of it: a limit lost, looked for by time. */
  heldWell: number | undefined
  lostFrom: number | undefined
}

export const freshRound = (at: number): Round => ({ start: at, samples: 0, latency: 0, bound: false, failed: 0, fast: 0 })

/**
 * The rate the tenant accepted just now: over the newest answers, at least
 * `minSpanMs` and 10 answers long (a fresh window has the tenant's bucket
 * empty, so it reads its limit, not its burst), at most `windowMs`. With
 * too few answers to tell, or none of them accepted, half the current rate.
 */
export function accepted(s: State, o: RateControlOptions, at: number): number {
  let ok = 0
  let all = 0
  let from = at
  for (let i = 0; i < s.recent.size; i++) {
    all++
    if (s.recent.okNewest(i)) ok++
    from = s.recent.atNewest(i)
    if (all >= 10 && at - from >= o.minSpanMs) break
  }
  // No call accepted among them: a window-counting tenant refuses everything to its window's end, and read as a
  // rate that was 0/s (a 200/s limit settled at the minimum rate, against a counter's window): halve, as with too few.
  if (all < 4 || ok === 0) return s.rate / 2
  // A run of refusals (a batch refused together) must not read as no limit at all: at most a halving per cut.
  if (o.shared) return Math.max(0.5, ok / all) * s.rate
  // n answers span n - 1 gaps: widen the span by one mean gap, or a short window reads high.
  const span = Math.max(o.minSpanMs, ((at - from) * all) / (all - 1))
  return (ok / span) * 1000
}

export function settle(s: State, o: RateControlOptions, ceiling: number, at: number, hold = o.hold): void {
  noteLoss(s, o, clamp(ceiling, o.minRps, o.maxRps))
  s.ceiling = clamp(ceiling, o.minRps, o.maxRps)
  s.rate = clamp(s.ceiling * hold, o.minRps, o.maxRps)
  s.phase = "steady"
  s.lastCut = at
  s.heldSince = undefined
  s.probe = undefined
  s.exact = false
  s.round = freshRound(at)
}

export const LOST_SHARE = 0.7
/**
 * A ceiling held 3 s or more that drops under 70% of it (another integration took its share of the tenant) may come
 * back at any time; the ordinary wait before a probe counts answers as well as time (400 at 15 a second is half a
 * minute, doubled by the probe the drop failed). Failed probes counted against the old limit say nothing of the new
 * one: none are counted, and until a few fail or one climbs back, a probe waits for time alone (rate-probe.ts).
 */
function noteLoss(s: State, o: RateControlOptions, next: number): void {
  if (o.shared || s.heldWell === undefined || next >= LOST_SHARE * s.heldWell || (s.lostFrom ?? 0) >= s.heldWell) return
  ;[s.lostFrom, s.failedProbes] = [s.heldWell, 0]
}
