import { clamp, freshRound, settle, type RateAnswer, type RateControlOptions, type State } from "./rate-state.ts"
import { atTheDoor, withFaults } from "./throttle-503.ts"

// Measuring the limit above 40 requests/s (see rate-state.ts): the calls sent while the tenant's bucket is empty, counted.

/** The bucket is empty at `sentAt` (a refusal): send a tenth over `estimate` for `measureMs` and count what is accepted. */
export function startMeasure(s: State, o: RateControlOptions, estimate: number, sentAt: number, at: number): void {
  const rate = clamp(Math.min(s.rate, estimate * o.measureOver), o.minRps, o.maxRps)
  settle(s, o, estimate, at)
  s.rate = rate
  s.measure = { from: sentAt, until: sentAt + o.measureMs, rate, okSent: [], fastSent: [], cleanSent: [], refusedSent: [], firstOk: Infinity, lastRefused: sentAt, okBefore: 0, bound: false }
}

/**
 * Holds under a limit that was measured. The measurement (or a failed probe) left the tenant's bucket
 * empty; it refills slowly at the held rate, so refusals sent in the next moment are that, not a lower limit.
 */
export function settleExact(s: State, o: RateControlOptions, ceiling: number, at: number): void {
  settle(s, o, ceiling, at)
  s.exact = true
  s.lastCut = at + o.measureMs
}

/** Fewer accepted calls than this in a measurement's window read no limit. */
const MIN_MEASURED = 4

/** Answers to calls sent during a measurement arrive up to a few round trips after it. */
const measureSettleMs = (s: State) => Math.max(300, 3 * (Number.isFinite(s.baseLatency) ? s.baseLatency : 100))

/** A measurement that has not found the tenant empty twice a window apart goes on, up to this many times `measureMs`. */
const LONGEST = 2.5

/**
 * The limit read between two moments the tenant was empty. Any refusal says so, but a window-counting tenant
 * (a gateway's counter per second) is empty from the refusal that ends its window's allowance to the window's
 * end, and only the last refusal before calls are accepted again is at a window's edge: read from the first
 * refusal, the window's tail (up to a third of it) counts as time and the limit reads low. The anchors are the
 * refusals followed, in the order the calls were sent, by an accepted call: the window's edges there, and about
 * every refusal of an emptied token bucket. What the tenant accepted between the first and the last anchor, over
 * the time between them (a counter's whole windows: wholeWindows), is its limit; none until they are at least `span`
 * ms apart. A counter's window has one anchor, at its edge: no two anchors less than a window apart.
 */
export function anchoredLimit(okSent: readonly number[], cleanSent: readonly number[], refusedSent: readonly number[], until: number, span: number): { limit?: number; anchors: number; windows?: boolean } {
  // Anchors from the refusals and the clean acceptances (under 500) only; what lies between counts every call the
  // tenant took (a 5xx, answered after its count, spent a token too).
  const calls: Array<[number, boolean]> = []
  for (const t of refusedSent) if (t < until) calls.push([t, false])
  for (const t of cleanSent) if (t < until) calls.push([t, true])
  // A refused and an accepted call sent at once (one batch): the tenant took some of the batch and refused the rest,
  // so the accepted come first, and no refusal of a batch is an anchor for its own accepted calls.
  calls.sort((a, b) => a[0] - b[0] || Number(b[1]) - Number(a[1]))
  const edges: number[] = []
  // The refusals in a row that end at each anchor: a counter's spent tail, or a bucket's lone refusal.
  const spells: number[] = []
  for (let i = 0, run = 0; i + 1 < calls.length; i++) {
    run = calls[i]![1] ? 0 : run + 1
    if (run === 0 || !calls[i + 1]![1]) continue
    edges.push(calls[i]![0])
    spells.push(run)
  }
  const [from, to] = [edges[0]!, edges.at(-1)!]
  if (edges.length === 0 || to - from < span) return { anchors: edges.length }
  let ok = 0
  // A batch sent with the last anchor: its accepted calls came before its refusal (see the order above), so they count.
  for (const t of okSent) if (t > from && t <= to) ok++
  const windows = wholeWindows(edges, spells)
  return { limit: (ok / (windows ?? to - from)) * 1000, anchors: edges.length, windows: windows !== undefined }
}

