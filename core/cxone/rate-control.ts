import { createAnswerWindow } from "./answer-window.ts"
import { blindPause } from "./blind-pause.ts"
import type { RateHeaders } from "./rate-headers.ts"
import { measured, settleExact, startMeasure } from "./rate-measure.ts"
import { doubtStands, HELD_RUN_MS, probeOn, recordDoubt, ROOM, tookInASecond, tookWhileBusy } from "./rate-probe.ts"
import { atTheDoor, calmRound, readThrottling, withFaults } from "./throttle-503.ts"
import { readWindow, windowLeftMs } from "./rate-window.ts"
import { readQuotaSpells } from "./rate-spells.ts"
import { accepted, clamp, CRAWL_RPS, freshRound, settle, SINGLE_PACING_RPS, tellPace, type RateAnswer, type RateControl, type RateControlOptions, type RateStart, type State } from "./rate-state.ts"

export { defaultRateControl, SINGLE_PACING_RPS, type RateAnswer, type RateControl, type RateControlOptions, type RateStart } from "./rate-state.ts"

/**
 * A 429 that says something new: within an episode, the answers accepted
 * since its first refusal over the gap (the limit, the burst spent before);
 * a failed probe, back to the ceiling it left unless it found much more
 * room; else the accepted rate of the last moments.
 */
function cut(s: State, o: RateControlOptions, sentAt: number, at: number): void {
  if (s.phase === "start" && !s.episode && s.recent.size < 4 && !o.shared) return firstRefusal(s, o, sentAt, at)
  // A probe that climbed a quarter past where it started before its first refusal found room: the limit is not
  // where it started, so the refusal is read as any other (measured, or the accepted rate), not as a failed probe.
  // Sent back to its start, a reading a third low (a sliding log read at 30 of 40) was kept for good.
  // Judged by the highest rate that went a whole round without a refusal, not the one refused: a step may overshoot.
  const probe = s.probe && s.probe.clean <= s.probe.ceiling * ROOM ? s.probe : undefined
  const roomy = s.probe !== undefined && !probe
  // A failed probe counts within an episode too: uncounted, a counter per second was probed every 3 s, a refusal or
  // two each time. A probe that found room answered the doubt (recordDoubt); failed ones, as many as it allows.
  if (probe) s.failedProbes++
  // A probe that found room, but less than the doubt (a limit still halved when the probe met it), leaves the doubt
  // for its next try: dropped, a log of 40 halved and given back 2 s later held at 20 for 20 s.
  if ((roomy && !doubtStands(s, at)) || (probe && --s.doubtTries <= 0)) s.doubt = undefined
  const e = s.episode
  // The gap reads the limit only while calls go out one or two at a time: bigger batches refuse in bursts under
  // the limit and the gap reads the client's own rate (40% low at 200/s, measured); there the accepted rate is used.
  if (e && at - e.last < o.episodeMs && sentAt > e.from && s.rate <= 2 * SINGLE_PACING_RPS) {
    // Nothing accepted since the episode's last refusal: the tenant is still empty, which that refusal said. A
    // sliding log or a counter refuses in runs (a log holding the last second's calls refuses until they age out),
    // and each refusal of a run read as a gap cut the rate again: 26 to 9/s in 100 ms when a log's limit halved.
    if (e.ok === 0) return probe ? settle(s, o, probe.ceiling, at, 1) : undefined
    e.last = at
    const gap = sentAt - e.from
    // Within one request: too few answers in the gap to read it, and the upper bound is all it says. The
    // bucket held under one token at each refusal, next to none at the first (sent fast, in slow start or
    // a probe): a quarter of a request more reads the limit without bias, measured against simulated tenants.
    const ok = withFaults(s, e.ok, e.fast)
    const limit = e.ok >= o.episodeAnswers ? ((ok + 0.25) / gap) * 1000 : Math.min(((ok + 1) / gap) * 1000, accepted(s, o, at))
    return settle(s, o, Math.min(limit, s.rate), at)
  }
  s.episode = { from: sentAt, ok: 0, fast: 0, last: at }
  // A probe that found room ran over the limit for the last second at a rate it chose: what the tenant took in that
  // second is the limit (a log's, or a bucket's and what was left of its burst). A measurement started there read a
  // log of 40 at 32, in the echo of the probe's last rounds.
  // That second's count is a measurement (settleExact): a later probe that fails comes back to it, and the refusals
  // of the next moment, while the probe's overshoot ages out, are not news.
  if (roomy && !o.shared) return settleExact(s, o, Math.min(s.rate, Math.max(1, tookInASecond(s, at))), at)
  if (s.rate > 2 * SINGLE_PACING_RPS && !s.told && o.measureMs > 0 && !o.shared) {
    // A failed probe from a measured ceiling found the limit where it was: back under it, with no new
    // measurement (each costs refusals); its refusals left the bucket empty, so the next moment's are not news.
    if (probe && s.exact) return settleExact(s, o, probe.ceiling, at)
    if (s.phase === "start" || probe) return startMeasure(s, o, probe ? probe.ceiling : Math.min(accepted(s, o, at), s.rate), sentAt, at)
  }
  // A probe that found little room spent the burst over the limit. Back to the ceiling it left, not under
  // it: if that is still over the limit, the bucket is empty and the next refusal comes slowly, over a gap
  // long enough to read the limit closely; if it is under, the rate is the best one known.
  if (probe) return settle(s, o, probe.ceiling, at, 1)
  // The first refusal after seconds held under a ceiling: a log's edge (its window holding its limit a moment, the
  // held rate's jitter), a bucket's last token; the limit is where it was read. Cut at each, a log of 40 lost 3% to 5%
  // a time. The ceiling stands, and the episode it opens reads a second refusal soon after as any other. Up to 40/s,
  // where calls go one by one; above it a counter of 5 s windows refuses once a window, and its ceiling never came
  // down from twice its limit.
  if (s.heldSince && at - s.heldSince.at >= HELD_RUN_MS && s.rate <= 2 * SINGLE_PACING_RPS) return settle(s, o, s.ceiling, at)
  settle(s, o, Math.min(accepted(s, o, at), s.rate, tookWhileBusy(s, o, at)), at)
}

