import type { RateAnswer, State } from "./rate-state.ts"

/**
 * A 503 that names a Retry-After is a refusal (RFC 9110 15.6.4: overloaded, come back then): gateways throttle so.
 * One without it is a fault, as a 500 is, and cuts nothing: random faults read as refusals ratchet the rate down. Two
 * in a row came about once in 3,600 answers at 5% faults a third of them 503 (test/rate6), and each cut the rate by a
 * tenth or more, never given back. Such a 503 is read as throttling when:
 * - the two answers before it were 503s too (BARE_503_RUN): a tenant over its capacity answers 503s in a run, and
 *   three in a row come once in 200,000 answers at those faults;
 * - the one before it was a 503 and it came back fast, before any work: a gateway's throttling answers at once, a
 *   fault after the work as slowly as a success.
 * Read as faults, a 503-throttling tenant was never slowed for: a third of the calls refused, contacts failed.
 *
 * Not read as throttling: lone 503s that are a large share of the answers. Tried (15% or 20% of 2 to 4 s of answers,
 * none within 3 s of a cut), it ended the runs of lone refusals a loaded machine's bursts caused in test/rate6, but on
 * bench/rate-models.ts's 503-throttling log it cost a tenth of the capacity (94% to 80-86%) or raised the refusals
 * (3.5% to 8.9%), from run to run; and 12 in 80 answers came once in 8,000 at 5% faults all 503.
 */
export const BARE_503_RUN = 3

/** The answer as the rate control reads it: a 503 read as throttling becomes a 429. Counts the 503s in a row in `s`. */
export function readThrottling(s: Pick<State, "run503" | "baseLatency">, answer: RateAnswer): RateAnswer {
  const before = s.run503
  if (answer.status !== undefined) s.run503 = answer.status === 503 ? before + 1 : 0
  if (answer.status !== 503) return answer
  const fast = before >= 1 && answer.latencyMs < s.baseLatency / 2
  return answer.retryAfterMs !== undefined || before >= BARE_503_RUN - 1 || fast ? { ...answer, status: 429 } : answer
}
