import { clamp, freshRound, settle, type RateAnswer, type RateControlOptions, type State } from "./rate-state.ts"

// Measuring the limit above 40 requests/s (see rate-state.ts): the calls sent while the tenant's bucket is empty, counted.

/** The bucket is empty at `sentAt` (a refusal): send a tenth over `estimate` for `measureMs` and count what is accepted. */
export function startMeasure(s: State, o: RateControlOptions, estimate: number, sentAt: number, at: number): void {
  const rate = clamp(Math.min(s.rate, estimate * o.measureOver), o.minRps, o.maxRps)
  settle(s, o, estimate, at)
  s.rate = rate
  s.measure = { from: sentAt, until: sentAt + o.measureMs, rate, okSent: [], lastRefused: sentAt, okBefore: 0, bound: false }
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

/** Counts one answer into the measurement; once every answer is in, reads the limit from it. */
export function measured(s: State, o: RateControlOptions, answer: RateAnswer, at: number): void {
  const m = s.measure!
  if (answer.status !== undefined && answer.sentAt > m.from && answer.sentAt < m.until) {
    if (answer.status !== 429) {
      m.okSent.push(answer.sentAt) // a 5xx spent a token too
      if (answer.sentAt <= m.lastRefused) m.okBefore++
    } else if (answer.sentAt > m.lastRefused) {
      // The accepted calls sent up to the newest refusal, counted as the refusals move on rather than on every answer.
      for (const t of m.okSent) if (t > m.lastRefused && t <= answer.sentAt) m.okBefore++
      m.lastRefused = answer.sentAt
    }
  }
  const gap = m.lastRefused - m.from
  const ok = m.okBefore
  // What the tenant took so far already reads the limit roughly: send a tenth over that, not over the first estimate.
  if (at < m.until + measureSettleMs(s)) {
    if (gap >= o.measureMs / 16 && ok >= 8) s.rate = clamp(Math.min(m.rate, (ok / gap) * 1000 * o.measureOver), o.minRps, o.maxRps)
    return
  }
  s.measure = undefined
  s.episode = undefined
  // Too few calls went out to read anything (the client waited out a Retry-After through the window, as it does when
  // a window-counting tenant refuses the rest of its second): the estimate the measurement started from stands. Read
  // as a limit, a window with no accepted call settled at the minimum rate, and a job at 50/s went on at 0.5/s.
  if (m.okSent.length < MIN_MEASURED) return settle(s, o, s.ceiling, at)
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
