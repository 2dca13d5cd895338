import type { RateAnswer, State } from "./rate-state.ts"

/**
 * A 503 that names a Retry-After is a refusal (RFC 9110 15.6.4: overloaded, come back then): gateways throttle so.
 * One without it is a fault, as a 500 is, and cuts nothing: random faults read as refusals ratchet the rate down. Two
 * in a row came about once in 3,600 answers at 5% faults a third of them 503 (test/rate6), and each cut the rate by a
 * tenth or more, never given back. Such a 503 is read as throttling when:
 * - the two answers before it were 503s too (BARE_503_RUN): a tenant over its capacity answers 503s in a run, and
 *   three in a row come once in 200,000 answers at those faults;
 * - the one before it was a 503, it came back fast, before any work (a gateway's throttling answers at once), and a
 *   probe was out above the held rate (a cut ends the probe, back to the rate it left). Otherwise two fast ones in a row
 *   are faults: a tenant may answer its faults before the work too (the sandbox's 5% of 503s are), two in a row came
 *   once in 400 answers, and each read as throttling cut a per-second counter of 50 to 44 a second for the rest of a
 *   job (`bun bench/rate.ts --window`). Not in the slow start either, which has no rate to go back to: a fault pair in
 *   its first second (8-16 a second) settled the cut at the 7 a second accepted, and the next probe came a minute later
 *   (a counter of 50 with the sandbox's faults, fake clock, 2 seeds of 30);
 * - lone 503s are a large share of the latest answers: BARE_503_SHARE of those within SHARE_SPAN_MS and since the
 *   last cut, BARE_503_MIN or more. A rate a hair over a sliding log is refused a call in five, spread among
 *   successes, never three in a row, to the job's end (test/rate6/signals.test.ts). At 5% faults all 503, that share
 *   came about as seldom as three in a row (test/core/throttle-503.test.ts; at 20/s, 1 to 5 times in 50,000 answers).
 * Read as faults, a 503-throttling tenant was never slowed for: a third of the calls refused, contacts failed.
 */
export const BARE_503_RUN = 3
export const BARE_503_SHARE = 0.15
export const BARE_503_MIN = 10
export const SHARE_SPAN_MS = 3000

type Reading = Pick<State, "run503" | "bare503" | "baseLatency" | "recent" | "lastCut" | "probe">
type Round = State["round"]

/** The answer as the rate control reads it: a 503 read as throttling becomes a 429. Keeps the 503s in a row and the bare ones' times in `s`. */
export function readThrottling(s: Reading, answer: RateAnswer, at: number): RateAnswer {
  const before = s.run503
  if (answer.status !== undefined) s.run503 = answer.status === 503 ? before + 1 : 0
  if (answer.status !== 503) return answer
  if (answer.retryAfterMs !== undefined) return { ...answer, status: 429 }
  const fast = before >= 1 && s.probe !== undefined && atTheDoor(s, answer)
  return before >= BARE_503_RUN - 1 || fast || largeShare(s, at) ? { ...answer, status: 429 } : answer
}

/**
 * A 503 answered in under half the tenant's quickest mean latency: before any work, so the tenant did not let the
 * call in. Counted as taken (a fault after its gate, which a log holds), lone ones read as faults made a 503-throttling
 * log of 40 look as if it took 50 in a second, and the rate was probed back over it after every cut (test/rate6).
 */
export const atTheDoor = (s: Pick<State, "baseLatency">, answer: RateAnswer) => answer.status === 503 && answer.latencyMs < s.baseLatency / 2

/**
 * Records a bare 503 at `at`; whether such 503s are now a large share of the answers since SHARE_SPAN_MS before it, or
 * since the last cut if later: the answers before a cut were to the old rate.
 */
function largeShare(s: Reading, at: number): boolean {
  s.bare503.push(at)
  const from = Math.max(at - SHARE_SPAN_MS, s.lastCut)
  let old = 0
  while (old < s.bare503.length && s.bare503[old]! <= at - SHARE_SPAN_MS) old++
  if (old > 0) s.bare503.splice(0, old)
  let bare = 0
  for (const when of s.bare503) if (when > from) bare++
  if (bare < BARE_503_MIN) return false
  let answers = 1
  while (answers - 1 < s.recent.size && s.recent.atNewest(answers - 1) > from) answers++
  return bare >= BARE_503_SHARE * answers
}

/** Answers of clean rounds needed before their share of fast 503s is read as the tenant's faults (withFaults). */
const MIN_CALM = 40

/** A round ended with no refusal (rate-control.ts): its fast 503s are faults, unless a throttling share of its answers. */
export function calmRound(s: Pick<State, "calm">, round: Round): void {
  const answers = round.samples + round.failed
  if (round.fast > BARE_503_SHARE * answers) return
  s.calm.answers += answers
  s.calm.fast += round.fast
}

/**
 * What the tenant took of `ok` calls it answered and `fast` it answered 503 at once: a tenant may answer its faults
 * fast after it counted the call (the sandbox's come before any work, after its rate limit), or throttle with them. As
 * many fast 503s count as taken as its clean rounds' share of them makes faults. None counted, a bucket of 200 with 5%
 * of such faults read 190.7 and was held at 185 a second; all counted, a 503-throttling log read a fifth high.
 */
export function withFaults(s: Pick<State, "calm">, ok: number, fast: number): number {
  const share = s.calm.answers >= MIN_CALM ? Math.min(0.25, s.calm.fast / s.calm.answers) : 0
  return ok + Math.min(fast, (ok * share) / (1 - share))
}
