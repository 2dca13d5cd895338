import { CxedgeError, describeError, type Runtime } from "../../core/index.ts"
import type { Source, SourceRecord } from "./pipeline.ts"
import { pageStep, type ContactJob, type Limit } from "./contact-step.ts"
import type { JobSummary } from "./events.ts"
import type { Outcome } from "./journal.ts"
import { createTally, type Rejection, type Tally } from "./tally.ts"

export interface JobProgress {
  done: number
  total?: number
  succeeded: number
  failed: number
  skipped: number
  elapsedMs: number
  retries: number
  rateLimited: number
  /** While the tenant's circuit breaker is open: when the job resumes (epoch ms on the runtime's clock). */
  pausedUntil?: number
  /** The runtime clock's now, to turn `pausedUntil` into seconds. */
  now: number
}

/** What `runJob` needs of a prepared job: `prepareJob` returns it, and more. */
export interface RunnableJob extends ContactJob {
  source: Source
}

/** How a run goes: none of it is stored with the job, so a resume may choose again. */
export interface RunOptions {
  concurrency: number
  onProgress?(progress: JobProgress): void
  /** Called for each rejected record with a reason that names the field, never the value. */
  onRejected?(contactId: string, field: string | undefined, reason: string): void
  /** Aborted: take no new contact, finish and journal the ones in flight, return `interrupted`. */
  signal?: AbortSignal
}

export interface JobResult extends JobSummary {
  /** Every contact of this run that did not succeed, with its reason (never a value). */
  rejected: Rejection[]
  latency: { p50: number; p95: number; p99: number }
  alreadyDone: number
  /** Of `failed`: records refused as invalid (bad data); a resume does not retry them. The rest a resume retries. */
  invalid: number
  /** Of `alreadyDone`: how earlier runs finished those contacts. */
  earlier: Record<Outcome, number>
  /** Of `skipped`: contacts no rule applied to (every rule's `when` false, or none of its fields there), not already anonymized. */
  noRuleApplied?: number
  /** The signal stopped the job before the source was exhausted: it stays resumable. */
  interrupted: boolean
  /** Why the job stopped itself (also `interrupted`): an output that cannot take more, said once. Never a value. */
  stoppedBy?: string
}

/**
 * Runs one anonymization job: streams the source and hands each record to
 * the contact step (plan with the matrix, validate, write under the
 * journal's exactly-once protocol, see `contact-step.ts`), `concurrency`
 * at a time, then sums the run up.
 */
export async function runJob(rt: Runtime, job: RunnableJob, options: RunOptions): Promise<JobResult> {
  const started = performance.now()
  const tally = createTally(rt, job.jobId, options.onRejected)
  const total = await job.source.total?.().catch(() => undefined)
  // The target is asked whether it still holds what the journal has as written (an export file removed between runs).
  if (job.resume) await job.journal.load(job.target)
  await rt.hooks.emit("job:started", { jobId: job.jobId, source: job.source.name, target: job.target.name, matrix: job.matrix.matrix.name, dryRun: false })
  const progress = progressOf(rt, tally, total, started)
  const timer = options.onProgress ? setInterval(() => options.onProgress!(progress()), 250) : undefined
  // A write error every later write would meet too (a full disk) stops the job as an interruption does.
  const halted = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, halted.signal]) : halted.signal
  const page = pageStep(rt, job, tally, createLimit(Math.max(1, options.concurrency)), signal, (error) => halted.abort(error))
  let interrupted: boolean
  try {
    interrupted = await eachPage(job.source, signal, page)
  } finally {
    if (timer) clearInterval(timer)
    await job.target.close?.()
  }
  options.onProgress?.(progress())
  const result = await finish(rt, job, tally, Math.round(performance.now() - started), interrupted)
  return halted.signal.aborted ? { ...result, stoppedBy: describeError(halted.signal.reason) } : result
}

/** A progress snapshot: this run's counts, and the retries and 429s since it started. */
function progressOf(rt: Runtime, tally: Tally, total: number | undefined, started: number): () => JobProgress {
  const breaker = rt.hasTenant ? rt.client.breaker : undefined
  const retriesBefore = rt.metrics.total("cxedge_retries_total")
  const limitedBefore = rt.metrics.total("cxedge_rate_limited_total")
  return () => ({
    done: tally.counts.done,
    total,
    succeeded: tally.counts.succeeded,
    failed: tally.counts.failed,
    skipped: tally.counts.skipped,
    elapsedMs: performance.now() - started,
    retries: rt.metrics.total("cxedge_retries_total") - retriesBefore,
    rateLimited: rt.metrics.total("cxedge_rate_limited_total") - limitedBefore,
    pausedUntil: breaker?.retryAt(),
    now: rt.clock.now(),
  })
}

/**
 * A stopped run as its task's error (E_INTERRUPTED), naming why it stopped itself (a full disk), never a value: the queue
 * runs the task again, which resumes it. `what` is the run (`job J`, `partition P`), `then` what happens next.
 */