/**
 * A refusal in the slow start before four answers came back reads no limit: `accepted` could only halve the
 * rate, and settling there made one stray 429 (a busy moment, a Retry-After of a second) the tenant's limit for
 * the whole run and the next (a 30-contact erasure went from 4 s to 2 minutes against a stand-in whose only 429
 * came on a job's second request). The rate is halved and the slow start goes on from there, with an episode
 * open: a second refusal soon after reads the limit from the answers in between, as any episode does.
 */
function firstRefusal(s: State, o: RateControlOptions, sentAt: number, at: number): void {
  s.rate = clamp((s.rate / 2) * o.hold, o.minRps, o.maxRps)
  s.lastCut = at
  s.round = freshRound(at)
  s.episode = { from: sentAt, ok: 0, fast: 0, last: at }
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
  probeOn(s, o, at)
}

function endRound(s: State, o: RateControlOptions, at: number): void {
  const mean = s.round.latency / s.round.samples
  s.baseLatency = Math.min(s.baseLatency, mean)
  // Latency that doubled (beyond noise) means the tenant queues us: hold, do not push.
  const flat = mean <= s.baseLatency * 2 + 50
  // A probe's rounds go over the held rate: a tenant that throttles with 503s answers them there.
  if (!s.probe) calmRound(s, s.round)
  if (s.round.bound && flat) grow(s, o, at)
  s.round = freshRound(at)
}

