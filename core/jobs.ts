import { ValidationError } from "./errors.ts"
import type { FileAccess, ProcessOwner } from "./command.ts"
import type { Runtime } from "./plugin.ts"

/**
 * Running an anonymization job from another plugin. A plugin may not import
 * another plugin's folder, so the plugin that owns the job machinery (the
 * built-in `anonymize`) offers it through its state: its `setup` returns
 * `{ jobRunner }`, and `jobRunnerOf(rt)` finds it in whatever loaded plugin
 * offers one. A job run this way is an ordinary job: stored, journaled,
 * leased, listed by `cxedge jobs`, and resumed by running the same id again.
 *
 * @example
 * const runner = jobRunnerOf(rt)
 * if (!runner) throw new ConfigError("retention", "no plugin runs jobs: load anonymize")
 * const outcome = await runner.run({ jobId: "nightly-1", matrix: "gdpr", source: { kind: "cxone", since, until }, target: "erasure" })
 */
export interface JobRunner {
  /** The target kinds a job may write to (`patch`, `erasure`, `export`). */
  readonly targets: readonly string[]
  /** Why a matrix spec (a shipped matrix's name or a matrix object) cannot be used in this runtime; empty when it can. */
  checkMatrix(spec: unknown): string[]
  /** Runs the job to its end, or resumes it when `jobId` exists (its own matrix, source and target then apply). */
  run(request: RunJobRequest): Promise<RunJobOutcome>
  /** A stored job's state and counts over all its runs; undefined when there is no such job. */
  status(jobId: string): Promise<JobStatus | undefined>
  /**
   * Refuses, before anything is read or stored, a run this runtime must not make on its storage: a plugin that guards
   * writes (a legal hold's gate, an audit sink) left out of its config while the storage holds what it guards.
   */
  refuseUnguarded?(): Promise<void>
}

/**
 * A job name is part of storage keys (`journal:<job>:c:...`, `locks:job:<job>`) and of file names on
 * fs storage: letters, digits, `_`, `-` and `.`, starting with a letter or digit, at most 100
 * characters, and no `..`. Whatever names a job (a flag, a route's path) is checked with it.
 */
export const JOB_NAME = /^[A-Za-z0-9][\w.-]{0,99}$/
export const isJobName = (text: string): boolean => JOB_NAME.test(text) && !text.includes("..")

/**
 * Refuses a value that is no job name (see isJobName), naming the flag (`job`: --job) or the argument (`JOB`)
 * under `scope`'s label, with at most 40 characters of it shown. Undefined passes (the flag was not given).
 */
export function checkJobName(scope: string, flag: string, value: unknown): void {
  if (value === undefined) return
  const text = String(value)
  if (isJobName(text)) return
  const shown = text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}...` : JSON.stringify(text)
  throw new ValidationError(scope, `${/^[A-Z]+$/.test(flag) ? flag : `--${flag}`} ${shown} is not a job name: use up to 100 letters, digits, _, - or . starting with a letter or digit, with no ".." (e.g. gdpr-2026-10)`, flag, "E_USAGE")
}

export interface RunJobRequest {
  /** A job name (letters, digits, `_`, `-`, `.`); an existing job of that name is resumed. */
  jobId: string
  /** A shipped matrix's name or a matrix object (ignored on a resume). */
  matrix: unknown
  /** A source of `rt.sources` and its window (absolute ISO instants). */
  source: { kind: string; since?: string; until?: string }
  target: string
  concurrency?: number
  signal?: AbortSignal
  /** This process: the job holds its lease while it runs (CLI hosts). */
  owner?: ProcessOwner
  files?: FileAccess
}

export type JobRunState = "finished" | "finished_with_failures" | "interrupted"

/** One run of a job: its counts, and the contacts that failed (ids and reasons, never a value). */
export interface RunJobOutcome {
  jobId: string
  state: JobRunState
  /** True when the job existed and this run continued it. */
  resumed: boolean
  processed: number
  succeeded: number
  /** Failed in this run, `invalid` included. */
  failed: number
  /** Of `failed`: refused as bad data; running the job again does not retry them. */
  invalid: number
  skipped: number
  /** Skipped because a legal hold covers them (0 when no hold plugin is loaded). */
  held: number
  /** Finished by an earlier run of the job. */
  alreadyDone: number
  rejected: { contactId: string; reason: string }[]
}

export interface JobStatus {
  jobId: string
  state: "running" | "finished" | "finished_with_failures"
  totals?: { processed: number; succeeded: number; skipped: number; invalid: number; failed: number; held?: number }
}

const isRunner = (value: unknown): value is JobRunner =>
  typeof value === "object" && value !== null && typeof (value as JobRunner).run === "function" && typeof (value as JobRunner).checkMatrix === "function"

/** The job runner a loaded plugin offers (its state's `jobRunner`), or undefined when none does. */
export function jobRunnerOf(rt: Runtime): JobRunner | undefined {
  for (const plugin of rt.plugins) {
    const runner = rt.state<{ jobRunner?: unknown } | undefined>(plugin.name)?.jobRunner
    if (isRunner(runner)) return runner
  }
  return undefined
}
