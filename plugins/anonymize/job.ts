import {
  CxedgeError, CxoneHttpError, describeError, validatePlan, type CompiledMatrix, type Plan, type Runtime,
  type Source, type SourceRecord, type Target, type WriteContext,
} from "../../core/index.ts"
import { changedFields, digestOf } from "./digest.ts"
import type { FieldAction, JobSummary } from "./events.ts"
import { entryOutcome, type Journal, type JournalEntry, type Outcome } from "./journal.ts"

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

export interface JobOptions {
  rt: Runtime
  jobId: string
  source: Source
  target: Target
  matrix: CompiledMatrix
  journal: Journal
  /** Resume an earlier run: read the journal before touching any contact. */
  resume: boolean
  concurrency: number
  onProgress?(progress: JobProgress): void
  /** Called for each rejected record with a reason that names the field, never the value. */
  onRejected?(contactId: string, field: string | undefined, reason: string): void
  /** Aborted: take no new contact, finish and journal the ones in flight, return `interrupted`. */
  signal?: AbortSignal
}

export interface JobResult extends JobSummary {
  /** Every contact of this run that did not succeed, with its reason (never a value). */
  rejected: { contactId: string; field?: string; reason: string }[]
  latency: { p50: number; p95: number; p99: number }
  alreadyDone: number
  /** Of `failed`: records refused as invalid (bad data); a resume does not retry them. The rest a resume retries. */
  invalid: number
  /** Of `alreadyDone`: how earlier runs finished those contacts. */
  earlier: Record<Outcome, number>
  /** The signal stopped the job before the source was exhausted: it stays resumable. */
  interrupted: boolean
}

/** A failure's journal code: the HTTP status when there is one (E_HTTP_503), else the error's code. Never a value. */
function failureCode(error: unknown): string {
  if (error instanceof CxoneHttpError && error.status && error.code !== "E_CIRCUIT_OPEN") return `E_HTTP_${error.status}`
  return (error as CxedgeError)?.code ?? "E_WRITE"
}

const actionsOf = (plan: Plan): FieldAction[] =>
  plan.changes.filter((c) => !c.already).map((c) => ({ path: c.path, transform: c.transform, ...(c.keyId ? { keyId: c.keyId } : {}) }))

/**
 * Runs one anonymization job: streams the source, plans each record with
 * the matrix, validates the plan, and hands it to the target under the
 * journal's exactly-once protocol:
 *
 * planned (digest kept) -> write -> applied -> verify -> verified
 *
 * After a crash, a contact left planned or applied is compared with its
 * digest before anything is written again, so no value is transformed twice
 * and none is skipped. A record that fails validation is reported with its
 * id, field and reason, and the job goes on.
 */
