import type { Clock } from "../clock.ts"
import { CxoneHttpError, CxoneNetworkError, CxoneRateLimitError } from "../errors.ts"

/** Attempts after the first, and the most one wait lasts (a Retry-After above it is cut to it). */
const RETRIES = 3
const MAX_WAIT_MS = 30_000

/** A failure that says nothing about the credentials: no answer, a 429, or a 5xx (an HTML page from a gateway too). */
const transient = (error: unknown) =>
  error instanceof CxoneNetworkError || error instanceof CxoneRateLimitError || (error instanceof CxoneHttpError && (error.status ?? 0) >= 500)

/**
 * One token request, asked again after a transient failure: the token endpoint is an HTTP service that throttles
 * and fails like the others (cxone-api.md 8.1), and every call waits on it, the first discovery too. Its
 * Retry-After is obeyed (up to 30 s), else 0.5, 1, 2 s. A refused credential (400, 401, 403) is never repeated.
 * `asked` counts each request made after the first.
 */
export async function withTokenRetry<T>(clock: Clock, request: () => Promise<T>, asked: () => void): Promise<T> {
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
