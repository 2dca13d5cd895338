import { ConfigError, throwawayKeyWarning, unreadableWhy, ValidationError, type CommandHost, type OpenedRuntime, withoutBom } from "../../core/index.ts"
import { anonymizeFlags, refuseChangedJob } from "./anonymize-flags.ts"
import { checkApproval, refuseResumeOfUnrunPlan } from "./approval.ts"
import { dryRun } from "./dry-run.ts"
import { printDryRun, printFinished, printResult, progressLine } from "./job-output.ts"
import { jobStore } from "./journal.ts"
import { loadMatrix } from "./matrix-file.ts"
import { DESTRUCTIVE_TARGETS, planSummary, windowLine } from "./plan-summary.ts"
import { refuseWithoutEngine, runPartitioned } from "./partitioned-run.ts"
import { planFromCli } from "./plan-cli.ts"
import { partFile } from "./partitions.ts"
import { completeJob, prepareJob, type PreparedJob } from "./prepare.ts"
import { refuseOthersFile } from "./targets/export-file.ts"
import type { AnonymizeSettings } from "./settings.ts"

/** The anonymize command's arguments this run reads (citty's parsed flags). */
export interface AnonymizeArgs {
  matrix?: string
  file?: string
  out?: string
  job?: string
  resume?: string
  plan?: string
  "dry-run"?: boolean
  yes?: boolean
  concurrency?: string
  json?: boolean
  /** Replace an existing --out file that is not this job's. */
  force?: boolean
  workers?: string
}

type Flags = ReturnType<typeof anonymizeFlags>

/**
 * `cxedge anonymize` once the runtime is open: prepares the job once, asks
 * before writing to a configured tenant, then dry-runs it, reports it
 * finished, or runs it to its end.
 */
export async function runAnonymize(host: CommandHost, opened: OpenedRuntime, args: AnonymizeArgs, flags: Flags): Promise<void> {
  // Before anything opens --out: writing it would empty the file being read.
  if (args.file !== undefined && args.out !== undefined && opened.files.samePath?.(args.file, args.out)) {
    throw new ValidationError("anonymize", "--out names the --file being read: it would be emptied before it is read; write the export elsewhere", "out", "E_USAGE")
  }
  const rt = opened.rt
  const existing = args.job !== undefined && args.resume === undefined ? await jobStore(rt.storage.namespace("jobs")).get(args.job) : undefined
  await refuseOverwrite(opened, args, existing?.id)
  if (flags.workers) {
    refuseWithoutEngine(rt)
    flags = workerPaths(opened, flags)
  }
  // Validated by the plugin's schema (concurrency 1 to 256, default 8) when the runtime opened.
  const settings = rt.settings<AnonymizeSettings>("anonymize")
  // An empty JSONL file (or one of blank lines) ran as a job of 0 contacts: a job stored, an empty export written, exit 0.
  if (flags.source?.kind === "jsonl" && args.file !== undefined && args.resume === undefined && (await opened.files.exists(args.file)) && !(await holdsALine(opened, args.file))) {
    throw new ValidationError("anonymize", `--file ${args.file} is empty (no line holds a contact): name the JSONL file of the contacts to anonymize, one JSON object a line`, "file", "E_USAGE")
  }
  if (args.plan !== undefined) return planFromCli(host, opened, args, flags)
  // --job naming an existing job resumes it with its own source and target: a flag that says otherwise is refused, not ignored.
  if (existing) refuseChangedJob(existing, flags, opened.files.samePath)
  if (args.resume !== undefined) await refuseResumeOfUnrunPlan(rt, args.resume)
  const job = await prepareJob(rt, {
    matrix: args.matrix ? await loadMatrix(opened, args.matrix) : undefined,
    jobId: args.resume ?? args.job,
    resume: !!args.resume,
    // Split across workers, this process opens no output: each partition writes its own part.
    dryRun: !!args["dry-run"] || !!flags.workers,
    source: flags.source,
    target: flags.target,
  }, settings, opened.files)
  await checkApproval(rt, opened.sandbox, settings, { jobId: job.jobId, target: job.meta.target.kind, dryRun: !!args["dry-run"], resumed: job.resume })
  if (!(await confirmed(host, opened, job, args))) {
    host.warn("aborted: nothing was written")
    return host.setExitCode(1)
  }
  for (const warning of job.matrix.warnings) host.warn(warning)
  // An export's tokens were keyed afresh each run, in silence: two batches of one file (or a resumed job's halves) never
  // joined. Only an export's tokens outlive the run: a patch or an erasure writes to the sandbox, itself made afresh.
  const exported = job.meta.target.kind === "export" && !args["dry-run"] && !job.finished
  const throwaway = exported ? throwawayKeyWarning(job.matrix.keyIds, `--matrix ${job.matrix.matrix.name}`) : undefined
  if (throwaway) host.warn(throwaway)
  const window = windowLine(job.meta.source)
  if (window) host.info(window)
  if (args["dry-run"]) {
    // Read by the run only. Not refused (as --show is without --dry-run): a dry run of the very command to be run is
    // how a run is checked first, and nothing is written; but the user is told they did nothing here. (--yes, which
    // answers a question a dry run never asks, is refused before the runtime opens.)
    const forRun = (["out", "concurrency", "force"] as const).filter((f) => args[f] !== undefined && args[f] !== false).map((f) => `--${f}`)
    if (forRun.length) host.warn(`a dry run writes nothing and asks nothing: ${forRun.join(", ").replace(/, ([^,]+)$/, " and $1")} ${forRun.length > 1 ? "are" : "is"} read when the job runs (without --dry-run)`)
    return printDryRun(host, job, await dryRun(job.source, job.matrix, job.target, flags.show, opened.rt.gates), !!args.json)
  }
  if (job.finished) return printFinished(host, job, !!args.json)
  if (flags.workers) return runPartitioned(host, opened, workerMeta(opened, job), flags.concurrency ?? settings.concurrency, !!args.json, !!args.force)
  await runToEnd(host, opened, job, flags.concurrency ?? settings.concurrency, !!args.json)
}

