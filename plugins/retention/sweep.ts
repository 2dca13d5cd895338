import { ConfigError, jobRunnerOf, minSpanMs, openSource, type FileAccess, type JobRunner, type ProcessOwner, type RunJobOutcome, type Runtime } from "../../core/index.ts"
import { publishGauges } from "./gauges.ts"
import type { Policy } from "./settings.ts"
import { MAX_REASONS, OTHER_REASONS, policyStore, type Counts, type LastRun, type OpenJob, type PolicyState } from "./state.ts"

export interface SweepOptions {
  /** The instant the sweep runs as of (default: the runtime's clock). */
  at?: number
  signal?: AbortSignal
  owner?: ProcessOwner
  files?: FileAccess
  /** Called when a job starts, to say which and why. */
  onJob?(jobId: string, what: "resume" | "window", window: { since?: string; until: string }): void
}

export interface SweepResult {
  policy: string
  /** The new window this sweep covered; undefined when nothing had crossed the age since the last one. */
  window?: { since?: string; until: string }
  jobs: RunJobOutcome[]
  interrupted: boolean
  state: PolicyState
}

/** The job runner, or why there is none. */
export function runnerOf(rt: Runtime): JobRunner {
  const runner = jobRunnerOf(rt)
  if (!runner) throw new ConfigError("retention", "no loaded plugin runs anonymization jobs: load the anonymize plugin")
  return runner
}

/** `ret-<policy>-20261130T000000Z`: a window's job, named by the end of its window. */
export const jobIdOf = (policy: string, until: string) => `ret-${policy}-${until.replace(/[-:]/g, "").replace(/\.\d+/, "")}`

/** The end of the window a sweep at `at` covers: contacts that started before it are older than the policy's age. */
export const cutoffOf = (policy: Policy, at: number) => new Date(at - minSpanMs(policy.olderThan)!).toISOString()

function tally(last: LastRun, o: RunJobOutcome) {
  last.jobs.push(o.jobId)
  last.processed += o.processed
  last.succeeded += o.succeeded
  last.skipped += o.skipped
  last.failed += o.failed - o.invalid
  last.invalid += o.invalid
  last.held += o.held
  for (const { reason } of o.rejected) {
    const reasons = (last.reasons ??= Object.create(null) as Record<string, number>)
    const grouped = reasonKey(reason)
    const key = Object.hasOwn(reasons, grouped) || Object.keys(reasons).length < MAX_REASONS ? grouped : OTHER_REASONS
    reasons[key] = (reasons[key] ?? 0) + 1
  }
}

const NONE: Counts = { done: 0, held: 0, invalid: 0 }

/** A job's totals over all its runs, as the policy counts them. */
async function jobCounts(runner: JobRunner, jobId: string): Promise<Counts> {
  const t = (await runner.status(jobId))?.totals
  return t ? { done: t.succeeded + t.skipped, held: t.held ?? 0, invalid: t.invalid } : NONE
}

/** Adds to the policy's totals what of `job` they do not hold yet: `now` (what the job has done) less what was counted. */
function count(state: PolicyState, job: OpenJob, now: Counts) {
  const counted = job.counted ?? NONE
  for (const key of ["done", "held", "invalid"] as const) state.totals[key] += Math.max(0, now[key] - counted[key])
  job.counted = { done: Math.max(now.done, counted.done), held: Math.max(now.held, counted.held), invalid: Math.max(now.invalid, counted.invalid) }
}

/**
 * A reason as the report groups it: its numbers (a length, a server's uid) read as `N`, an HTTP status kept; an error
 * cxedge did not word itself is only that, its message (which might quote what it stopped on) left out.
 */
export const reasonKey = (reason: string): string =>
  /^\[cxedge\] unexpected error/.test(reason) ? "[cxedge] unexpected error" : reason.replace(/\buid [\w.-]+/g, "uid N").replace(/(?<!status )\b\d[\d.,]*\b/g, "N")

