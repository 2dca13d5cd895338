import {
  ConfigError, CxedgeError, pauseWhenOpen, TaskRefusedError, type CxoneClient, type FileAccess, type ProcessOwner, type Runtime,
} from "../../core/index.ts"
import { compileMatrix, residualCheck, type CompiledMatrix } from "./matrix/index.ts"
import { runJob, stoppedError, type JobResult, type RunnableJob } from "./job.ts"
import { makeSource, makeTarget } from "./job-parts.ts"
import { keyCheck } from "./job-plan.ts"
import { refuseMissingPlugins } from "./partition-needs.ts"
import { refuseUnguardedStorage } from "./write-guards.ts"
import { createJournal, jobStore, type JobMeta } from "./journal.ts"
import { acquireLease } from "./lease.ts"
import type { Source } from "./pipeline.ts"
import type { Rejection } from "./tally.ts"
import type { TargetSpec } from "./request.ts"
import type { AnonymizeSettings } from "./settings.ts"
import { createJsonlRangeSource, lineRanges, type LineRange } from "./sources/jsonl-range.ts"
import { refuseOthersFile } from "./targets/export-file.ts"

/** The task kind of one partition of a job split with `--workers redis`; `cxedge worker` runs it. */
export const PARTITION = "anonymize.partition"

/** One partition: a part of its job's source. No personal data: offsets, instants, numbers. */
export interface PartitionTask {
  jobId: string
  index: number
  /** jsonl: this part of the file. */
  range?: LineRange
  /** cxone: this part of the job's date window. */
  window?: { since: string; until: string }
  /** Contacts in flight in the worker. */
  concurrency: number
  /** The command's key ring as check values (never a key): a worker whose keys differ would write other pseudonyms. */
  keys?: KeyChecks
  /** The command's tenant (`tenantOf`), for a job that reads or writes one. */
  tenant?: string
  /** The plugins the job needs in the worker, each with what it brings (`pluginsNeeded`). */
  needs?: Record<string, string>
  /** The command's --force: a part file that is not this job's is replaced, not refused. */
  force?: boolean
}

/**
 * The tenant a runtime talks to, as its issuer, tenant id and records API (no credential), or "" for the embedded
 * sandbox: a worker configured for another tenant read its own contacts for the command's window, or wrote there.
 */
export const tenantOf = (rt: Runtime): string => {
  const t = rt.config.tenant
  return t ? [t.issuer, t.tenantId, t.records?.baseUrl].map((v) => (v ?? "").replace(/\/+$/, "")).join(" ") : ""
}

/** Whether a job's partitions read or write a tenant (a JSON Lines file exported reads and writes none). */
export const usesTenant = (meta: JobMeta): boolean => meta.source.kind !== "jsonl" || meta.target.kind !== "export"

/** A key ring's current id and each key's check value (job-plan.ts `keyCheck`). */
export interface KeyChecks {
  current: string
  checks: Record<string, string>
}

/** The key ring as a partition carries it to its workers. */
export const keyChecksOf = (rt: Runtime): KeyChecks => ({ current: rt.keys.current, checks: Object.fromEntries(rt.keys.ids().map((id) => [id, keyCheck(rt, id)])) })

/**
 * Refuses to run a partition with keys other than its command's: the same record would get another pseudonym in
 * this partition than in the others, a join broken in silence. Says the key id, never a key.
 */
function refuseOtherKeys(rt: Runtime, jobId: string, keys: KeyChecks | undefined): void {
  if (!keys || !Object.keys(keys.checks).length) return
  const mine = keyChecksOf(rt)
  const differs = Object.keys(keys.checks).find((id) => mine.checks[id] !== keys.checks[id]) ?? (mine.current !== keys.current ? mine.current : undefined)
  if (differs === undefined) return
  throw new TaskRefusedError("anonymize", `this worker's keys (CXEDGE_HMAC_KEYS, CXEDGE_HMAC_KEY_ID) are not the ones job ${jobId} was started with (key ${differs} is missing or differs), so its pseudonyms would not match the other partitions': give every cxedge worker the command's CXEDGE_HMAC_KEYS and CXEDGE_HMAC_KEY_ID`)
}

declare module "../../core/tasks.ts" {
  interface CxedgeTasks {
    /** One partition of a job split with `--workers redis`; only `cxedge worker` handles it (it has the files). */
    "anonymize.partition": PartitionTask
  }
}

/**
 * A partition's counts, stored when it ends (`journal:<partition>:result`): how many records were rejected, and
 * the first `REJECTIONS_KEPT` of them (a contact id or `line:N`, and a reason that never holds a value), which the
 * command says as one process says each (`contact line:25000: lines 25000-25003 are not valid JSON: ...`).
 */
