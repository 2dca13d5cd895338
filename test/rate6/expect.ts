import { expect } from "bun:test"
import { anonymize, summaryCount } from "./run.ts"
import type { Standin } from "./server.ts"
import { expected } from "./tenant.ts"

/**
 * The 429 share a job may have: the 1% over the run, plus a fixed handful for finding an unknown limit (the
 * slow start's first overshoot and the refusals that read the limit). Those few are paid once whatever the job's
 * size, so a 400-contact job cannot spread them as the held-out check's thousands do.
 */
export const refusalsAllowed = (calls: number) => Math.floor(calls * 0.01) + 5

/** What a user checks after a job: exit 0, every contact written once and right, few refusals, nothing personal shown. */
export async function expectJob(standin: Standin) {
  const run = await anonymize(standin)
  expect(run.code).toBe(0)
  expect(summaryCount(run.stdout, "succeeded")).toBe(standin.seed.length)
  expect(summaryCount(run.stdout, "failed")).toBe(0)
  expect(standin.wrong).toEqual([])
  expect([...standin.patches.values()].every((n) => n === 1)).toBe(true)
  expect(standin.patches.size).toBe(standin.seed.length)
  expect(standin.stored()).toEqual(standin.seed.map(expected))
  const refused = standin.seen.filter((s) => s.kind === "refused").length
  expect(refused).toBeLessThanOrEqual(refusalsAllowed(standin.seen.length))
  expect(run.leaked).toEqual([])
  return { run, refused }
}