/**
 * One sweep of a policy. First the policy's open jobs run again (a killed one
 * continues from its journal; one with failed contacts retries exactly
 * those), then one new job covers the contacts that crossed the age since the
 * last window: [sweptTo, at - olderThan). Each is an ordinary journaled job.
 * A window's job is recorded as open before it starts and `sweptTo` moves only
 * once it completes, so a killed sweep resumes the same job with the same
 * window; a job with failed contacts stays open, and the watermark stays at
 * its window's start until they succeed. Running it twice changes nothing.
 */
export async function sweepPolicy(rt: Runtime, policy: Policy, options: SweepOptions = {}): Promise<SweepResult> {
  const runner = runnerOf(rt)
  // Before the window is counted at the tenant or an open job recorded: a config leaving out hold or the audit sink.
  await runner.refuseUnguarded?.()
  const store = policyStore(rt)
  const at = options.at ?? rt.clock.now()
  const state = await store.get(policy.name)
  const last: LastRun = { at: new Date(at).toISOString(), jobs: [], processed: 0, succeeded: 0, skipped: 0, failed: 0, invalid: 0, held: 0 }
  const jobs: RunJobOutcome[] = []
  const run = async (jobId: string, window: { since?: string; until: string }) => {
    const open = state.open.find((j) => j.jobId === jobId)!
    // Kept before `counted` was: a job with failures had its completed runs counted, which its stored totals hold.
    open.counted ??= open.failed > 0 ? await jobCounts(runner, jobId) : NONE
    const outcome = await runner.run({
      jobId, matrix: policy.matrix, source: { kind: policy.source, ...window }, target: policy.target,
      concurrency: policy.concurrency, signal: options.signal, owner: options.owner, files: options.files,
    })
    jobs.push(outcome)
    tally(last, outcome)
    if (outcome.state === "interrupted") {
      // Its contacts are journaled as done: the evidence holds them now, and the job's totals once it completes.
      const counted = open.counted
      count(state, open, { done: counted.done + outcome.succeeded + outcome.skipped, held: counted.held + outcome.held, invalid: counted.invalid + outcome.invalid })
      await store.set(policy.name, state)
      return false
    }
    // The job's totals over all its runs: a resumed run's own outcome leaves out what its earlier runs did.
    count(state, open, await jobCounts(runner, jobId))
    open.failed = outcome.failed - outcome.invalid
    if (!state.sweptTo || window.until > state.sweptTo) state.sweptTo = window.until
    if (outcome.state === "finished") state.open = state.open.filter((j) => j.jobId !== jobId)
    await store.set(policy.name, state)
    return true
  }
  const finish = async (interrupted: boolean, window?: { since?: string; until: string }) => {
    state.lastRun = last
    await store.set(policy.name, state)
    publishGauges(rt, policy.name, state)
    return { policy: policy.name, window, jobs, interrupted, state }
  }
  for (const open of [...state.open]) {
    options.onJob?.(open.jobId, "resume", open)
    if (!(await run(open.jobId, open))) return finish(true)
  }
  const until = cutoffOf(policy, at)
  if (state.sweptTo && state.sweptTo >= until) return finish(false)
  const window = { ...(state.sweptTo ? { since: state.sweptTo } : {}), until }
  // A window the source counts as empty advances without a job, so repeated runs leave no empty jobs behind.
  const source = await openSource(rt, policy.source, window, { files: options.files }, "retention")
  if ((await source.total?.()) === 0) {
    state.sweptTo = until
    return finish(false, window)
  }
  const jobId = jobIdOf(policy.name, until)
  // Recorded before it starts: a kill leaves the job and its window to the next sweep.
  state.open.push({ jobId, ...window, failed: 0 })
  await store.set(policy.name, state)
  options.onJob?.(jobId, "window", window)
  return finish(!(await run(jobId, window)), window)
}
