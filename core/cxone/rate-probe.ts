import { SINGLE_PACING_RPS, type RateControlOptions, type State } from "./rate-state.ts"

// Probing above a held rate, and the readings that say a held rate may be low: what the tenant took in a second.

/** A ceiling under this share of what the tenant was seen to take is doubted (recordDoubt). */
const DOUBT_SHARE = 0.85
/** Nor is a ceiling doubted for fewer calls than this in a second: a small bucket's burst (3 at 5/s) is no room. */
const DOUBT_CALLS = 5
/**
 * A doubted ceiling is probed this many times sooner (a third of a second and a dozen answers after it was read, not
 * ten seconds and 400), its first step straight to DOUBT_SHARE of what the tenant was seen to take, the next ones
 * DOUBT_STEP times `probeStep`, faster past DOUBTED_ROOM. A sliding log of 40 read at 24 in the slow start's echo went
 * on at 24 for 4.5 s when the probe waited 1.25 s and 50 answers and climbed from 24 in steps of 8%; a job of 600
 * contacts wrote 31.7 a second against the seed's 34.7 (bench/rate-models.ts). A failed probe costs a refusal or two.
 */
const DOUBT_SOONER = 32
const DOUBT_STEP = 8
const DOUBTED_ROOM = 1.1
const DOUBT_TRIES_AFTER_CUT = 3
/** A round whose 5xx share is above this is not clean for a probe (see probeOn). */
const MAX_FAILED_SHARE = 0.1
/** A probe this far past its start without a refusal found room (see cut and probeOn). */
export const ROOM = 1.25
/** The largest step of a probe that found room, per clean round. */
const MAX_PROBE_STEP = 0.25

/** Held at the ceiling: after a wait (shorter when doubted), a probe above it, a step per clean round. */
export function probeOn(s: State, o: RateControlOptions, at: number): void {
  s.heldSince ??= { at, samples: 0 }
  if (at - s.heldSince.at >= HELD_RUN_MS) s.heldWell = s.probe ? s.probe.clean : s.ceiling
  const doubt = doubted(s)
  const wait = 2 ** Math.min(s.failedProbes, 5) / (doubt ? DOUBT_SOONER : 1)
  // The wait is for a probe's start; one under way goes on each clean round.
  if (s.lostFrom !== undefined && !lookingForLost(s)) s.lostFrom = undefined
  const answers = s.lostFrom !== undefined ? 0 : o.probeAfterSamples * wait
  if (!s.probe && (at - s.heldSince.at < o.probeAfterMs * wait || s.heldSince.samples < answers)) return
  // A round with more 5xx than random faults explain (a tenant throttling with lone 503s, each read as a fault) is
  // no clean round: the probe waits. Stepping on, a doubled step ran to 60/s over a 503-throttling limit of 40.
  if (s.round.failed > MAX_FAILED_SHARE * (s.round.samples + s.round.failed)) return
  // A doubted probe's first step goes to what the tenant's second said at once (see DOUBT_SOONER). One looking for a
  // lost limit steps as a doubted one does.
  const first = !s.probe
  const quick = doubt || s.lostFrom !== undefined
  s.probe ??= { ceiling: s.ceiling, step: o.probeStep * (quick ? DOUBT_STEP : 1), clean: s.ceiling }
  // The rate went a whole round without a refusal (the round ended bound and flat).
  s.probe.clean = Math.max(s.probe.clean, s.rate)
  // A probe that went a quarter past where it started without a refusal found room: probes are cheap again.
  if (s.probe.clean > s.probe.ceiling * ROOM) s.failedProbes = 0
  s.rate = Math.min(o.maxRps, Math.max(s.rate * (1 + s.probe.step), first && doubt ? s.doubt! * DOUBT_SHARE : 0))
  // Past a quarter over its start with no refusal, the held rate was low (a misread limit, or one given back): the
  // step doubles each clean round, to a quarter, so the climb takes seconds, not a minute of 2% rounds. Short of it
  // (a token bucket's burst lets a probe run a tenth or more over the limit for a while) it stays small and costs a
  // refusal or two.
  if (s.probe.clean > s.probe.ceiling * (quick ? DOUBTED_ROOM : ROOM)) s.probe.step = Math.min(MAX_PROBE_STEP, s.probe.step * 2)
  s.ceiling = Math.max(s.ceiling, s.rate)
  if (s.doubt !== undefined && s.ceiling >= s.doubt) s.doubt = undefined
}

/**
 * A held rate well under what the tenant was seen to take (recordDoubt) is probed sooner (DOUBT_SOONER). Only at or
 * under 40/s, where the limit is read from few calls (the gap between refusals, the accepted rate of a moment, a
 * measurement whose rate was cut under 40/s), which a log's echo skews; above it a measurement kept the tenant empty
 * for a second, and a counter of 5 s windows, which takes a second's worth at once, raised a doubt of its reading.
 */
const doubted = (s: State) => s.doubt !== undefined && s.ceiling < s.doubt * DOUBT_SHARE && s.doubt - s.ceiling >= DOUBT_CALLS && s.ceiling <= 2 * SINGLE_PACING_RPS