export type PartitionResult = Omit<JobResult, "rejected"> & { rejected: number; rejections?: Rejection[] }
/** Rejections a partition keeps for the command to say: enough for a bad input's shape, never a whole file's worth. */
export const REJECTIONS_KEPT = 100

/** Lines per jsonl partition, and the number of cxone windows: fixed, so a resumed job splits the same way. */
export const JSONL_LINES_PER_PARTITION = 25_000
export const CXONE_WINDOWS = 16

/** A partition's id: its task id, its journal and its lease. */
export const partitionId = (jobId: string, index: number) => `${jobId}.part-${String(index).padStart(4, "0")}`

/** Where a partition of an export to `--out` writes: `anonymized.jsonl` -> `anonymized.part-0003.jsonl`. */
export function partFile(out: string, index: number): string {
  const n = String(index).padStart(4, "0")
  const dot = out.lastIndexOf(".")
  return dot > out.lastIndexOf("/") && dot > 0 ? `${out.slice(0, dot)}.part-${n}${out.slice(dot)}` : `${out}.part-${n}`
}

/**
 * What each source supports when a job is split: a JSON Lines file by line
 * ranges (every worker reads the file at the same path), the cxone and
 * messages sources by equal parts of their date window. The records API pages by opaque tokens,
 * so there is no part a worker could start from: it is refused, before
 * anything is stored.
 */
export function refuseUnsplittable(meta: JobMeta): void {
  const { source } = meta
  if (source.kind === "jsonl" || ((source.kind === "cxone" || source.kind === "messages") && source.since && source.until)) return
  if (source.kind === "cxone") throw splitRefused("--workers redis splits the cxone source by its date window: give --since (and --until)")
  throw splitRefused(`--workers redis cannot split the ${source.kind} source (its pages are opaque tokens, with no part a worker could start from): use --source jsonl, or --source cxone with --since, or drop --workers`)
}

/** The parts of a job's source (see `refuseUnsplittable`), each as soon as it is known. */
export async function* splitJob(meta: JobMeta, files: FileAccess): AsyncGenerator<Pick<PartitionTask, "range" | "window">> {
  refuseUnsplittable(meta)
  const { source } = meta
  if (source.kind === "jsonl") {
    for await (const range of lineRanges(files, source.file!, JSONL_LINES_PER_PARTITION)) yield { range }
    return
  }
  const from = Date.parse(source.since!)
  const step = (Date.parse(source.until!) - from) / CXONE_WINDOWS
  const at = (i: number) => (i === CXONE_WINDOWS ? source.until! : new Date(from + Math.round(step * i)).toISOString())
  for (let i = 0; i < CXONE_WINDOWS; i++) yield { window: { since: at(i), until: at(i + 1) } }
}

const splitRefused = (message: string) => new CxedgeError("E_USAGE", "anonymize", message)

interface PartitionHost {
  files: FileAccess
  owner?: ProcessOwner
}

/**
 * The job's matrix, compiled once per job in this worker rather than once per partition: a worker
 * runs many partitions of one job in a row, and the same compiled functions stay warm in the JIT.
 */
function matrixCache(rt: Runtime) {
  let last: { key: string; matrix: CompiledMatrix } | undefined
  return (meta: JobMeta): CompiledMatrix => {
    const key = `${meta.id}\n${meta.matrixDigest}`
    if (last?.key !== key) last = { key, matrix: compileMatrix(meta.matrixBody, { transforms: rt.transforms, keys: rt.keys, residual: residualCheck(rt) }) }
    return last.matrix
  }
}

/** The runnable part of a job: its own journal and source, the job's matrix and target (an export file has a part of its own). */
async function preparePartition(rt: Runtime, meta: JobMeta, p: PartitionTask, resume: boolean, host: PartitionHost, matrix: CompiledMatrix): Promise<RunnableJob> {
  const id = partitionId(meta.id, p.index)
  const settings = rt.settings<AnonymizeSettings>("anonymize") ?? {}
  const journal = createJournal(rt.storage.namespace("journal"), id)
  let client: CxoneClient | undefined
  const jobRt = Object.create(rt, { client: { get: () => (client ??= pauseWhenOpen(rt.client)) } }) as Runtime
  let source: Source
  if (p.range) source = createJsonlRangeSource(host.files, meta.source.file!, p.range)
  else source = await makeSource(jobRt, { ...meta.source, ...p.window }, host.files)
  const spec: TargetSpec = meta.target.kind === "export" && meta.target.out ? { ...meta.target, out: partFile(meta.target.out, p.index) } : meta.target
  const target = await makeTarget({ rt: jobRt, jobId: meta.id, spec, matrix, source, journal, settings, files: host.files, resume, dryRun: false })
  return { jobId: id, matrix, source, target, journal, resume }
}

