import type { Runtime } from "../../core/index.ts"
import type { Source, SourceRecord } from "./pipeline.ts"
import { contactStep, type ContactJob } from "./contact-step.ts"
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
  const contact = contactStep(rt, job, tally)
  let interrupted: boolean
  try {
    interrupted = await eachRecord(job.source, options, async (record) => {
      await contact(record)
      tally.counts.done++
    })
    await job.journal.flush()
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

/**
 * Hands every record to `handle`, `concurrency` at a time. True when the
 * signal stopped it first (the ones in flight finish).
 */
async function eachRecord(source: Source, options: RunOptions, handle: (record: SourceRecord) => Promise<void>): Promise<boolean> {
  const iterator = records(source.pages())[Symbol.asyncIterator]()
  let interrupted = false
  await Promise.all(
    Array.from({ length: Math.max(1, options.concurrency) }, async () => {
      for (;;) {
        if (options.signal?.aborted) return void (interrupted = true)
        const next = await iterator.next()
        if (next.done) return
        await handle(next.value)
      }
    }),
  )
  return interrupted
}

/** One record at a time from a stream of pages; concurrent `next()` calls are queued by the generator. */
async function* records(pages: AsyncIterable<SourceRecord[]>) {
  for await (const page of pages) yield* page
}

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
    summary: { processed: summary.processed, succeeded: summary.succeeded, failed: summary.failed, skipped: summary.skipped, durationMs, target: summary.target, transforms },
  })
  return summary
}
