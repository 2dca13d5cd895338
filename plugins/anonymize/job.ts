import type { Runtime } from "../../core/index.ts"
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
  /** The signal stopped the job before the source was exhausted: it stays resumable. */
  interrupted: boolean
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
  if (job.resume) await job.journal.load()
  await rt.hooks.emit("job:started", { jobId: job.jobId, source: job.source.name, target: job.target.name, matrix: job.matrix.matrix.name, dryRun: false })
  const progress = progressOf(rt, tally, total, started)
  const timer = options.onProgress ? setInterval(() => options.onProgress!(progress()), 250) : undefined
  const page = pageStep(rt, job, tally, createLimit(Math.max(1, options.concurrency)), options.signal)
  let interrupted: boolean
  try {
    interrupted = await eachPage(job.source, options.signal, page)
  } finally {
    if (timer) clearInterval(timer)
    await job.target.close?.()
  }
  options.onProgress?.(progress())
  return finish(rt, job, tally, Math.round(performance.now() - started), interrupted)
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
    collect()
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
 * Under Bun, a full collection once the process has grown 12 MB past its lowest size since the
 * last one. JSC frees a page's parsed strings and copies late and its allocator keeps what it
 * freed meanwhile: a 100,000-contact export peaked at 120 MB resident with 13 MB of it live, a
 * million contacts at 157-170 MB, in spikes of 20-35 MB between the collector's own runs.
 * Held to the budget, the peak is what the job keeps (the id index, the pages in flight) plus
 * the budget: some 115 MB at 100,000 contacts, 134-136 MB at a million (anonymize alone).
 * Each collection marks the whole heap, some 30 ms, about 400 of them at a million contacts: a
 * larger budget is faster but grows the peak with the job (16 MB: 36-39 s against 41 s, but
 * 141-145 MB against 118 at 100,000, above the 1.2x a million contacts may take; 14 MB: 1.19x).
 * The resident size is read every page (a read of /proc, some 60 us; a JSONL page is 250
 * contacts). Node has no collector to call without a flag: there this does nothing.
 */
function collector(): () => void {
  const gc = (globalThis as { Bun?: { gc(force: boolean): void } }).Bun?.gc
  const rss = globalThis.process?.memoryUsage?.rss
  if (!gc || !rss) return () => {}
  // The lowest size since the last collection: the allocator hands pages back on a thread of
  // its own, so the size right after a collection is not yet its floor.
  let floor = Infinity
  let pages = 0
  return () => {
    if (++pages % CHECK_EVERY) return
    const now = rss()
    if (now < floor) floor = now
    if (now < floor + GROWTH_BUDGET) return
    gc(true)
    floor = Infinity
  }
}

const CHECK_EVERY = 1
const GROWTH_BUDGET = 12 * 1048576

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
