import { createHash } from "node:crypto"
import {
  compileMatrix, ConfigError, pauseWhenOpen, type CompiledMatrix, type CxoneClient, type FileAccess, type Matrix, type ProcessOwner, type Runtime,
  type Source, type Target,
} from "../../core/index.ts"
import { runJob, type JobOptions, type JobResult } from "./job.ts"
import { createJournal, jobStore, type JobMeta, type JobTotals, type Journal } from "./journal.ts"
import { acquireLease } from "./lease.ts"
import { createCxoneSource } from "./sources/cxone.ts"
import { createRecordsSource } from "./sources/records.ts"
import { createSingleSource } from "./sources/single.ts"
import { createSubjectSource } from "./sources/subject.ts"
import { decryptValue } from "./transforms/encrypt.ts"
import type { DfoHistoryOptions } from "./targets/dfo-history.ts"
import { createErasureTarget } from "./targets/erasure.ts"
import { createExportTarget, storageSink } from "./targets/export.ts"
import { fileSink } from "./targets/export-file.ts"
import { createJsonlSource } from "./sources/jsonl.ts"
import { createPatchTarget } from "./targets/patch.ts"

export type SourceKind = "cxone" | "records" | "jsonl" | "subject" | "single"
export type TargetKind = "patch" | "erasure" | "export"

export interface JobRequest {
  matrix?: Matrix
  /** For `subject`, `subject` holds the identifier encrypted (enc_...): job records never hold it in clear. */
  source?: { kind: SourceKind; since?: string; until?: string; file?: string; subject?: string; id?: string; from?: "records" | "cxone" }
  target?: { kind: TargetKind; out?: string }
  jobId?: string
  /** Continue the named job from its journal. */
  resume?: boolean
  /** Plan only: nothing is stored, not even the job. */
  dryRun?: boolean
  /** Patch target: write records served without an ETag with `If-Match: *` (--allow-unconditional); kept with the job, and a resume may add it. */
  allowUnconditional?: boolean
}


export interface PreparedJob {
  jobId: string
  meta: JobMeta
  matrix: CompiledMatrix
  source: Source
  target: Target
  journal: Journal
  resume: boolean
  /** True only for `finished`: a job `finished_with_failures` still has contacts a resume retries. */
  finished: boolean
}

export interface AnonymizeSettings {
  concurrency: number
  digitalMedia?: string[]
  dfoContactField?: string
  /** How DFO message history is read (settings.anonymize.dfoHistory). */
  dfoHistory?: DfoHistoryOptions
}

const newJobId = () => `job_${new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14)}_${crypto.randomUUID().slice(0, 6)}`
const digestOfMatrix = (m: Matrix) => createHash("sha256").update(JSON.stringify(m)).digest("hex").slice(0, 16)

/**
 * Turns a request (or a job id to resume) into a ready job: the compiled
 * matrix, source, target and journal. A resumed job uses the matrix,
 * source and target stored with it, so nothing about it can drift.
 */
export async function prepareJob(rt: Runtime, request: JobRequest, settings: AnonymizeSettings, files?: FileAccess): Promise<PreparedJob> {
  const jobs = jobStore(rt.storage.namespace("jobs"))
  let meta: JobMeta
  let resume = false
  const existing = request.jobId ? await jobs.get(request.jobId) : undefined
  if (request.resume && !existing) throw new ConfigError("anonymize", `no job ${request.jobId} in this storage: check the id (cxedge jobs) and --storage-dir`)
  if (existing) {
    resume = true
    meta = existing
    if (request.matrix && digestOfMatrix(request.matrix) !== meta.matrixDigest) {
      throw new ConfigError("anonymize", `job ${meta.id} was started with another matrix: resume it without --matrix, or start a new job`)
    }
    if (request.allowUnconditional) meta = { ...meta, target: { ...meta.target, allowUnconditional: true } }
  } else {
    const matrix = request.matrix
    if (!matrix) throw new ConfigError("anonymize", "no matrix: pass --matrix matrices/gdpr.json")
    const targetKind = request.target?.kind ?? matrix.target ?? "patch"
    const sourceKind = request.source?.kind ?? (targetKind === "erasure" ? "cxone" : "records")
    meta = {
      id: request.jobId ?? newJobId(),
      state: "running",
      createdAt: new Date().toISOString(),
      matrix: matrix.name,
      matrixDigest: digestOfMatrix(matrix),
      matrixBody: matrix,
      source: { ...request.source, kind: sourceKind },
      target: { ...request.target, kind: targetKind, ...(request.allowUnconditional ? { allowUnconditional: true } : {}) },
    }
  }
  if (request.allowUnconditional && meta.target.kind !== "patch") {
    throw new ConfigError("anonymize", `--allow-unconditional applies to the patch target only, not ${String(meta.target.kind)}: drop it`)
  }
  const matrix = compileMatrix(meta.matrixBody, { transforms: rt.transforms, keys: rt.keys })
  const journal = createJournal(rt.storage.namespace("journal"), meta.id)
  // Sources and targets pause while the tenant's breaker is open rather than fail their contacts.
  let client: CxoneClient | undefined
  const jobRt = Object.create(rt, { client: { get: () => (client ??= pauseWhenOpen(rt.client)) } }) as Runtime
  const source = await makeSource(jobRt, meta.source as NonNullable<JobRequest["source"]>, files)
  const target = await makeTarget(jobRt, meta, matrix, source, journal, settings, files, resume, request.dryRun === true)
  if (!existing && !request.dryRun) await jobs.set(meta)
  return { jobId: meta.id, meta, matrix, source, target, journal, resume, finished: meta.state === "finished" }
}

