import { checkJobName as coreCheckJobName, choiceFlag, dateWindow, intFlag, sourceFlag, TARGET_WORDS, ValidationError } from "../../core/index.ts"
import type { JobMeta } from "./journal.ts"
import { checkMessagesWindow, MAX_WINDOW_DAYS_LIMIT } from "./sources/messages-config.ts"
import type { SourceSpec, TargetSpec } from "./request.ts"

/** Refuses a job name that is not one (core's checkJobName, under the anonymize label), naming the flag (`job`: --job) or the argument (`JOB`). */
export const checkJobName = (flag: string, value: unknown): void => coreCheckJobName("anonymize", flag, value)

const usage = (message: string, flag: string) => new ValidationError("anonymize", message, flag, "E_USAGE")
// The names a shell gives standard input and a pipe: bash's <(...) is /dev/fd/63, zsh's /proc/self/fd/12.
const STREAM_NAME = /^\/dev\/(stdin|fd\/\d+)$|^\/proc\/(self|\d+)\/fd\/\d+$/

/**
 * --workers names where partitions are queued. A count (--workers 4, as make -j and many tools read it) was "not
 * allowed: use redis", with no word of what sets the number; a redis URL was quoted back, its password with it.
 */
function workersWord(raw: unknown): unknown {
  if (typeof raw !== "string") return raw
  const count = /^\s*(\d+)\s*$/.exec(raw)?.[1]
  if (count) throw usage(`--workers ${count} is not a count: --workers redis queues the job's partitions on redis, and every cxedge worker process started (one per core, on any machine) runs them: give --workers redis, and start ${count} cxedge worker${count === "1" ? "" : "s"}`, "workers")
  if (raw.includes("://")) throw usage("--workers is a URL: give --workers redis, and the URL in CXEDGE_REDIS_URL (with CXEDGE_STORAGE=redis)", "workers")
  return raw
}

/** The flags that name jobs: valid names, and --resume and --job not naming two different jobs or changing a resumed one. */
function checkJobFlags(args: Record<string, unknown>): void {
  checkJobName("job", args.job)
  checkJobName("resume", args.resume)
  checkJobName("plan", args.plan)
  if (args.resume !== undefined && args.job !== undefined && args.resume !== args.job) throw usage("--resume and --job name different jobs: give one of them", "job")
  if (args.resume !== undefined) {
    const fixed = ["source", "target", "since", "until", "file", "out"].find((f) => args[f] !== undefined)
    if (fixed) throw usage(`--${fixed} cannot change a job being resumed: it keeps its own source, window and target; drop --${fixed}`, fixed)
  }
}

