import type { ArgsDef, CommandDef } from "citty"
import type { Runtime } from "./runtime.ts"

/**
 * What a plugin's CLI command gets from the host (the citty CLI). Plugins
 * never import the CLI: they receive this, so the arrows stay
 * `cli -> plugins -> core`.
 */
/** How a command uses the runtime it opens. */
export interface OpenOptions {
  /**
   * The command only reads (tenant discovery, skill activity, a dry run, job
   * lists): it runs against a real tenant without CXEDGE_AUDIT_KEY. Every
   * other command changes data or re-identifies someone, and its audit
   * records must be signed.
   */
  readOnly?: boolean
}

export interface CommandHost {
  /** Flags every runtime-opening command accepts (config, storage, rate). */
  readonly commonArgs: ArgsDef
  /** Builds the runtime from flags, environment and config (or the embedded sandbox). */
  open(args: Record<string, unknown>, options?: OpenOptions): Promise<OpenedRuntime>
  /** Opens the runtime, runs `fn`, and always closes it (queued work drained, plugins disposed). */
  withRuntime<T>(args: Record<string, unknown>, fn: (opened: OpenedRuntime) => Promise<T>, options?: OpenOptions): Promise<T>
  /** Writes data to stdout: JSON when `json`, otherwise a table or lines. */
  print(data: unknown, options?: { json?: boolean; columns?: string[] }): void
  /** A human message on stderr. */
  info(message: string): void
  warn(message: string): void
  /** Sets the process exit code without exiting (no process.exit in library code). */
  setExitCode(code: number): void
  readonly isTTY: boolean
  /** Writes a live status line on a TTY (no-op elsewhere); `done` ends it. */
  status(line: string, done?: boolean): void
  /** Asks a question on a TTY; undefined elsewhere. */
  prompt?(message: string, options?: { default?: string }): Promise<string | undefined>
  /**
   * Asks before a step that changes a real tenant's data or deletes state.
   * With `yes` (the `--yes` flag) it goes on at once. On a terminal it shows
   * `summary` and resolves true only if the user types `yes`. Without a
   * terminal it throws a usage error (exit 2) naming `--yes`, so nothing is
   * written by a script that did not say so.
   */
  confirm(request: ConfirmRequest): Promise<boolean>
  /**
   * Aborted on the first SIGINT/SIGTERM (a second one ends the process with
   * 130). A command that reads it takes over interruption: it should stop
   * starting new work, finish what is in flight, and exit 130.
   */
  readonly signal: AbortSignal
}

/** What {@link CommandHost.confirm} shows and refuses with. */
export interface ConfirmRequest {
  /** The plugin or area, for the error: `anonymize`. */
  scope: string
  /** What would happen, completing "refusing to ... without confirmation": `write to a real tenant`. */
  action: string
  /** The plan, one line each: target, window, contacts in scope, fields and transforms. */
  summary: string[]
  /** The user passed --yes. */
  yes?: boolean
}

/**
 * Local files, supplied by the CLI: plugins read and write files through
 * this and never import `fs`, so a Worker bundle holds no node-only module.
 */
export interface FileAccess {
  readText(path: string): Promise<string>
  writeText(path: string, text: string): Promise<void>
  exists(path: string): Promise<boolean>
  /** Optional: refuses (ConfigError naming `flag`) a path that cannot be written, a directory or a missing parent, before any work. */
  checkOutput?(path: string, flag?: string): void
  /** Optional: whether two spellings name one file (`./a.jsonl`, `a.jsonl`, a link to it). */
  samePath?(a: string, b: string): boolean
  /** A file's lines, streamed. */
  lines(path: string): AsyncIterable<string>
  /** Appends lines; each `write` resolves once its line reached the OS. */
  appender(path: string, options: { truncate: boolean }): Promise<{ write(line: string): Promise<void>; close(): Promise<void> }>
}

export interface OpenedRuntime {
  rt: Runtime
  /** True when no tenant was configured and the embedded sandbox is in use. */
  sandbox: boolean
  files: FileAccess
  /** This process, for leases a job holds (supplied by a host that has pids; plugins cannot ask node). */
  owner?: ProcessOwner
  close(): Promise<void>
}

/** Who runs a job: a process on a host, and whether another pid on this host still lives. */
export interface ProcessOwner {
  pid: number
  host: string
  /** False once the pid is gone (a killed runner), so its lease can be taken over at once. */
  alive(pid: number): boolean
}

export type PluginCommand = (host: CommandHost) => Promise<CommandDef<any>>

declare module "citty" {
  interface CommandMeta {
    /**
     * Command lines the CLI prints under EXAMPLES in the command's help (citty has no such field):
     * each starts with `cxedge` and the command's path; text after `  # ` is shown as a comment.
     */
    examples?: string[]
  }
}

/**
 * Every value of a flag given more than once (`--to a --to b`, `--to=a`):
 * citty keeps only the last, so commands that take lists read rawArgs.
 */
export function repeatedFlag(rawArgs: string[], name: string): string[] {
  const values: string[] = []
  const flag = `--${name}`
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!
    if (arg === flag && i + 1 < rawArgs.length) values.push(rawArgs[++i]!)
    else if (arg.startsWith(`${flag}=`)) values.push(arg.slice(flag.length + 1))
  }
  return values
}

/** An email address shown masked: its first character and its domain (`a•••@example.com`). */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@")
  if (at < 1) return "•••"
  return `${address[0]}•••@${address.slice(at + 1)}`
}

/** Strict enough to refuse typos before a call; CXone validates the rest. */
export const EMAIL = /^[^\s@"<>(),;:]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/