async function makeSource(rt: Runtime, spec: NonNullable<JobRequest["source"]>, files?: FileAccess): Promise<Source> {
  if (spec.kind === "cxone") return createCxoneSource(rt.client, { startDate: spec.since, endDate: spec.until })
  if (spec.kind === "single") return createSingleSource(rt.client, spec.from ?? "records", spec.id ?? "")
  if (spec.kind === "subject") return createSubjectSource(rt.client, { subject: decryptValue(rt.keys, spec.subject ?? ""), since: spec.since, until: spec.until })
  if (spec.kind === "records") return createRecordsSource(rt.client)
  if (!spec.file) throw new ConfigError("anonymize", "--source jsonl needs --file path/to/contacts.jsonl")
  if (!files) throw new ConfigError("anonymize", "a JSONL source is only available from the CLI")
  return createJsonlSource(files, spec.file)
}

async function makeTarget(
  rt: Runtime, meta: JobMeta, matrix: CompiledMatrix, source: Source, journal: Journal, settings: AnonymizeSettings, files: FileAccess | undefined, resume: boolean,
  dryRun = false,
): Promise<Target> {
  const spec = meta.target as { kind: TargetKind; out?: string; allowUnconditional?: boolean }
  if (spec.kind === "patch") {
    if (!source.get) throw new ConfigError("anonymize", `the patch target writes to the records API: use --source records, not ${source.name}`)
    return createPatchTarget(rt.client, source, { allowUnconditional: spec.allowUnconditional === true || matrix.matrix.allowUnconditionalWrite === true })
  }
  if (spec.kind === "erasure") {
    const hmac = rt.transforms.get("hmac")
    const pseudonym = (value: string) => {
      if (!hmac || rt.keys.ids().length === 0) return undefined
      return hmac.apply(value, { prefix: "sub", bytes: 16 }, { path: "subject", record: {}, keys: rt.keys }) as string
    }
    return createErasureTarget(rt, rt.client, {
      subjects: matrix.matrix.subjects ?? [{ path: "fromAddress" }],
      journal,
      pseudonym,
      digitalMedia: settings.digitalMedia,
      dfoContactField: settings.dfoContactField,
      dfoHistory: settings.dfoHistory,
      defaultCountryCode: matrix.matrix.defaultRegion ?? matrix.matrix.defaultCountryCode,
    })
  }
  if (spec.out) {
    if (!files) throw new ConfigError("anonymize", "exporting to a file is only available from the CLI")
    // A dry run writes nothing: opening the file sink would already empty an existing --out file.
    if (dryRun) return createExportTarget({ append: async () => {}, has: async () => false, close: async () => {} }, matrix)
    return createExportTarget(await fileSink(files, spec.out, { resume }), matrix)
  }
  return createExportTarget(storageSink(rt.storage.namespace("exports"), meta.id), matrix)
}

export interface CompleteOptions extends Pick<JobOptions, "concurrency" | "onProgress" | "onRejected" | "signal"> {
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
function totalsOf(r: JobResult): JobTotals {
  return {
    processed: r.processed,
    succeeded: r.succeeded + r.earlier.succeeded,
    skipped: r.skipped + r.earlier.skipped,
    invalid: r.invalid + r.earlier.invalid,
    failed: r.failed - r.invalid,
  }
}

/**
 * Runs a prepared job to its end and records its state: `finished`, or
 * `finished_with_failures` when some writes failed (a resume retries them).
 * An interrupted job (the signal) stays `running`. With an `owner`, the job
 * holds its lease throughout; a lease lost to another runner stops it.
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
    if (job.meta.state !== "running") await jobs.set({ ...job.meta, state: "running" })
    const result = await runJob({ rt, jobId: job.jobId, source: job.source, target: job.target, matrix: job.matrix, journal: job.journal, resume: job.resume, ...runOptions, signal })
    if (result.interrupted) return result
    const { rejected: _, ...summary } = result
    const totals = totalsOf(result)
    await jobs.set({ ...job.meta, state: totals.failed > 0 ? "finished_with_failures" : "finished", finishedAt: new Date().toISOString(), summary, totals })
    return result
  } finally {
    await lease?.release()
  }
}