/** A gap between anchors this close to a whole number of seconds is a counter's windows (wholeWindows). */
const WINDOW_SLACK = 0.1
/** A counter's spent tail refuses this many calls in a row or more before its edge at the measurement's pace (a tenth over). */
const TAIL_REFUSALS = 2

/**
 * The time between the first and the last anchor, in ms. Anchors one to a window, each gap a whole number of seconds
 * give or take WINDOW_SLACK, each after a run of refusals (a window's spent tail), are a counter's edges, its windows
 * counted in whole seconds: an edge is read from the last call it refused, sent up to a batch (50 ms) or a way's jitter
 * before the window ended, and a counter of 50 read as 46.8 to 53.5 from gaps of 1,070 and 935 ms (the sandbox's
 * per-second counter). A token bucket measured a call a second over its rate refuses one call about once a second: its
 * anchors may fall a second apart, but after lone refusals (the first anchor's may be lone in a counter too, after the
 * crawl's calls one by one), and its time stays as measured (read as whole seconds, a bucket of 120 from anchors 927 ms
 * apart read 108, held for good; fake clock, review).
 */
function wholeWindows(edges: readonly number[], spells: readonly number[]): number | undefined {
  // The first edge may follow the crawl's one call (rate-control.ts): calls one by one until the tenant takes one again.
  if (spells.slice(1).some((n) => n < TAIL_REFUSALS)) return undefined
  let seconds = 0
  for (let i = 1; i < edges.length; i++) {
    const gap = (edges[i]! - edges[i - 1]!) / 1000
    const whole = Math.round(gap)
    if (whole < 1 || Math.abs(gap - whole) > WINDOW_SLACK) return undefined
    seconds += whole
  }
  return seconds * 1000
}

/** Counts one answer into the measurement; once every answer is in, reads the limit from it. */
export function measured(s: State, o: RateControlOptions, answer: RateAnswer, at: number): void {
  const m = s.measure!
  if (answer.status !== undefined && answer.sentAt > m.from && answer.sentAt < m.from + LONGEST * o.measureMs) {
    // A 503 the gateway answered before any work (atTheDoor) took nothing from the tenant: it is not counted.
    if (answer.status !== 429 && !atTheDoor(s, answer)) {
      m.okSent.push(answer.sentAt) // a 5xx spent a token too
      // ...but is no sign the tenant takes calls again: a gateway may answer 5xx before it counts (review).
      if (answer.status < 500) m.cleanSent.push(answer.sentAt)
      m.firstOk = Math.min(m.firstOk, answer.sentAt)
      if (answer.sentAt <= m.lastRefused) m.okBefore++
    } else if (answer.status !== 429) m.fastSent.push(answer.sentAt)
    else {
      m.refusedSent.push(answer.sentAt)
      if (answer.sentAt > m.lastRefused) {
        // The accepted calls sent up to the newest refusal, counted as the refusals move on rather than on every answer.
        for (const t of m.okSent) if (t > m.lastRefused && t <= answer.sentAt) m.okBefore++
        m.lastRefused = answer.sentAt
      }
    }
  }
  // What the tenant took so far already reads the limit roughly: send a tenth over that, not over the first estimate.
  // From its first accepted call, not the first refusal: a window-counting tenant refuses everything to its window's end.
  if (at < m.until + measureSettleMs(s)) {
    // Before the tenant took a call again, what it took and refused reads nothing (a counter's spent window).
    if (m.open === undefined) return
    const gap = m.lastRefused - m.firstOk
    if (gap >= o.measureMs / 16 && m.okBefore >= 8) s.rate = clamp(Math.min(m.rate, (m.okBefore / gap) * 1000 * o.measureOver), o.minRps, o.maxRps)
    return
  }
  // From the tenant's opening on: before it, a counter's window was spent, and calls sent fast as it was spent
  // (a batch, answered out of order) make a refusal followed by an acceptance that is no edge of a window (a
  // counter of 100/s read as 6/s, and the job held at half its limit).
  const since = (t: number) => m.open === undefined || t >= m.open
  const anchored = anchoredLimit(m.okSent.filter(since), m.cleanSent.filter(since), m.refusedSent.filter(since), m.until, o.measureMs / 4)
  // One edge seen (or none: a window longer than the measurement), of a counter's window, whose next edge came after
  // the measurement: measure on until it comes.
  if (anchored.limit === undefined && anchored.anchors <= 1 && m.until < m.from + LONGEST * o.measureMs) {
    m.until = Math.min(m.from + LONGEST * o.measureMs, m.until + o.measureMs / 2)
    return
  }
  // A counter's windows counted whole read its limit exactly, no echo of the slow start's burst (which a sliding second
  // straddling two windows sees at up to twice the limit): nothing to doubt (rate-probe.ts), and doubted, a counter of 40
  // was probed every few seconds, a refusal or two each time (the fake clock's counters of 30 to 45 a second).
  if (anchored.windows) s.doubt = s.tookBest = undefined
  finish(s, o, m, anchored.limit, at)
}

