import { createHash } from "node:crypto"
import { jobKeys, refuseOtherJobKeys } from "./job-keys.ts"
import { ConfigError, EMBEDDED_SANDBOX_KEY, pauseWhenOpen, type CxoneClient, type FileAccess, type ProcessOwner, type Runtime } from "../../core/index.ts"
import { refuseUnjudgedWrites } from "./contact-checks.ts"
import { compileMatrix, residualCheck, type CompiledMatrix, type Matrix } from "./matrix/index.ts"
import { firstPageChecked } from "./matrix/reach.ts"
import { runJob, stoppedError, type JobResult, type RunnableJob, type RunOptions } from "./job.ts"
import { makeSource, makeTarget } from "./job-parts.ts"
import { createJournal, jobStore, type JobMeta, type JobTotals } from "./journal.ts"
import { jobOrigin, refuseMovedJob } from "./job-origin.ts"
import { acquireLease } from "./lease.ts"
import { guardJobWrites } from "./write-guards.ts"
import type { Target } from "./pipeline.ts"
import { scopeToPlan } from "./plan-scope.ts"
import type { JobRequest } from "./request.ts"
import type { AnonymizeSettings } from "./settings.ts"

/** A job ready to run: what `runJob` needs, built from the job's stored record. */
export interface PreparedJob extends RunnableJob {
  /** The job's record; for a new job, stored when it first runs (`completeJob`). */
  meta: JobMeta
  /** True only for `finished`: a job `finished_with_failures` still has contacts a resume retries. */
  finished: boolean
}

const newJobId = () => `job_${new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14)}_${crypto.randomUUID().slice(0, 6)}`
/** The digest a job's and a plan's matrix is compared by. */
export const digestOfMatrix = (m: Matrix) => createHash("sha256").update(JSON.stringify(m)).digest("hex").slice(0, 16)

/** The record of a job named in the request that exists, with what a resume may add (--allow-unconditional). */
function resumedMeta(existing: JobMeta, request: JobRequest): JobMeta {
  if (request.matrix && digestOfMatrix(request.matrix) !== existing.matrixDigest) {
    throw new ConfigError("anonymize", `job ${existing.id} was started with another matrix: resume it without --matrix, or start a new job`)
  }
  return request.target?.allowUnconditional ? { ...existing, target: { ...existing.target, allowUnconditional: true } } : existing
}

/** A new job's record: the request with its defaults filled in (the target from the matrix, the source from the target). */
function newMeta(request: JobRequest): JobMeta {
  const matrix = request.matrix
  if (!matrix) throw new ConfigError("anonymize", "no matrix: pass --matrix matrices/gdpr.json")
  const { allowUnconditional, ...target } = request.target ?? {}
  const targetKind = target.kind ?? matrix.target ?? "patch"
  return {
    id: request.jobId ?? newJobId(),
    state: "running",
    createdAt: new Date().toISOString(),
    matrix: matrix.name,
    matrixDigest: digestOfMatrix(matrix),
    matrixBody: matrix,
    source: { ...request.source, kind: request.source?.kind ?? (targetKind === "erasure" ? "cxone" : "records") },
    target: { ...target, kind: targetKind, ...(allowUnconditional ? { allowUnconditional: true } : {}) },
  }
}

/**
 * The records API is the seed tutorial's contract, not a CXone API: a tenant configured with only its access key
 * has none, and CXone has no call that edits a contact's personal data (cxone-api.md §4.3). A job that needs the
 * records API there is refused before anything is read, naming the CXone path, rather than with the client's
 * generic "set CXEDGE_RECORDS_URL", which reads as if the tenant were missing a setting.
 */
export function refuseWithoutRecords(meta: JobMeta, rt: Pick<Runtime, "client">, words: JobWords = FLAG_WORDS): void {
  // A job that reads and writes no records API (jsonl to export) may run with no tenant at all: the client is not asked for.
  if (meta.source.kind !== "records" && meta.target.kind !== "patch") return
  const tenant = rt.client.tenant
  if (!tenant || tenant.records) return
  if (meta.target.kind !== "patch") {
    throw new ConfigError("anonymize", `the records source reads the records API (the seed tutorial's contract), which is not configured: to read the tenant's completed contacts ${words.choose({ source: "cxone", since: "30d" })}, or ${words.records}`)
  }
  throw new ConfigError(
    "anonymize",
    `the ${meta.matrix ? `${meta.matrix} matrix's ` : ""}patch target writes through the records API (the seed tutorial's contract), which is not configured, and CXone has no API that edits a contact's personal data: for a CXone tenant ${words.choose({ target: "erasure", source: "cxone", since: "30d" })} (a Privacy erasure per subject, DFO message removal${words.dryRun}), or ${words.records}`,
  )
}