export const stoppedError = (what: string, result: Pick<JobResult, "stoppedBy">, then: string) =>
  new CxedgeError("E_INTERRUPTED", "anonymize", `${what} was stopped${result.stoppedBy ? ` (${result.stoppedBy})` : ""}: ${then}`)

/** At most `n` tasks at once, the rest queued in order. */
function createLimit(n: number): Limit {
  let active = 0
  const queue: (() => void)[] = []
  return async (task) => {
    if (active >= n) await new Promise<void>((resolve) => queue.push(resolve))
    else active++
    try {
      return await task()
    } finally {
      const next = queue.shift()
      if (next) next()
      else active--
    }
  }
}

/**
 * Hands every page to `handle`, two at a time, so one page's writes overlap
 * the next one's planning and a tenant-bound target never waits for a page
 * to drain. True when the signal stopped it first (the pages in flight finish).
 */
async function eachPage(source: Source, signal: AbortSignal | undefined, handle: (records: SourceRecord[]) => Promise<void>): Promise<boolean> {
  const inFlight = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  let interrupted = false
  const collect = collector()
  for await (const records of source.pages()) {
    collect(records.length)
    if (signal?.aborted) {
      interrupted = true
      break
    }
    const task: Promise<void> = handle(records)
      .catch((error) => void (failure ??= { error }))
      .finally(() => inFlight.delete(task))
    inFlight.add(task)
    if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight)
    if (failure) break
  }
  await Promise.all(inFlight)
  if (failure) throw failure.error
  // Aborted while the last pages ran: some of their contacts may not have started.
  return interrupted || signal?.aborted === true
}

const PAGES_IN_FLIGHT = 2

/**
 * Under Bun, a young-generation collection every 500 contacts and a full one every 8,000, through
 * `bun:jsc` (looked up at run time: a bundler for Node or Workers never sees the name). Left to
 * itself, JSC collects late and its allocator keeps what it freed meanwhile: a million contacts
 * peaked at 157-170 MB. `Bun.gc(true)` once the process grew 12 MB held that down, but it throws
 * away the compiled code and the work after each of its some 270 runs recompiled. These keep the
 * code and run before the garbage spreads over fresh memory: alternated at a million contacts,
 * 28,787 contacts per CPU second against 16,724 (medians of three), peaking at 126-127 MB against
 * 126-128 (BENCHMARKS.md). What hands memory back (`Bun.shrink`, `Bun.gc(true)`) costs the code
 * again; `Bun.gc(false)` as often peaked at 202-204 MB. Node has no collector to call without a
 * flag, Workers none at all: there this does nothing.
 */
function collector(): (contacts: number) => void {
  const jsc = bunJsc()
  if (!jsc) return () => {}
  let contacts = 0
  let young = 0
  return (more) => {
    contacts += more
    if (contacts < YOUNG_EVERY) return
    contacts = 0
    if (++young % FULL_EVERY) jsc.edenGC()
    else jsc.fullGC()
  }
}

interface BunJsc {
  edenGC(): unknown
  fullGC(): unknown
}

function bunJsc(): BunJsc | undefined {
  const runtime = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process
  try {
    const jsc = runtime?.getBuiltinModule?.("bun:jsc") as Partial<BunJsc> | undefined
    return typeof jsc?.edenGC === "function" && typeof jsc.fullGC === "function" ? (jsc as BunJsc) : undefined
  } catch {
    // A runtime that refuses the name outright (rather than answering undefined) has no such collector either.
    return undefined
  }
}

/** Contacts between young-generation collections, and young collections to a full one. */
const YOUNG_EVERY = 500
const FULL_EVERY = 16

/** The run's summary; a run that went to the end (not interrupted) is announced finished. */
async function finish(rt: Runtime, job: RunnableJob, tally: Tally, durationMs: number, interrupted: boolean): Promise<JobResult> {
  const { counts, earlier, transforms, rejected } = tally
  const merged = rt.metrics.merged("cxedge_contact_duration_seconds", { job: job.jobId })
  const summary: JobResult = {
    processed: counts.done,
    succeeded: counts.succeeded,
    failed: counts.failed,
    invalid: counts.invalid,
    skipped: counts.skipped,
    noRuleApplied: counts.noRuleApplied,
    held: counts.held,
    alreadyDone: counts.alreadyDone,
    earlier,
    interrupted,
    durationMs,
    target: job.target.name,
    transforms,
    rejected,
    latency: { p50: merged.p50, p95: merged.p95, p99: merged.p99 },
  }
  // An interrupted job is not finished: it is resumed later, and announced finished then.
  if (!interrupted) await rt.hooks.emit("job:finished", {
    jobId: job.jobId,
    summary: { processed: summary.processed, succeeded: summary.succeeded, failed: summary.failed, skipped: summary.skipped, held: summary.held, durationMs, target: summary.target, transforms },
  })
  return summary
}