function finish(s: State, o: RateControlOptions, m: NonNullable<State["measure"]>, anchored: number | undefined, at: number): void {
  s.measure = undefined
  s.episode = undefined
  const okSent = m.okSent.filter((t) => t < m.until)
  const lastRefused = m.refusedSent.reduce((a, t) => (t < m.until && t > a ? t : a), m.from)
  const gap = lastRefused - m.from
  const ok = okSent.filter((t) => t <= lastRefused).length
  // Too few calls went out to read anything (the client waited out a Retry-After through the window): the
  // estimate the measurement started from stands. Read as a limit, a window with no accepted call settled at
  // the minimum rate, and a job at 50/s went on at 0.5/s.
  if (okSent.length < MIN_MEASURED) return settle(s, o, s.ceiling, at)
  const all = (okSent.length / (m.until - m.from)) * 1000
  // Both other readings are floors, give or take a request at each end (a call's way to the tenant varies): the
  // gap's ends are known empty; the whole window's end is empty too while refusals lasted that long. Beside the
  // anchors, what was accepted from the tenant's opening on (a counter's spent window is no time of its limit);
  // without them, from the first refusal: a counter's window longer than what is left of the measurement after
  // its opening lets through at any rate until it is spent, and read from there, the client's own rate (twice a
  // 300/s counter's limit with 5 s windows, review).
  const open = m.open !== undefined && m.open < m.until ? m.open : m.from
  // Each reading counts the calls the tenant took; of the 503s it answered at once, those its faults make (withFaults).
  const taken = okSent.filter((t) => t >= open).length
  const faults = taken > 0 ? withFaults(s, taken, m.fastSent.filter((t) => t >= open && t < m.until).length) / taken : 1
  if (anchored !== undefined) return settleExact(s, o, faults * Math.max(anchored, (taken / (m.until - open)) * 1000), at)
  if (gap >= o.measureMs / 4) return settleExact(s, o, faults * Math.max((ok / gap) * 1000, all), at)
  // Refusals that stopped early: the client could not keep sending over the limit (its calls were waiting
  // out their Retry-After). What the tenant took of the window's calls is a floor of its limit.
  if (lastRefused > m.from || !m.bound) return settle(s, o, faults * all, at)
  // Nothing refused while the rate held the calls back: the tenant takes at least the measuring rate. Climb on, gently.
  s.phase = "start"
  s.ceiling = Infinity
  s.gentle = true
  s.rate = m.rate
  s.round = freshRound(at)
}