/** How a refusal names a job's choices: the CLI's flags, or (for a caller of POST /v1/jobs) the body's fields. */
export interface JobWords {
  /** `use --source cxone --since 30d`, or `send {"source": "cxone", "since": "30d"}`. */
  choose(fields: Record<string, string>): string
  /** Where the records API is configured, said to the one who can. */
  records: string
  /** How to see first what a job would do, after a "; ", or "" (a route's job is a plan: it writes nothing). */
  dryRun: string
}
const RECORDS_VARIABLES = "CXEDGE_RECORDS_URL, CXEDGE_RECORDS_CLIENT_ID and CXEDGE_RECORDS_CLIENT_SECRET"
export const FLAG_WORDS: JobWords = {
  choose: (fields) => `use ${Object.entries(fields).map(([key, value]) => `--${key} ${value}`).join(" ")}`,
  records: `set ${RECORDS_VARIABLES}`,
  dryRun: "; try --dry-run first",
}
// A route's caller was told "--target erasure --source cxone" and to set variables it cannot see (round 35 left it).
export const BODY_WORDS: JobWords = {
  choose: (fields) => `send {${Object.entries(fields).map(([key, value]) => `"${key}": "${value}"`).join(", ")}}`,
  records: `have the server's operator configure the records API (${RECORDS_VARIABLES} in the server's environment)`,
  dryRun: "",
}

/**
 * A file's export encrypted with the embedded sandbox's throwaway key, made afresh for each run: nothing could decrypt
 * it after the run, and the records are the user's own (the sandbox's contacts are made afresh, and lose nothing).
 */
function refuseThrowawayEncryption(meta: JobMeta, matrix: CompiledMatrix): void {
  if (meta.source.kind !== "jsonl" || meta.target.kind !== "export" || !matrix.reversibleKeyIds.includes(EMBEDDED_SANDBOX_KEY)) return
  throw new ConfigError("anonymize", `matrix ${matrix.matrix.name} encrypts (a reversible transform) and CXEDGE_HMAC_KEYS is not set: the embedded sandbox's throwaway key is made afresh for each run, so nothing could decrypt this export of --file after it. Nothing was written; set CXEDGE_HMAC_KEYS (e.g. k1:$(openssl rand -base64 32)) and keep it for cxedge decrypt`)
}

/**
 * Turns a request (or a job id to resume) into a ready job: the compiled
 * matrix, source, target and journal. A resumed job uses the matrix,
 * source and target stored with it, so nothing about it can drift. Nothing
 * is stored yet: a job asked for and then declined leaves no trace.
 */
export async function prepareJob(rt: Runtime, request: JobRequest, settings: Partial<AnonymizeSettings>, files?: FileAccess, words: JobWords = FLAG_WORDS): Promise<PreparedJob> {
  // Before anything is read or stored: a job a gate refuses leaves no job, journal, plan or audit record behind.
  await refuseUnjudgedWrites(rt)
  const existing = request.jobId ? await jobStore(rt.storage.namespace("jobs")).get(request.jobId) : undefined
  if (request.resume && !existing) throw new ConfigError("anonymize", `no job ${request.jobId} in this storage: check the id (cxedge jobs) and --storage-dir`)
  const meta = existing ? resumedMeta(existing, request) : newMeta(request)
  await guardJobWrites(rt, meta, !!existing, request.dryRun === true)
  if (request.target?.allowUnconditional && meta.target.kind !== "patch") {
    throw new ConfigError("anonymize", `--allow-unconditional applies to the patch target only, not ${meta.target.kind}: drop it`)
  }
  refuseWithoutRecords(meta, rt, words)
  if (existing) await refuseMovedJob(rt, existing, files)
  const matrix = compileMatrix(meta.matrixBody, { transforms: rt.transforms, keys: rt.keys, residual: residualCheck(rt) })
  if (!existing && !request.dryRun) refuseThrowawayEncryption(meta, matrix)
  const keys = jobKeys(rt, matrix.keyIds)
  if (existing && existing.state !== "finished") refuseOtherJobKeys(existing, keys)
  else meta.keys = keys
  const journal = createJournal(rt.storage.namespace("journal"), meta.id)
  // Sources and targets pause while the tenant's breaker is open rather than fail their contacts.
  let client: CxoneClient | undefined
  const jobRt = Object.create(rt, { client: { get: () => (client ??= pauseWhenOpen(rt.client)) } }) as Runtime
  const resume = !!existing
  const opened = await makeSource(jobRt, meta.source, files)
  if (!existing) meta.origin = await jobOrigin(rt, meta, files)
  // A plan's run reads only the approved scope (plan-scope.ts); the target, made next, is read when its pages are.
  let target: Target | undefined
  const alreadyDone = async (data: Record<string, unknown>) => {
    const plan = await matrix.plan(data)
    return plan.problems.length === 0 && plan.changes.every((c) => c.already)
  }
  const scoped = meta.source.plan ? await scopeToPlan(rt, meta.source.plan, opened, journal, resume, () => target?.holds?.bind(target), alreadyDone) : opened
  // A new job's first page is read before its target is made (an export's --out is emptied then) and before anything is
  // stored or locked: a rule whose path slipped (`emial`) refuses it there. A dry run checks its own pages (dry-run.ts).
  const source = resume || request.dryRun ? scoped : await firstPageChecked(scoped, matrix.matrix, `matrix ${matrix.matrix.name}`, meta.target.kind)
  target = await makeTarget({ rt: jobRt, jobId: meta.id, spec: meta.target, matrix, source, journal, settings, files, resume, dryRun: request.dryRun === true })
  return { jobId: meta.id, meta, matrix, source, target, journal, resume, finished: meta.state === "finished" }
}

