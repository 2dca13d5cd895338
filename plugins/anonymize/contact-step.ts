import { CxedgeError, describeError, isNoRoom, type GateVerdict, type Runtime } from "../../core/index.ts"
import type { CompiledMatrix, FieldProblem, Plan } from "./matrix/index.ts"
import { failureCode, gateVerdicts, problemsOf } from "./contact-checks.ts"
import { type SourceRecord, type Target, type WriteContext, type WriteResult } from "./pipeline.ts"
import { changedFields, digestOf } from "./digest.ts"
import type { FieldAction } from "./events.ts"
import { entryOutcome, type Journal, type JournalEntry, type PageOutcome } from "./journal.ts"
import { emptyChunk } from "./journal-page.ts"
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

/** Runs `task` when one of the job's `concurrency` slots is free. */
export type Limit = <T>(task: () => Promise<T>) => Promise<T>

const actionsOf = (plan: Plan): FieldAction[] =>
  plan.changes.filter((c) => !c.already).map((c) => ({ path: c.path, transform: c.transform, ...(c.keyId ? { keyId: c.keyId } : {}) }))

type Planned = { plan: Plan; fields: string[]; digest: string }

/** A contact planned and ready to write: `entry` is what an earlier run journaled for it. */
interface Pending {
  ctx: WriteContext
  attempts: number
  started: number
  entry?: JournalEntry
}

/** What each step of a page works with, and how the page ends. */
interface Step {
  rt: Runtime
  job: ContactJob
  tally: Tally
  out: PageOutcome
  /** Someone listens to `contact:applied` (asked once a page): else no event is built. */
  applied: boolean
  /** Stops the job (no new contacts) for an error every later write would meet too. */
  halt?(error: unknown): void
}

const planned = (attempts: number, { fields, digest }: Planned, errorCode?: string): JournalEntry => ({ state: "planned", fields, ...(digest ? { digest } : {}), attempts, ...(errorCode ? { errorCode } : {}) })

/** Refused for good (bad data): a resume does not retry it. The event comes before the page's chunk calls it finished. */
async function reject({ rt, job, tally, out }: Step, id: string, problem: Pick<FieldProblem, "code" | "reason"> & { path?: string }) {
  tally.failed(id, problem.path, problem.reason, true)
  // Listeners (outbox, audit) record the event before the journal calls the contact finished:
  // a crash in between repeats the event (same webhook-id), never loses it.
  await rt.hooks.emit("contact:failed", { jobId: job.jobId, contactId: id, reason: problem.reason, code: problem.code, ...(problem.path ? { field: problem.path } : {}) })
  out.finished.invalid.push(id)
  tally.counts.done++
}

/** Written (or found in place): the event, then the page's chunk records it (a listener's failure: `unrecorded`). */
function succeeded(step: Step, p: Pending, result?: WriteResult): void | Promise<void> {
  const { rt, job } = step
  const { ctx } = p
  const ms = performance.now() - p.started
  // A million contacts: the event is built only when someone listens, and its field list only
  // when a listener reads it.
  if (!step.applied) return recordSuccess(step, ctx, ms, result)
  const { plan } = ctx
  return rt.hooks.emit("contact:applied", {
    jobId: job.jobId, contactId: ctx.record.id, get fields() { return actionsOf(plan) }, target: job.target.name, latencyMs: ms,
    ...(result?.subjects?.length ? { subjects: result.subjects } : {}),
    ...(result?.requestIds?.length ? { requestIds: result.requestIds } : {}),
  }).then(() => recordSuccess(step, ctx, ms, result), (error) => unrecorded(step, p, error))
}

/** The page's chunk and the tally record a success. Found in place: counted, but its transforms and latency belong to the run that wrote it. */
function recordSuccess({ tally, out }: Step, ctx: WriteContext, ms: number, result: WriteResult | undefined) {
  out.finished[ctx.fields.length ? "succeeded" : "skipped"].push(ctx.record.id)
  if (result) tally.succeeded(ctx.plan, ms)
  else tally.succeeded()
  tally.counts.done++
}

/** Not finished: its entry stays planned, with the code, for a resume to compare and retry. Returns the code. */
function unfinished({ tally, out, halt }: Step, p: Pending, error: unknown, reason: string): string {
  const code = failureCode(error)
  // A full disk is said once, when the job stops, not once a contact: the contacts stay planned for the resume.
  const stops = isNoRoom(code) && halt
  if (stops) halt(error)
  tally.failed(p.ctx.record.id, undefined, reason, false, !!stops)
  out.failed.push([p.ctx.record.id, planned(p.attempts, p.ctx, code)])
  tally.counts.done++
  return code
}