/** Refuses a partition in a worker set up otherwise than its command: another plugin list, other keys, another tenant. */
function refuseSetUpOtherwise(rt: Runtime, p: PartitionTask): void {
  refuseMissingPlugins(rt, p.jobId, p.needs)
  refuseOtherKeys(rt, p.jobId, p.keys)
  if (p.tenant !== undefined && p.tenant !== tenantOf(rt)) {
    throw new TaskRefusedError("anonymize", `this worker is configured for another tenant than the one job ${p.jobId} was started against (CXEDGE_ISSUER, CXEDGE_TENANT_ID, CXEDGE_RECORDS_URL or the config file's tenant differ): give every cxedge worker the command's tenant configuration`)
  }
}

/**
 * A partition's first run empties its part file: one written there since the command checked (its workers not up yet,
 * or behind a part that did not exist) holds someone else's data, and is kept unless the command was given --force.
 */
async function refuseOthersPart(files: FileAccess, meta: JobMeta, p: PartitionTask): Promise<void> {
  if (p.force || meta.target.kind !== "export" || meta.target.out === undefined) return
  const part = partFile(meta.target.out, p.index)
  try {
    await refuseOthersFile(files, part)
  } catch (error) {
    if (!(error instanceof CxedgeError)) throw error
    const why = error.code === "E_USAGE" ? "exists and is not this job's export (written since the job started): move it away" : error.message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
    throw new TaskRefusedError("anonymize", `${part} (part ${p.index} of job ${p.jobId}'s --out) ${why}`)
  }
}

/** Why a worker refused a partition (`TaskRefusedError`'s message), when one did. */
export const partitionRefusal = (rt: Runtime, id: string) => rt.storage.namespace("journal").getItem<string>(`${id}:refused`)

/**
 * Makes this runtime run partitions (`cxedge worker`): each under its own
 * journal, so a partition run again after its worker died resumes it like
 * `--resume` does (nothing transformed or exported twice), and under a
 * lease, so it never runs in two places at once. A partition stopped by
 * its worker throws, and the queue runs it again.
 */
export function handlePartitions(rt: Runtime, host: PartitionHost): void {
  const matrixOf = matrixCache(rt)
  rt.tasks.handle(PARTITION, async (p, task) => {
    const meta = await jobStore(rt.storage.namespace("jobs")).get(p.jobId)
    if (!meta) throw new ConfigError("anonymize", `job ${p.jobId} is not in this storage: give this worker the command's CXEDGE_REDIS_URL`)
    const id = partitionId(p.jobId, p.index)
    const journal = rt.storage.namespace("journal")
    // The command sees the task's code only; it says this (plugins, variables, the job and a path named, never a value).
    const refused = async (error: unknown) => {
      if (error instanceof TaskRefusedError) await journal.setItem(`${id}:refused`, error.message)
      return error
    }
    try {
      refuseSetUpOtherwise(rt, p)
      await refuseUnguardedStorage(rt, (message) => new TaskRefusedError("anonymize", `job ${p.jobId}: ${message}`))
    } catch (error) {
      throw await refused(error)
    }
    const stop = new AbortController()
    const lease = host.owner
      ? await acquireLease({ storage: rt.storage.locks, jobId: id, owner: host.owner, clock: rt.clock, settleMs: 50, onLost: () => stop.abort() })
      : undefined
    try {
      // A partition that started before (its worker died, or stopped) resumes from its journal.
      const resume = await journal.hasItem(`${id}:started`)
      if (!resume) {
        // Checked before it is marked started: refused, its run again (the file moved away) is a first run, not a resume.
        try {
          await refuseOthersPart(host.files, meta, p)
        } catch (error) {
          throw await refused(error)
        }
        await journal.setItem(`${id}:started`, new Date(rt.clock.now()).toISOString())
      }
      const job = await preparePartition(rt, meta, p, resume, host, matrixOf(meta))
      const signal = task.signal ? AbortSignal.any([task.signal, stop.signal]) : stop.signal
      const { rejected, ...result } = await runJob(rt, job, { concurrency: p.concurrency, signal })
      if (result.interrupted) throw stoppedError(`partition ${id}`, result, "it is run again")
      const rejections = rejected.slice(0, REJECTIONS_KEPT).map(({ contactId, field, reason }) => ({ contactId, field, reason }))
      await journal.setItem(`${id}:result`, { ...result, rejected: rejected.length, rejections } satisfies PartitionResult)
    } finally {
      await lease?.release()
    }
  })
}

/** A finished partition's counts, if it finished. */
export const partitionResult = (rt: Runtime, id: string) => rt.storage.namespace("journal").getItem<PartitionResult>(`${id}:result`)
