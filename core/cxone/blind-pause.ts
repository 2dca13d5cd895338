import type { RateAnswer, State } from "./rate-state.ts"

/**
 * Refusals for over a second with no call accepted in between, and no Retry-After to say for how long: the tenant is
 * empty for longer than any rate says (a quota's window spent; a bucket or a per-second counter takes a call again
 * within a second at any rate worth finding). Every call waits, a second doubling to 16 s, until a call is accepted.
 * Without it each caller spent its own retries on the spent window, in the crawl and the measurement alike: a quota
 * of 100 per 5 s refused a quarter of the calls and failed contacts (test/rate6).
 */
export function blindPause(s: State, answer: RateAnswer, said: RateAnswer, at: number): number | undefined {
  // 503s read as throttling are not paused for: all refused for a second is an outage as often as a spent window, and
  // an outage is the breaker's (its cooldown, then one call). Paused too, a burst of 22 503s at a tenant that counts
  // its faults by calls stalled a job for a minute (test/cli/crash.test.ts): each call waited up to 16 s.
  if (said.status === 503 && said.retryAfterMs === undefined) return undefined
  if (answer.status !== 429) {
    if (answer.status !== undefined && answer.status < 500) s.empty = undefined
    return undefined
  }
  s.empty ??= { from: answer.sentAt, pauses: 0 }
  if (answer.retryAfterMs !== undefined || answer.sentAt - s.empty.from < 1000) return undefined
  return at + 1000 * 2 ** Math.min(4, s.empty.pauses++)
}
