import type { Context } from "hono"
import { describeError } from "./errors.ts"
import type { Logger } from "./log.ts"

/**
 * Lets work finish after the response: `waitUntil` on Workers (so the
 * isolate is not stopped mid-job), a detached promise on Bun and Node,
 * whose worker loop also drains the queue. Failures are logged, not thrown.
 */
export function inBackground(c: Context, work: () => Promise<unknown>, log: Logger): void {
  const run = work().catch((error) => log.error(`background work failed: ${describeError(error)}`))
  try {
    c.executionCtx.waitUntil(run)
  } catch {
    // Not a Worker: the promise runs on its own.
  }
}