/**
 * A new job's --out (a split job's parts of it) that exists with something in it is refused before anything is read,
 * stored or written, a dry run's too: it was emptied in silence. An existing job named by --job adds to its own export.
 */
async function refuseOverwrite(opened: OpenedRuntime, args: AnonymizeArgs, existing: string | undefined): Promise<void> {
  if (existing !== undefined && args.force) {
    throw new ValidationError("anonymize", `--force replaces a file at --out, but job ${existing} exists and adds to its own export there when resumed: drop --force, or name a new job with --job`, "force", "E_USAGE")
  }
  if (args.out === undefined || existing !== undefined) return
  // Split, each part is written by a worker: --out in a directory that does not exist failed every partition there,
  // after its retries, the reason in the workers' logs only. Refused here, as a job in one process refuses it.
  if (args.workers) opened.files.checkOutput?.(partFile(args.out, 0), "--out")
  if (args.force) return
  if (!args.workers) return refuseOthersFile(opened.files, args.out)
  // Split, the job writes out.part-0000.jsonl and on (partFile): a part an earlier job left would be emptied by a worker.
  for (let i = 0; await opened.files.exists(partFile(args.out, i)); i++) {
    await refuseOthersFile(opened.files, partFile(args.out, i), `${partFile(args.out, i)} (part ${i} of --out ${args.out}, as --workers writes it)`)
  }
}

const absoluteIn = (opened: OpenedRuntime) => (path: string | undefined) => (path === undefined ? undefined : (opened.files.absolute?.(path) ?? path))

/**
 * A split job's --file and --out as every worker must open them: a worker resolves a relative path against its
 * own working directory, where it read another file (or none) and wrote the export's parts where no one looks.
 */
function workerPaths(opened: OpenedRuntime, flags: Flags): Flags {
  const absolute = absoluteIn(opened)
  return {
    ...flags,
    source: flags.source && { ...flags.source, file: absolute(flags.source.file) },
    target: flags.target && { ...flags.target, ...(flags.target.out !== undefined ? { out: absolute(flags.target.out) } : {}) },
  }
}

/**
 * A job started without --workers keeps its --file and --out as written, relative to where it was started: resumed
 * with --workers redis, the workers read its stored record, so the paths are made absolute here, as a split job's are.
 */
function workerMeta(opened: OpenedRuntime, job: PreparedJob): PreparedJob {
  const absolute = absoluteIn(opened)
  const { source, target } = job.meta
  const meta = {
    ...job.meta,
    source: source.file === undefined ? source : { ...source, file: absolute(source.file) },
    target: target.out === undefined ? target : { ...target, out: absolute(target.out) },
  }
  return { ...job, meta }
}

/** Whether a file has a line that is not blank; reads up to that line only. */
async function holdsALine(opened: OpenedRuntime, path: string): Promise<boolean> {
  try {
    for await (const line of opened.files.lines(path)) if (withoutBom(line).trim()) return true
  } catch (error) {
    // A directory or a file without read permission was "unexpected error: EISDIR", as if cxedge had failed.
    const why = unreadableWhy(error)
    throw new ConfigError("anonymize", `cannot read --file ${path}${why ? ` (${why})` : ""}: name the JSONL file of the contacts to anonymize`, { cause: error })
  }
  return false
}

/** Against a configured tenant, a job that writes to it (patch, erasure) asks first; nothing is stored before the answer. */
async function confirmed(host: CommandHost, opened: OpenedRuntime, job: PreparedJob, args: AnonymizeArgs): Promise<boolean> {
  if (opened.sandbox || args["dry-run"] || job.finished || !DESTRUCTIVE_TARGETS.has(job.meta.target.kind)) return true
  return host.confirm({ scope: "anonymize", action: "write to a real tenant", summary: await planSummary(opened.rt, job), yes: !!args.yes })
}

/** Runs the job with a status line; an interrupted run exits 130 naming the resume, a run with failures exits 1. */
export async function runToEnd(host: CommandHost, opened: OpenedRuntime, job: PreparedJob, concurrency: number, json: boolean): Promise<void> {
  host.info(`${job.resume ? "resuming" : "starting"} job ${job.jobId}: matrix ${job.matrix.matrix.name}, source ${job.source.name}, target ${job.target.name}`)
  let line = ""
  const result = await completeJob(opened.rt, job, {
    concurrency,
    owner: opened.owner,
    signal: host.signal,
    // runJob reports once more when it ends, so the last line holds the final counts.
    onProgress: (p) => host.status((line = progressLine(p))),
    onRejected: (id, _field, reason) => host.warn(`contact ${id}: ${reason}`),
  })
  host.status(line, true)
  if (result.stoppedBy) {
    const left = result.failed - result.invalid
    host.warn(`${result.stoppedBy}`)
    host.warn(`job ${job.jobId} stopped: ${result.processed - left} done, ${left} not finished; resume with: cxedge anonymize --resume ${job.jobId}`)
    return host.setExitCode(1)
  }
  if (result.interrupted) {
    host.warn(`interrupted: ${result.processed} done, resume with: cxedge anonymize --resume ${job.jobId}`)
    return host.setExitCode(130)
  }
  printResult(host, job, result, json)
  if (result.failed > 0) host.setExitCode(1)
}
