import type { Clock } from "../clock.ts"
import { CxoneHttpError, CxoneNetworkError, CxoneRateLimitError } from "../errors.ts"

/** Attempts after the first, and the most one wait lasts (a Retry-After above it is cut to it). */
const RETRIES = 3
const MAX_WAIT_MS = 30_000

/**
 * A failure that says nothing about the request: a 408 or 429, or a 5xx (an HTML page from a gateway too). No answer
 * at all is not repeated: an unreachable host is a wrong host more often than not, and a timeout repeated 3 times
 * would keep the user 4 timeouts long before saying so.
 */
const transient = (error: unknown) =>
  !(error instanceof CxoneNetworkError) && error instanceof CxoneHttpError && (error.status === 408 || error.status === 429 || (error.status ?? 0) >= 500)

/**
 * A token or discovery request, asked again after a transient failure: these endpoints are HTTP services that
 * throttle and fail like the others (cxone-api.md 8.1), and every call waits on them. A 429's Retry-After is obeyed
 * (up to 30 s), else 0.5, 1, 2 s. A refusal (400, 401, 403, 404) is never repeated. `asked` counts each request made
 * after the first.
 */
export async function retryTransient<T>(clock: Clock, request: () => Promise<T>, asked: () => void = () => {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request()
    } catch (error) {
      if (attempt >= RETRIES || !transient(error)) throw error
      const after = error instanceof CxoneRateLimitError ? error.retryAfterMs : undefined
      await clock.sleep(Math.min(after ?? 500 * 2 ** attempt, MAX_WAIT_MS))
      asked()
    }
  }
}