export async function runJob(options: JobOptions): Promise<JobResult> {
  const { rt, jobId, source, target, matrix, journal } = options
  const started = performance.now()
  const counts = { done: 0, succeeded: 0, failed: 0, invalid: 0, skipped: 0, alreadyDone: 0 }
  const earlier: Record<Outcome, number> = { succeeded: 0, skipped: 0, invalid: 0 }
  const already = (outcome: Outcome) => {
    counts.alreadyDone++
    earlier[outcome]++
  }
  const breaker = rt.hasTenant ? rt.client.breaker : undefined
  const transforms: Record<string, number> = {}
  const rejected: JobResult["rejected"] = []
  const latency = rt.metrics.histogram("cxedge_contact_duration_seconds", { job: jobId })
  const retriesBefore = rt.metrics.total("cxedge_retries_total")
  const limitedBefore = rt.metrics.total("cxedge_rate_limited_total")
  const total = await source.total?.().catch(() => undefined)
  if (options.resume) await journal.load()
  await rt.hooks.emit("job:started", { jobId, source: source.name, target: target.name, matrix: matrix.matrix.name, dryRun: false })

  const progress = (): JobProgress => ({
    done: counts.done,
    total,
    succeeded: counts.succeeded,
    failed: counts.failed,
    skipped: counts.skipped,
    elapsedMs: performance.now() - started,
    retries: rt.metrics.total("cxedge_retries_total") - retriesBefore,
    rateLimited: rt.metrics.total("cxedge_rate_limited_total") - limitedBefore,
    pausedUntil: breaker?.retryAt(),
    now: rt.clock.now(),
  })
  const timer = options.onProgress ? setInterval(() => options.onProgress!(progress()), 250) : undefined

  const planOf = async (record: SourceRecord) => {
    const plan = await matrix.plan(record.data)
    const fields = changedFields(plan)
    return { plan, fields, digest: digestOf(plan.output, fields) }
  }

  const tally = (outcome: "succeeded" | "failed" | "skipped") => {
    counts[outcome]++
    rt.metrics.counter("cxedge_contacts_total", { outcome }).inc()
  }
  const failure = (id: string, field: string | undefined, reason: string) => {
    tally("failed")
    rejected.push({ contactId: id, field, reason })
    options.onRejected?.(id, field, reason)
  }

  const reject = async (id: string, code: string, field: string | undefined, reason: string, entry?: JournalEntry) => {
    failure(id, field, reason)
    // Listeners (outbox, audit) record the event before the journal calls the contact finished:
    // a crash in between repeats the event (same webhook-id), never loses it.
    await rt.hooks.emit("contact:failed", { jobId, contactId: id, reason, code, ...(field ? { field } : {}) })
    counts.invalid++
    await journal.finish(id, { ...entry, s: "rejected", a: (entry?.a ?? 0) + 1, e: code })
  }

  async function handle(record: SourceRecord) {
    const id = record.id
    const t0 = performance.now()
    if (record.error) return reject(id, "E_SOURCE", undefined, record.error)
    let entry: JournalEntry | undefined
    if (options.resume) {
      const outcome = journal.outcome(id)
      if (outcome) return already(outcome)
      entry = (await journal.get(id)) ?? undefined
      if (entry?.s === "verified" || entry?.s === "rejected") return already(entryOutcome(entry))
    }
    const { plan, fields, digest } = await planOf(record)
    const ctx: WriteContext = { jobId, record, plan, fields, digest, replan: planOf }
    const actions = actionsOf(plan)

    // A crash left this contact between planning and verification: is the write already in place?
    if (entry && entry.d && entry.f && target.applied) {
      const inPlace = await target.applied({ ...ctx, fields: entry.f, digest: entry.d })
      if (inPlace) {
        await rt.hooks.emit("contact:applied", { jobId, contactId: id, fields: actions, target: target.name, latencyMs: performance.now() - t0 })
        await journal.finish(id, { ...entry, s: "verified" })
        tally("succeeded")
        return
      }
    }

    const problems = [...plan.problems, ...validatePlan(plan, target.limits), ...(target.check?.(record) ?? [])]
    if (problems.length) return reject(id, problems[0]!.code, problems[0]!.path, problems.map((p) => p.reason).join("; "), entry)
    if (fields.length === 0 && target.skipsUnchanged) {
      tally("skipped")
      await rt.hooks.emit("contact:skipped", { jobId, contactId: id, reason: "already anonymized" })
      await journal.finish(id, { s: "verified", a: entry?.a ?? 0 })
      return
    }

    const attempts = (entry?.a ?? 0) + 1
    await journal.set(id, { s: "planned", f: fields, d: digest, a: attempts })
    try {
      const result = await target.write(ctx)
      await journal.set(id, { s: "applied", f: fields, d: digest, a: attempts, ...(result.requestIds ? { r: result.requestIds } : {}) })
      const ok = result.verified ?? (target.verify ? await target.verify(ctx) : true)
      if (!ok) {
        throw new CxedgeError("E_VERIFY", "anonymize", `contact ${id}: the stored values do not match the plan after writing: check for concurrent writers`)
      }
      for (const c of plan.changes) if (!c.already) transforms[c.transform] = (transforms[c.transform] ?? 0) + 1
      const ms = performance.now() - t0
      latency.observe(ms)
      await rt.hooks.emit("contact:applied", {
        jobId, contactId: id, fields: actions, target: target.name, latencyMs: ms,
        ...(result.subjects?.length ? { subjects: result.subjects } : {}),
        ...(result.requestIds?.length ? { requestIds: result.requestIds } : {}),
      })
      await journal.finish(id, { s: "verified", f: fields, d: digest, a: attempts, ...(result.requestIds ? { r: result.requestIds } : {}) })
      tally("succeeded")
    } catch (error) {
      // Left as planned/applied: a resume compares with the digest before writing again.
      const code = failureCode(error)
      failure(id, undefined, describeError(error))
      await journal.set(id, { s: "planned", f: fields, d: digest, a: attempts, e: code })
      await rt.hooks.emit("contact:failed", { jobId, contactId: id, reason: describeError(error), code })
    }
  }

  let interrupted = false
  try {
    const iterator = flatten(source.pages())
    await Promise.all(
      Array.from({ length: Math.max(1, options.concurrency) }, async () => {
        for (;;) {
          if (options.signal?.aborted) return void (interrupted = true)
          const next = await iterator.next()
          if (next.done) return
          await handle(next.value)
          counts.done++
        }
      }),
    )
    await journal.flush()
  } finally {
    if (timer) clearInterval(timer)
    await target.close?.()
  }
  options.onProgress?.(progress())
  const merged = rt.metrics.merged("cxedge_contact_duration_seconds", { job: jobId })
  const summary: JobResult = {
    processed: counts.done,
    succeeded: counts.succeeded,
    failed: counts.failed,
    invalid: counts.invalid,
    skipped: counts.skipped,
    alreadyDone: counts.alreadyDone,
    earlier,
    interrupted,
    durationMs: Math.round(performance.now() - started),
    target: target.name,
    transforms,
    rejected,
    latency: { p50: merged.p50, p95: merged.p95, p99: merged.p99 },
  }
  // An interrupted job is not finished: it is resumed later, and announced finished then.
  if (!interrupted) await rt.hooks.emit("job:finished", {
    jobId,
    summary: { processed: summary.processed, succeeded: summary.succeeded, failed: summary.failed, skipped: summary.skipped, durationMs: summary.durationMs, target: summary.target, transforms },
  })
  return summary
}

/** One record at a time from a stream of pages; concurrent `next()` calls are queued by the generator. */
async function* records(pages: AsyncIterable<SourceRecord[]>) {
  for await (const page of pages) yield* page
}
const flatten = (pages: AsyncIterable<SourceRecord[]>) => records(pages)[Symbol.asyncIterator]()
