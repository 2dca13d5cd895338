import { CxedgeError, CxoneHttpError, describeError, type Runtime } from "../../core/index.ts"
import { validatePlan, type CompiledMatrix, type Plan } from "./matrix/index.ts"
import { type SourceRecord, type Target, type WriteContext } from "./pipeline.ts"
import { changedFields, digestOf } from "./digest.ts"
import type { FieldAction } from "./events.ts"
import { entryOutcome, type Journal, type JournalEntry } from "./journal.ts"
import type { Tally } from "./tally.ts"

/** What a contact step needs of its job. */
export interface ContactJob {
  jobId: string
  target: Target
  matrix: CompiledMatrix
  journal: Journal
  /** Read the journal before touching a contact: an earlier run may have finished it, or left it half done. */
  resume: boolean
}

/** A failure's journal code: the HTTP status when there is one (E_HTTP_503), else the error's code. Never a value. */
function failureCode(error: unknown): string {
  if (error instanceof CxoneHttpError && error.status && error.code !== "E_CIRCUIT_OPEN") return `E_HTTP_${error.status}`
  return (error as CxedgeError)?.code ?? "E_WRITE"
}

const actionsOf = (plan: Plan): FieldAction[] =>
  plan.changes.filter((c) => !c.already).map((c) => ({ path: c.path, transform: c.transform, ...(c.keyId ? { keyId: c.keyId } : {}) }))

/** What each step of a contact works with. */
interface Step {
  rt: Runtime
  job: ContactJob
  tally: Tally
}

/** Refused for good (bad data): a resume does not retry it. */
async function reject({ rt, job, tally }: Step, id: string, code: string, field: string | undefined, reason: string, entry?: JournalEntry) {
  tally.failed(id, field, reason, true)
  // Listeners (outbox, audit) record the event before the journal calls the contact finished:
  // a crash in between repeats the event (same webhook-id), never loses it.
  await rt.hooks.emit("contact:failed", { jobId: job.jobId, contactId: id, reason, code, ...(field ? { field } : {}) })
  await job.journal.finish(id, { ...entry, state: "rejected", attempts: (entry?.attempts ?? 0) + 1, errorCode: code })
}

/** On a resume: the contact's unfinished entry, or `"done"` when an earlier run finished it. */
async function earlierEntry({ job, tally }: Step, id: string): Promise<JournalEntry | "done" | undefined> {
  if (!job.resume) return undefined
  const outcome = job.journal.outcome(id)
  if (outcome) return tally.alreadyDone(outcome), "done"
  const entry = (await job.journal.get(id)) ?? undefined
  if (entry?.state === "verified" || entry?.state === "rejected") return tally.alreadyDone(entryOutcome(entry)), "done"
  return entry
}

/** A crash left this contact between planning and verification: true when its write is already in place (then it is finished). */
async function foundInPlace({ rt, job, tally }: Step, ctx: WriteContext, entry: JournalEntry | undefined, started: number): Promise<boolean> {
  const { target, journal } = job
  if (!entry?.digest || !entry.fields || !target.applied) return false
  if (!(await target.applied({ ...ctx, fields: entry.fields, digest: entry.digest }))) return false
  await rt.hooks.emit("contact:applied", { jobId: job.jobId, contactId: ctx.record.id, fields: actionsOf(ctx.plan), target: target.name, latencyMs: performance.now() - started })
  await journal.finish(ctx.record.id, { ...entry, state: "verified" })
  tally.succeeded()
  return true
}

/** Writes, verifies and journals each step; a failure leaves the entry planned, with its code, for a resume to retry. */
async function apply({ rt, job, tally }: Step, ctx: WriteContext, attempts: number, started: number) {
  const { jobId, target, journal } = job
  const { record: { id }, plan, fields, digest } = ctx
  await journal.set(id, { state: "planned", fields, digest, attempts })
  try {
    const result = await target.write(ctx)
    const requestIds = result.requestIds ? { requestIds: result.requestIds } : {}
    await journal.set(id, { state: "applied", fields, digest, attempts, ...requestIds })
    const ok = result.verified ?? (target.verify ? await target.verify(ctx) : true)
    if (!ok) throw new CxedgeError("E_VERIFY", "anonymize", `contact ${id}: the stored values do not match the plan after writing: check for concurrent writers`)
    const ms = performance.now() - started
    await rt.hooks.emit("contact:applied", {
      jobId, contactId: id, fields: actionsOf(plan), target: target.name, latencyMs: ms,
      ...(result.subjects?.length ? { subjects: result.subjects } : {}),
      ...(result.requestIds?.length ? { requestIds: result.requestIds } : {}),
    })
    await journal.finish(id, { state: "verified", fields, digest, attempts, ...requestIds })
    tally.succeeded(plan, ms)
  } catch (error) {
    // Left planned: a resume compares with the digest before writing again.
    const code = failureCode(error)
    tally.failed(id, undefined, describeError(error))
    await journal.set(id, { state: "planned", fields, digest, attempts, errorCode: code })
    await rt.hooks.emit("contact:failed", { jobId, contactId: id, reason: describeError(error), code })
  }
}

/**
 * The exactly-once protocol for one contact, as a function of its record:
 *
 * planned (digest kept) -> write -> applied -> verify -> verified
 *
 * After a crash, a contact left planned or applied is compared with its
 * digest before anything is written again, so no value is transformed twice
 * and none is skipped. A record that fails validation is refused as invalid,
 * with its id, field and reason, and the job goes on.
 */
export function contactStep(rt: Runtime, job: ContactJob, tally: Tally): (record: SourceRecord) => Promise<void> {
  const step: Step = { rt, job, tally }
  const { target, journal } = job
  const planOf = async (record: SourceRecord) => {
    const plan = await job.matrix.plan(record.data)
    const fields = changedFields(plan)
    return { plan, fields, digest: digestOf(plan.output, fields) }
  }

  return async function handle(record) {
    const started = performance.now()
    if (record.error) return reject(step, record.id, "E_SOURCE", undefined, record.error)
    const entry = await earlierEntry(step, record.id)
    if (entry === "done") return
    const ctx: WriteContext = { jobId: job.jobId, record, ...(await planOf(record)), replan: planOf }
    if (await foundInPlace(step, ctx, entry, started)) return

    const problems = [...ctx.plan.problems, ...validatePlan(ctx.plan, target.limits), ...(target.check?.(record) ?? [])]
    if (problems.length) return reject(step, record.id, problems[0]!.code, problems[0]!.path, problems.map((p) => p.reason).join("; "), entry)
    if (ctx.fields.length === 0 && target.skipsUnchanged) {
      tally.skipped()
      await rt.hooks.emit("contact:skipped", { jobId: job.jobId, contactId: record.id, reason: "already anonymized" })
      await journal.finish(record.id, { state: "verified", attempts: entry?.attempts ?? 0 })
      return
    }
    await apply(step, ctx, (entry?.attempts ?? 0) + 1, started)
  }
}