// Written, but a durable listener (audit sink, outbox) kept no record of it. Not contact:failed: the consent platform
// heard "failed" of a written contact, then "anonymized" from the resume, which finds it in place and tells it again.
const unrecorded = (step: Step, p: Pending, error: unknown) =>
  void unfinished(step, p, error, `written, but its record was not kept (${describeError(error)}): resume the job to record it`)

/** The write failed: left to the resume, and told. */
async function failed(step: Step, p: Pending, error: unknown) {
  const { rt, job, halt } = step
  const code = unfinished(step, p, error, describeError(error))
  await rt.hooks.emit("contact:failed", { jobId: job.jobId, contactId: p.ctx.record.id, reason: describeError(error), code }).catch((lost) => {
    // The failure's own record found no room either: the contact stays planned, and its resume records what it does.
    if (!(isNoRoom(failureCode(lost)) && halt)) throw lost
    halt(lost)
  })
}

/** After the write: proven by its answer, or read back (an answer that does not show the values, false, proves no failure). */
async function verified(step: Step, p: Pending, result: WriteResult) {
  const { target } = step.job
  const ok = result.verified === true || (target.verify ? await target.verify(p.ctx) : result.verified !== false)
  if (!ok) throw new CxedgeError("E_VERIFY", "anonymize", `contact ${p.ctx.record.id}: the stored values do not match the plan after writing: check for concurrent writers`)
  await succeeded(step, p, result)
}

/** A written contact of a page: proven by the write's own answer (an export's), it goes straight on to `succeeded`. */
function settleWritten(step: Step, p: Pending, result: WriteResult): void | Promise<void> {
  if (result.verified !== true) return verified(step, p, result).catch((error) => failed(step, p, error))
  try {
    return succeeded(step, p, result)?.catch((error) => failed(step, p, error))
  } catch (error) {
    return failed(step, p, error)
  }
}

async function writeOne(step: Step, p: Pending) {
  try {
    await verified(step, p, await step.job.target.write(p.ctx))
  } catch (error) {
    await failed(step, p, error)
  }
}

/**
 * A contact an earlier run left between planning and verification, one at a time as before
 * batching: compared with its digest first (then it is finished), else checked and written
 * under an entry of its own, stored before the write.
 */
async function resumeOne(step: Step, p: Pending) {
  const { target, journal } = step.job
  const { ctx, entry } = p
  const digest = entry?.digest ?? ""
  if ((digest || target.byIdOnly) && entry?.fields && target.applied && (await target.applied({ ...ctx, fields: entry.fields, digest }))) {
    return succeeded(step, { ...p, ctx: { ...ctx, fields: entry.fields, digest } })
  }
  const problem = problemsOf(target, ctx)
  if (problem) return reject(step, ctx.record.id, problem)
  if (ctx.fields.length === 0 && target.skipsUnchanged) return skip(step, ctx)
  await journal.set(ctx.record.id, planned(p.attempts, ctx))
  await writeOne(step, p)
}

/** A write gate (a legal hold) vetoes the contact: nothing is written; the journal keeps it as held, so a resume leaves it too. */
async function hold({ rt, job, tally, out }: Step, id: string, verdict: GateVerdict) {
  tally.held()
  await rt.hooks.emit("contact:held", { jobId: job.jobId, contactId: id, gate: verdict.gate, heldBy: verdict.heldBy })
  out.finished.held.push(id)
  tally.counts.done++
}

/**
 * Nothing to write. A contact no rule applied to (every rule's `when` false, or none of its fields there) is told as
 * such, not as "already anonymized": a matrix whose conditions matched nothing reported every contact done.
 */
async function skip({ rt, job, tally, out }: Step, ctx: WriteContext) {
  const id = ctx.record.id
  const noRule = ctx.plan.covered.length === 0
  tally.skipped(noRule)
  await rt.hooks.emit("contact:skipped", { jobId: job.jobId, contactId: id, reason: noRule ? "no rule applied" : "already anonymized" })
  out.finished.skipped.push(id)
  tally.counts.done++
}