/** The anonymize flags as a job's source and target, checked before anything opens (the window resolved to absolute instants, so a resume cannot drift). */
export function anonymizeFlags(args: Record<string, unknown>) {
  const str = (name: string) => args[name] as string | undefined
  // Any source a loaded plugin declares; an unknown name is refused once the runtime knows its sources.
  const sourceKind = sourceFlag(args.source, "anonymize")
  const targetKind = choiceFlag("target", args.target, ["patch", "erasure", "export"] as const, undefined, TARGET_WORDS)
  const window = dateWindow({ since: str("since"), until: str("until") })
  checkJobFlags(args)
  const kind = sourceKind ?? (args.since || args.until || args.file ? (args.file ? "jsonl" : "cxone") : undefined)
  // The built-in sources' flags are checked here, before anything opens; another plugin's source checks its own when it opens.
  const builtin = kind === undefined || ["cxone", "records", "jsonl", "messages"].includes(kind)
  if (builtin && (window.since || window.until) && kind !== "cxone" && kind !== "messages") throw usage(`--since and --until select contacts of the cxone and messages sources only: use --source cxone or messages, or drop them`, "since")
  if (kind === "messages") checkMessagesWindow(window, MAX_WINDOW_DAYS_LIMIT)
  if (builtin && args.file !== undefined && kind !== "jsonl") throw usage("--file is read by --source jsonl only: add --source jsonl, or drop --file", "file")
  // pii scan and redact read "-" as standard input; a job reads its file again on --resume, so it needs one on disk.
  if (args.file === "-") throw usage("--file - (standard input) cannot be a job's source: a job reads its file again to resume; save the input to a file and name it", "file")
  // A pipe by its name (<(zcat c.jsonl.gz) is /dev/fd/63): the checks before the job read it to its end, and the job
  // found no line, "processed 0", exit 0.
  const file = str("file")
  if (file !== undefined && STREAM_NAME.test(file)) throw usage(`--file ${file} is a stream (standard input, or a pipe as <(...) makes), which can be read only once: a job reads its file more than once (checked, then run, and again to resume); save the input to a file and name it`, "file")
  if (args.out === "-") throw usage("--out - (standard output) cannot be a job's export: a job reads its export again to resume; name the file", "out")
  if (args.out !== undefined && targetKind !== undefined && targetKind !== "export") throw usage("--out is written by --target export only: drop --out", "out")
  // As subject export and audit checkpoint take it: an existing --out is refused, and --force replaces it.
  if (args.force && args.out === undefined) throw usage(args.resume !== undefined ? "--force replaces a file at --out, and a resumed job adds to its own export: drop --force" : "--force replaces an existing --out file: give --out, or drop --force", "force")
  // --show is read by a dry run only: without one, the job runs and the flag would be dropped in silence.
  if (args.show !== undefined && !args["dry-run"]) throw usage("--show sets how many contacts a dry run shows: add --dry-run, or drop --show", "show")
  const workers = choiceFlag("workers", workersWord(args.workers), ["redis"] as const)
  if (workers && args["dry-run"]) throw usage("--dry-run plans in this process: drop --workers", "workers")
  const allowUnconditional = !!args["allow-unconditional"]
  if (allowUnconditional && targetKind !== undefined && targetKind !== "patch") throw usage(`--allow-unconditional applies to --target patch only, not ${targetKind}: drop it`, "allow-unconditional")
  const target: Partial<TargetSpec> = {
    ...(targetKind || args.out ? { kind: targetKind ?? "export", out: str("out") } : {}),
    ...(allowUnconditional ? { allowUnconditional } : {}),
  }
  return {
    concurrency: intFlag("concurrency", args.concurrency, { min: 1, max: 256 }),
    show: intFlag("show", args.show, { min: 0, max: 1000 }) ?? 5,
    workers,
    source: kind ? ({ kind, ...window, file: str("file") } satisfies SourceSpec) : undefined,
    target: Object.keys(target).length ? target : undefined,
  }
}

/**
 * Refuses a flag that contradicts the stored job's source or target (kind, window, --file, --out). `samePath` compares
 * --file and --out: one file written relative and absolute (as --workers redis stores it) is the same file.
 */
export function refuseChangedJob(meta: JobMeta, flags: Pick<ReturnType<typeof anonymizeFlags>, "source" | "target">, samePath?: (a: string, b: string) => boolean): void {
  const given: [string, unknown, unknown][] = [
    // --since, --file and --out imply a source or target kind: they are named first, as the flag the user typed.
    ["since", flags.source?.since, meta.source.since],
    ["until", flags.source?.until, meta.source.until],
    ["file", flags.source?.file, meta.source.file],
    ["source", flags.source?.kind, meta.source.kind],
    ["out", flags.target?.out, meta.target.out],
    ["target", flags.target?.kind, meta.target.kind],
  ]
  const same = (name: string, flag: unknown, stored: unknown) =>
    flag === stored || ((name === "file" || name === "out") && typeof flag === "string" && typeof stored === "string" && !!samePath?.(flag, stored))
  const changed = given.find(([name, flag, stored]) => flag !== undefined && !same(name, flag, stored))
  if (!changed) return
  throw usage(
    `--${changed[0]} does not match job ${meta.id}, which exists with its own source, window and target: resume it with cxedge anonymize --resume ${meta.id}, or name a new job with --job`,
    changed[0],
  )
}