/**
 * What rate-limit headers say; answers a time before which nothing may go when the window is spent. Headers
 * proven wrong (a call sent after "remaining 0" and before its reset was accepted: a gateway sending
 * `X-RateLimit-Remaining: 0, Reset: 3600` on every answer) are not believed again: each paused every call.
 */
/** A window's remaining budget is paced once it would last less than this many seconds at the current rate. */
const PACE_LAST_SEC = 10

function quota(s: State, o: RateControlOptions, answer: RateAnswer, at: number): number | undefined {
  const q = answer.quota
  const ok = answer.status !== undefined && answer.status < 400
  if (ok && s.spent && answer.sentAt > s.spent.readAt && answer.sentAt < s.spent.until) {
    s.quotaWrong = true
    s.quotaCap = undefined
  }
  if (!q) return undefined
  if (q.limit !== undefined && q.windowSec !== undefined && q.limit > 0) {
    const limit = clamp(q.limit / q.windowSec, o.minRps, o.maxRps)
    if (!s.told || limit !== s.ceiling) s.rate = limit * o.hold
    s.ceiling = limit
    s.told = true
    s.phase = "steady"
  } else if (!s.quotaWrong) readHeaderWindow(s, o, q, answer.sentAt)
  // The window's end: read from its openings once known (the call's own window, from when it was sent), else Reset.
  const left = windowLeftMs(s.window, answer.sentAt)
  const end = left !== undefined ? answer.sentAt + left : q.resetMs !== undefined ? at + q.resetMs : undefined
  if (q.remaining !== undefined && end !== undefined && end > at && !s.quotaWrong) {
    if (q.remaining < 1) {
      s.spent = { readAt: at, until: end }
      return end
    }
    // A window's budget is a budget, not a pace: spent evenly from its start, an hourly quota of 36,000 held a job
    // at 10/s under a tenant taking 40/s (test/rate6). Paced over its last moments only (what is left would last
    // under PACE_LAST_SEC at the current rate), so the calls in flight as it runs out do not overrun it. Reset in
    // whole seconds is read as a whole second at least; a window whose openings were read, as what is left of it.
    const pace = Math.max(o.minRps, q.remaining / Math.max(left !== undefined ? 0.05 : 1, (end - at) / 1000))
    s.quotaCap = q.remaining < s.rate * PACE_LAST_SEC ? { rps: pace, until: end } : undefined
  }
  return undefined
}

/**
 * Reads a window the headers count in but do not name (rate-window.ts). Once its length is known the limit over it is
 * the tenant's pace, taken as a policy header's would be, unless refusals already read a limit well under it (headers
 * that claim more than the tenant takes: the refusals win).
 */
function readHeaderWindow(s: State, o: RateControlOptions, q: RateHeaders, sentAt: number): void {
  const known = s.window?.ms !== undefined
  s.window = readWindow(s.window, q, sentAt)
  if (known || s.window?.ms === undefined) return
  const limit = clamp((s.window.limit * 1000) / s.window.ms, o.minRps, o.maxRps)
  if (Number.isFinite(s.ceiling) && s.ceiling < limit * 0.8) return
  tellPace(s, o, limit)
}

/**
 * A refusal above 40/s says the tenant is empty now: a token bucket until it refills one token, a counter that
 * counts per second until its second ends (all of the rest of it). Calls sent meanwhile are refused and wasted, and
 * at the first refusal the slow start or a burst had the rate up to twice the limit: a counter's spent second
 * refused 20 to 30 calls at once, and each then waited out a Retry-After of a whole second. So until a call sent
 * after the refusal is accepted, calls go one by one, CRAWL_RPS a second; their refusals cut nothing (see record).
 */
function crawl(s: State, o: RateControlOptions, answer: RateAnswer, refused: boolean): void {
  if (refused && s.rate > 2 * SINGLE_PACING_RPS && !o.shared && !s.told) s.crawl = { from: Math.max(s.crawl?.from ?? -Infinity, answer.sentAt) }
  else if (s.crawl && !refused && answer.status !== undefined && answer.status < 500 && answer.sentAt > s.crawl.from) s.crawl = undefined
}