/** A doubt a probe that found room did not reach: the tenant took under DOUBT_SHARE of it in the probe's last second. */
export const doubtStands = (s: State, at: number) => s.doubt !== undefined && tookInASecond(s, at) < s.doubt * DOUBT_SHARE

/**
 * Calls the tenant accepted in the last second: what it was seen to take. A 1 s window, the span most limits are
 * said in; a longer window's limit shows less in it, and then no doubt is raised.
 */
export function tookInASecond(s: State, at: number): number {
  let ok = 0
  // A 5xx the tenant answered after letting the call in counted against its limit as well (a log holds it).
  for (let i = 0; i < s.recent.size && s.recent.atNewest(i) > at - 1000; i++) if (s.recent.takenNewest(i)) ok++
  return ok
}

/**
 * A reading is doubted when it holds the rate under DOUBT_SHARE of what the tenant was seen to take: in the second
 * before the slow start's first refusal, or at a ceiling held before a cut. A sliding log echoes the slow start's
 * burst for a second (refusals, then room), and readings taken in that echo read it a third low (27 of 40); a limit
 * halved for a while (another integration took its share) comes back. Either way only a probe finds the room again;
 * a doubted one comes sooner, until one finds room or the doubt's tries failed: a refusal or two more per try.
 * A token bucket's burst adds a fifth or so to its second (DOUBT_SHARE, DOUBT_CALLS): no doubt there.
 */
export function recordDoubt(s: State, o: RateControlOptions, before: { phase: State["phase"]; ceiling: number; probing: boolean }, at: number): void {
  if (o.shared) return // this instance sees its share of what the tenant took
  // A ceiling held is doubted for no more than the tenant took under it: one set over a 503-throttling log (its lone
  // 503s read as faults) held 52 against a log of 40, and each cut from it probed straight back over the log.
  const took = before.phase === "start" ? tookInASecond(s, at) : before.probing ? 0 : Math.min(before.ceiling, tookInASecond(s, at))
  // Kept even while the ceiling is above it: a measurement under way reads its ceiling later (rate-measure.ts).
  if (!Number.isFinite(took) || took <= 0) return
  // The most taken lately: a larger reading replaces it, and so does any once it is older than the memory.
  if (!s.tookBest || took >= s.tookBest.n || at - s.tookBest.at > TOOK_MEMORY_MS) s.tookBest = { n: took, at }
  // A cut at a held ceiling doubts it for what the tenant took in the seconds before, too, when its own doubt is gone:
  // a doubted probe that met a limit halved just then (a measurement misread a log of 40 at 20, its probe to 31 met
  // the halving) dropped the doubt, and the limit given back 5 s later was never probed for (held at 18 for 20 s).
  const recent = before.phase !== "start" && s.tookBest && at - s.tookBest.at <= TOOK_MEMORY_MS ? s.tookBest.n : 0
  const seen = Math.max(took, recent)
  s.doubt = Math.max(s.doubt ?? 0, seen)
  // A limit that was held and then cut may be given back at any moment: three probes, 0.3 s, then 0.6 s, then 1.25 s
  // (and as many answers) apart, before the cut is taken for good. The slow start's second gets one: a bucket as deep
  // as a second of its limit, or a counter's two windows in a second, look like room and are not.
  s.doubtTries = before.phase === "start" ? 1 : DOUBT_TRIES_AFTER_CUT
}

/** A lost limit (rate-state.ts, noteLoss) is looked for this many times, 10, 20, 40 and 80 s apart, then as any other. */
const LOST_TRIES = 4

/** Whether a lost limit (noteLoss) is still looked for by time alone. */
const lookingForLost = (s: State) => s.lostFrom !== undefined && s.ceiling < DOUBT_SHARE * s.lostFrom && s.failedProbes < LOST_TRIES

/** How long what the tenant was seen to take raises the doubt of a later cut (recordDoubt). */
const TOOK_MEMORY_MS = 10_000

/** How long a ceiling is held without a refusal before one is read as its edge, not a lower limit (see cut). */
export const HELD_RUN_MS = 3000

/**
 * What the tenant took in the last second, when the client sent at its rate all that second: a log refuses once its
 * window holds its limit, so that is the limit, where the accepted rate of the last moments reads the client's own
 * pace (a log halved from 40 to 20 was read at 26, then 23, then 20, a pause of a second each). A bucket took its
 * limit and what was left of its burst: no lower than the limit. Infinity when the client was not held back by its
 * rate (it had no more to send), and what the tenant took was the client's demand.
 */
export function tookWhileBusy(s: State, o: RateControlOptions, at: number): number {
  // On a shared budget this instance sees its share of what the tenant took, not all of it.
  if (o.shared) return Infinity
  let sent = 0
  for (let i = 0; i < s.recent.size && s.recent.atNewest(i) > at - 1000; i++) sent++
  // In the slow start the rate rose all that second: what was sent in it is no second at the rate.
  if (s.phase !== "steady") return Infinity
  return s.round.bound || sent >= s.rate * 0.9 ? Math.max(1, tookInASecond(s, at)) : Infinity
}