/** Writes a page's fresh contacts: in one call when the target takes many, else `limit` at a time. */
async function writeFresh(step: Step, fresh: Pending[], limit: Limit, signal?: AbortSignal) {
  const { target } = step.job
  if (target.writeMany && fresh.length > 1) {
    let results: WriteResult[]
    try {
      results = await target.writeMany(fresh.map((p) => p.ctx))
    } catch (error) {
      for (const p of fresh) await failed(step, p, error)
      return
    }
    // Together, not one after another: listeners then see the page's events at once (the consent
    // outbox stores them as one item); all of them still finish before the page's chunk is settled.
    const settling: Promise<void>[] = []
    for (let i = 0; i < fresh.length; i++) {
      const settled = settleWritten(step, fresh[i]!, results[i]!)
      if (settled) settling.push(settled)
    }
    await Promise.all(settling)
    return
  }
  // Aborted: contacts not yet started are left unplanned, as if never read.
  await Promise.all(fresh.map((p) => limit(async () => (signal?.aborted ? undefined : writeOne(step, p)))))
}

/**
 * The exactly-once protocol, a page of contacts at a time:
 *
 * planned (the page's digests, one write) -> write -> verified (the page's chunk, one write)
 *
 * After a crash, a contact left planned is compared with its digest before
 * anything is written again, so no value is transformed twice and none is
 * skipped (see `journal.ts`). A record that fails validation is refused as
 * invalid, with its id, field and reason, and the job goes on. Contacts an
 * earlier run left half done go one at a time, as they did before batching.
 * A target that `holds` its own record of what it wrote (an export) stores no
 * planned entries: write -> verified, and a resume asks the target first.
 */
export function pageStep(rt: Runtime, job: ContactJob, tally: Tally, limit: Limit, signal?: AbortSignal, halt?: (error: unknown) => void): (records: SourceRecord[]) => Promise<void> {
  const { target, journal } = job
  const holds = target.holds?.bind(target)
  const ready = (plan: Plan): Planned => {
    const fields = changedFields(plan)
    return { plan, fields, digest: target.byIdOnly ? "" : digestOf(plan.output, fields) }
  }
  const planOf = (record: SourceRecord): Planned | Promise<Planned> => {
    const plan = job.matrix.plan(record.data)
    return plan instanceof Promise ? plan.then(ready) : ready(plan)
  }
  const replan = async (record: SourceRecord) => planOf(record)

  /** Sorts a page: finished earlier, refused, skipped, or to write (fresh, or with an earlier entry). */
  async function sort(step: Step, records: SourceRecord[]) {
    const fresh: Pending[] = []
    const earlier: Pending[] = []
    const verdicts = await gateVerdicts(rt, job.matrix, records)
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!
      const started = performance.now()
      if (record.error) {
        await reject(step, record.id, { code: "E_SOURCE", reason: record.error })
        continue
      }
      let entry: JournalEntry | undefined
      if (job.resume) {
        const outcome = journal.outcome(record.id) ?? undefined
        entry = !outcome && journal.hasEntry(record.id) ? ((await journal.get(record.id)) ?? undefined) : undefined
        const finished = outcome ?? (entry?.state === "verified" || entry?.state === "rejected" ? entryOutcome(entry) : undefined)
        if (finished) {
          tally.alreadyDone(finished)
          tally.counts.done++
          continue
        }
      }
      // Held wins over an earlier run's half-done entry: a hold added since then stops the write.
      const verdict = verdicts?.[i]
      if (verdict) {
        await hold(step, record.id, verdict)
        continue
      }
      const planning = planOf(record)
      const { plan, fields, digest } = planning instanceof Promise ? await planning : planning
      const ctx: WriteContext = { jobId: job.jobId, record, plan, fields, digest, replan }
      const p: Pending = { ctx, attempts: (entry?.attempts ?? 0) + 1, started, entry }
      if (entry) {
        earlier.push(p)
        continue
      }
      // A target that is its own journal stored no planned entry before writing: it says itself whether the contact is there.
      if (job.resume && holds && (await holds(record.id))) {
        await succeeded(step, p)
        continue
      }
      const problem = problemsOf(target, ctx)
      if (problem) await reject(step, record.id, problem)
      else if (ctx.fields.length === 0 && target.skipsUnchanged) await skip(step, ctx)
      else fresh.push(p)
    }
    return { fresh, earlier }
  }

  return async function page(records) {
    const step: Step = { rt, job, tally, out: { finished: emptyChunk(), failed: [] }, applied: rt.hooks.count("contact:applied") > 0, halt }
    const { fresh, earlier } = await sort(step, records)
    const batch = fresh.length && !holds ? await journal.plan(fresh.map((p) => [p.ctx.record.id, planned(p.attempts, p.ctx)])) : undefined
    await Promise.all([
      writeFresh(step, fresh, limit, signal),
      ...earlier.map((p) => limit(async () => (signal?.aborted ? undefined : resumeOne(step, p)))),
    ])
    await journal.settle(batch, step.out)
  }
}
