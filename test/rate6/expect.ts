import { expect } from "bun:test"
import { anonymize, summaryCount } from "./run.ts"
import type { Standin } from "./server.ts"
import { expected } from "./tenant.ts"

/**
 * Refusals a job may have. Finding an unknown limit costs one episode: the slow start overshoots, the calls in flight
 * (sent in batches above 20/s) are refused together, and the refusals that follow read the limit; 4 to 16 refusals
 * within 2 s of the first, measured over repeated runs, whatever the job's size. That episode may hold up to 20. Past
 * it, the bound holds: at most 1% of the job's calls refused (rounded up).
 */
export function refusalBudget(standin: Standin, share = 0.01, episodes = 1, episodeMs: number[] = []): { discovery: number; after: number; allowedAfter: number } {
  const at = standin.seen.filter((s) => s.kind === "refused").map((s) => s.at)
  // An episode: the refusals within 2 s of its first (or its own span, episodeMs). A limit that changes under the job
  // starts another.
  let discovery = 0
  for (let i = 0, n = 0; i < at.length && n < episodes; n++) {
    const first = at[i]!
    while (i < at.length && at[i]! - first <= (episodeMs[n] ?? 2000)) i++, discovery++
  }
  return { discovery, after: at.length - discovery, allowedAfter: Math.ceil(standin.seen.length * share) }
}

/** Refusal bounds: the first episode's, and the share of the job's calls after it. */
export interface Bounds {
  episode: number
  share: number
  /** Discovery episodes allowed (1; one more per change of the limit under the job). */
  episodes?: number
  /** Each episode's span from its first refusal, ms (2 s unless given: a limit changed for a while lasts that while). */
  episodeMs?: number[]
}
export const A_429S: Bounds = { episode: 20, share: 0.01 }

/** Checks refusalBudget's two bounds. */
export function expectFewRefusals(standin: Standin, bounds = A_429S) {
  const budget = refusalBudget(standin, bounds.share, bounds.episodes, bounds.episodeMs)
  expect(budget.discovery).toBeLessThanOrEqual(bounds.episode * (bounds.episodes ?? 1))
  expect(budget.after).toBeLessThanOrEqual(budget.allowedAfter)
}

/** What a user checks after a job: exit 0, every contact written once and right, few refusals (unless `bounds` is null), nothing personal shown. */
export async function expectJob(standin: Standin, bounds: Bounds | null = A_429S) {
  const run = await anonymize(standin)
  expect(run.code).toBe(0)
  expect(summaryCount(run.stdout, "succeeded")).toBe(standin.seed.length)
  expect(summaryCount(run.stdout, "failed")).toBe(0)
  expect(standin.wrong).toEqual([])
  expect([...standin.patches.values()].every((n) => n === 1)).toBe(true)
  expect(standin.patches.size).toBe(standin.seed.length)
  expect(standin.stored()).toEqual(standin.seed.map(expected))
  const refused = standin.seen.filter((s) => s.kind === "refused").length
  if (bounds) expectFewRefusals(standin, bounds)
  expect(run.leaked).toEqual([])
  return { run, refused }
}