function record(s: State, o: RateControlOptions, said: RateAnswer, at: number): number | undefined {
  const answer = readThrottling(s, said, at)
  const refused = answer.status === 429
  // A call sent one by one after a refusal, refused too: the tenant is still empty (a counter's spent second), which
  // the first refusal already said. Read as news, each cut the rate again: 100 to 25/s in 200 ms (review).
  const crawling = s.crawl !== undefined && answer.sentAt > s.crawl.from
  const crawledFrom = s.crawl?.from
  crawl(s, o, answer, refused)
  // The tenant took a call again after the measurement's first refusal: the measurement reads from there.
  if (s.measure && s.measure.open === undefined && crawledFrom !== undefined && !s.crawl) s.measure.open = crawledFrom
  s.recent.push(at, !refused && answer.status !== undefined && answer.status < 500, !refused && answer.status !== undefined && !atTheDoor(s, answer))
  const blind = blindPause(s, answer, said, at)
  readQuotaSpells(s, o, answer)
  const headers = quota(s, o, answer, at)
  const pause = blind === undefined ? headers : Math.max(blind, headers ?? 0)
  // A measurement keeps its rate whatever it is answered (refusals are what it reads), unless the tenant names its limit.
  if (s.measure && !s.told) {
    measured(s, o, answer, at)
    return pause
  }
  if (refused) {
    // A request let through before the last cut was sent at the old rate: it says nothing new.
    if (answer.sentAt < s.lastCut || crawling) return pause
    s.consecutive++
    const before = { phase: s.phase, ceiling: s.ceiling, probing: s.probe !== undefined }
    cut(s, o, answer.sentAt, at)
    recordDoubt(s, o, before, at)
    if (s.consecutive < o.pauseAfter429s) return pause
    s.episode = undefined // the bucket refills during the pause: what it accepts after says nothing of the episode
    if (answer.retryAfterMs === undefined) return pause
    return Math.max(pause ?? 0, at + answer.retryAfterMs)
  }
  // The tenant's bucket paid for a 5xx too: only a network failure says nothing about it, and a 503 answered at the
  // gateway before any work (atTheDoor) only as its faults do (withFaults).
  const door = atTheDoor(s, answer)
  if (s.episode && answer.status !== undefined && answer.sentAt >= s.episode.from) door ? s.episode.fast++ : s.episode.ok++
  if (answer.status !== undefined && answer.status >= 500) {
    s.round.failed++
    if (door) s.round.fast++
  }
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
    spent: undefined,
    quotaWrong: false,
    told: false,
    recent: createAnswerWindow(o.windowMs),
    episode: undefined,
    probe: undefined,
    failedProbes: 0,
    measure: undefined,
    gentle: false,
    exact: false,
    crawl: undefined,
    run503: 0,
    calm: { answers: 0, fast: 0 },
    bare503: [],
    empty: undefined,
    doubt: undefined,
    doubtTries: 0,
    tookBest: undefined,
    heldWell: undefined,
    lostFrom: undefined,
  }
  return {
    rate: (at) => Math.min(s.crawl ? CRAWL_RPS : Infinity, s.quotaCap && at < s.quotaCap.until ? Math.min(s.rate, s.quotaCap.rps) : s.rate),
    ceiling: () => s.ceiling,
    defer(rps) {
      if (rps > 0) s.rate = clamp(rps, o.minRps, o.maxRps)
    },
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
    // The crawl's refusals are a counter's spent window, which reads no cap on calls in flight (flight-cap.ts).
    probing: () => s.probe !== undefined || s.crawl !== undefined,
    bound() {
      s.round.bound = true
      if (s.measure) s.measure.bound = true
    },
    record: (answer, at) => record(s, o, answer, at),
  }
}