export interface CompleteOptions extends RunOptions {
  /**
   * This process: the job then holds a lease (`locks:job:<id>`) while it runs,
   * and a second runner of the same job is refused. Hosts without pids (a
   * Worker's queue, which claims each task itself) leave it out.
   */
  owner?: ProcessOwner
  /** Lease timings (tests). */
  lease?: { ttlMs?: number; renewMs?: number; settleMs?: number }
}

/** The job's counts over all its runs: earlier runs' outcomes plus this run's; failures are this run's alone (they were retried). */
function totalsOf(r: JobResult, before?: JobTotals): JobTotals {
  return {
    processed: r.processed,
    succeeded: r.succeeded + r.earlier.succeeded,
    skipped: r.skipped + r.earlier.skipped,
    // The journal keeps no-rule skips as skips: the earlier runs' come from the totals they recorded.
    noRuleApplied: (r.noRuleApplied ?? 0) + (before?.noRuleApplied ?? 0),
    held: (r.held ?? 0) + r.earlier.held,
    invalid: r.invalid + r.earlier.invalid,
    failed: r.failed - r.invalid,
  }
}

/**
 * Runs a prepared job to its end and records its state: `finished`, or
 * `finished_with_failures` when some writes failed (a resume retries them).
 * A new job is stored before its first contact; an interrupted job stays
 * `running`. With an `owner`, the job holds its lease throughout; a lease
 * lost to another runner stops it.
 */
export async function completeJob(rt: Runtime, job: PreparedJob, options: CompleteOptions): Promise<JobResult> {
  const { owner, lease: timings, ...runOptions } = options
  const stop = new AbortController()
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal
  const lease = owner
    ? await acquireLease({ storage: rt.storage.locks, jobId: job.jobId, owner, clock: rt.clock, ...timings, onLost: (holder) => {
        rt.log.warn(`[cxedge] [anonymize] job ${job.jobId}: its lease was taken by pid ${holder.pid}@${holder.host}: stopping; the other runner goes on`)
        stop.abort()
      } })
    : undefined
  const jobs = jobStore(rt.storage.namespace("jobs"))
  try {
    if (!job.resume || job.meta.state !== "running") await jobs.set({ ...job.meta, state: "running" })
    const result = await runJob(rt, job, { ...runOptions, signal })
    if (result.interrupted) return result
    const { rejected: _, ...summary } = result
    const totals = totalsOf(result, job.resume ? job.meta.totals : undefined)
    await jobs.set({ ...job.meta, state: totals.failed > 0 ? "finished_with_failures" : "finished", finishedAt: new Date().toISOString(), summary, totals })
    return result
  } finally {
    await lease?.release()
  }
}

/**
 * A queued job's run (an erasure request, a contact-ended callout, an approved plan): a job that stopped itself (a full
 * disk) fails its task, which the queue runs again later to resume it. Returning would call the task done, its job
 * left running with contacts unwritten and nothing to run it again.
 */
export async function completeQueuedJob(rt: Runtime, job: PreparedJob, options: CompleteOptions): Promise<void> {
  const result = await completeJob(rt, job, options)
  if (result.interrupted) throw stoppedError(`job ${job.jobId}`, result, "its task runs it again")
}
