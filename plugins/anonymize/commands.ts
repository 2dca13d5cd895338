import { defineCommand } from "citty"
import {
  checkMatrix, choiceFlag, ConfigError, dateWindow, intFlag, matrixJsonSchema, readMatrix, ValidationError, type CommandHost, type Matrix,
  type OpenedRuntime,
} from "../../core/index.ts"
import { dryRun } from "./dry-run.ts"
import type { JobProgress, JobResult } from "./job.ts"
import { jobStore, type JobMeta } from "./journal.ts"
import { shippedMatrix, shippedNames } from "./matrices.ts"
import { DESTRUCTIVE_TARGETS, planSummary, windowLine } from "./plan-summary.ts"
import { completeJob, prepareJob, type AnonymizeSettings, type JobRequest, type SourceKind, type TargetKind } from "./prepare.ts"
import type { PatchTarget } from "./targets/patch.ts"
import { decryptValue } from "./transforms/index.ts"

/** A matrix file's JSON, with errors that name the file and what is wrong. */
async function readJsonFile(opened: OpenedRuntime, path: string, hint = "check the path"): Promise<unknown> {
  let text: string
  try {
    text = await opened.files.readText(path)
  } catch {
    throw new ConfigError("matrix", `cannot read ${path}: ${hint}`)
  }
  try {
    // Editors on Windows save a byte-order mark; it is not part of the JSON.
    return JSON.parse(text.replace(/^\uFEFF/, ""))
  } catch (error) {
    throw new ValidationError("matrix", `${path} is not valid JSON (${(error as Error).message}): fix the file`)
  }
}

/** Reads and parses a matrix file (native or seed format), or names a shipped one (`gdpr`), which a binary or an install carries. */
export async function loadMatrix(opened: OpenedRuntime, path: string): Promise<Matrix> {
  const shipped = await shippedMatrix(path, opened.files)
  const { matrix, issues } = readMatrix(shipped ?? (await readJsonFile(opened, path, `check the --matrix path, or name a shipped matrix (${shippedNames})`)))
  if (!matrix) throw new ValidationError("matrix", `${path}: ${issues.map((i) => `${i.where}: ${i.message}`).join("; ")}`)
  return matrix
}

const fmt = (n: number) => n.toLocaleString("en-US")
const duration = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`)

export function progressLine(p: JobProgress): string {
  const rate = p.done / Math.max(0.001, p.elapsedMs / 1000)
  const eta = p.total && rate > 0 ? ` ETA ${duration(((p.total - p.done) / rate) * 1000)}` : ""
  if (p.pausedUntil !== undefined && p.pausedUntil > p.now) {
    return `${fmt(p.done)}${p.total ? `/${fmt(p.total)}` : ""} contacts  paused: tenant errors, resuming in ${Math.ceil((p.pausedUntil - p.now) / 1000)}s  failed ${p.failed}`
  }
  return `${fmt(p.done)}${p.total ? `/${fmt(p.total)}` : ""} contacts  ${rate.toFixed(1)}/s${eta}  retries ${p.retries}  429s ${p.rateLimited}  failed ${p.failed}`
}

export function summaryRows(jobId: string, r: JobResult) {
  const attempted = r.succeeded + r.failed
  return [
    { key: "job", value: jobId },
    { key: "target", value: r.target },
    { key: "processed", value: r.processed },
    { key: "succeeded", value: r.succeeded },
    { key: "failed", value: r.failed },
    { key: "skipped (already anonymized)", value: r.skipped },
    { key: "already done (resumed)", value: r.alreadyDone },
    { key: "success rate", value: attempted ? `${((r.succeeded / attempted) * 100).toFixed(1)}%` : "n/a" },
    { key: "contacts/s", value: (r.processed / Math.max(0.001, r.durationMs / 1000)).toFixed(1) },
    { key: "latency p50/p95/p99 ms", value: `${r.latency.p50} / ${r.latency.p95} / ${r.latency.p99}` },
    { key: "duration", value: duration(r.durationMs) },
  ]
}

/**
 * A job name is part of storage keys (`journal:<job>:c:...`, `locks:job:<job>`) and of file names on
 * fs storage: `/`, `:` and `..` would reach other keys or fail deep inside a run, so a name is
 * letters, digits, `_`, `-` and `.`, starting with a letter or digit, at most 100 characters.
 */
const JOB_NAME = /^[A-Za-z0-9][\w.-]{0,99}$/

function checkJobName(flag: "job" | "resume", value: unknown): void {
  if (value === undefined) return
  const text = String(value)
  if (!JOB_NAME.test(text) || text.includes("..")) {
    const shown = text.length > 40 ? `${JSON.stringify(text.slice(0, 40))}...` : JSON.stringify(text)
    throw new ValidationError("anonymize", `--${flag} ${shown} is not a job name: use up to 100 letters, digits, _, - or . starting with a letter or digit (e.g. gdpr-2026-10)`, flag, "E_USAGE")
  }
}

/** The anonymize flags, checked and resolved before anything opens (the window to absolute instants, so a resume cannot drift). */
function anonymizeFlags(args: Record<string, unknown>) {
  const str = (name: string) => args[name] as string | undefined
  const sourceKind = choiceFlag("source", args.source, ["cxone", "records", "jsonl"] as const)
  const targetKind = choiceFlag("target", args.target, ["patch", "erasure", "export"] as const)
  const window = dateWindow({ since: str("since"), until: str("until") })
  checkJobName("job", args.job)
  checkJobName("resume", args.resume)
  if (args.resume !== undefined && args.job !== undefined && args.resume !== args.job) {
    throw new ValidationError("anonymize", "--resume and --job name different jobs: give one of them", "job", "E_USAGE")
  }
  if (args.resume !== undefined) {
    const fixed = ["source", "target", "since", "until", "file", "out"].find((f) => args[f] !== undefined)
    if (fixed) throw new ValidationError("anonymize", `--${fixed} cannot change a job being resumed: it keeps its own source, window and target; drop --${fixed}`, fixed, "E_USAGE")
  }
  const kind = sourceKind ?? (args.since || args.until || args.file ? (args.file ? "jsonl" : "cxone") : undefined)
  if ((window.since || window.until) && kind !== "cxone") throw new ValidationError("anonymize", `--since and --until select contacts of the cxone source only: use --source cxone, or drop them`, "since", "E_USAGE")
  if (args.file !== undefined && kind !== "jsonl") throw new ValidationError("anonymize", "--file is read by --source jsonl only: add --source jsonl, or drop --file", "file", "E_USAGE")
  if (args.out !== undefined && targetKind !== undefined && targetKind !== "export") throw new ValidationError("anonymize", "--out is written by --target export only: drop --out", "out", "E_USAGE")
  if (args["allow-unconditional"] && targetKind !== undefined && targetKind !== "patch") throw new ValidationError("anonymize", `--allow-unconditional applies to --target patch only, not ${targetKind}: drop it`, "allow-unconditional", "E_USAGE")
  return {
    concurrency: intFlag("concurrency", args.concurrency, { min: 1, max: 256 }),
    show: intFlag("show", args.show, { min: 0, max: 1000 }) ?? 5,
    source: kind ? { kind: kind as SourceKind, ...window, file: str("file") } : undefined,
    target: targetKind || args.out ? { kind: (targetKind ?? "export") as TargetKind, out: str("out") } : undefined,
  }
}

/** The flag that contradicts the stored job's source or target (kind, window, --file, --out), if one does. */
function refuseChangedJob(meta: JobMeta, flags: Pick<ReturnType<typeof anonymizeFlags>, "source" | "target">): void {
  const given: [string, unknown, unknown][] = [
    // --since, --file and --out imply a source or target kind: they are named first, as the flag the user typed.
    ["since", flags.source?.since, meta.source.since],
    ["until", flags.source?.until, meta.source.until],
    ["file", flags.source?.file, meta.source.file],
    ["source", flags.source?.kind, meta.source.kind],
    ["out", flags.target?.out, meta.target.out],
    ["target", flags.target?.kind, meta.target.kind],
  ]
  const changed = given.find(([, flag, stored]) => flag !== undefined && flag !== stored)
  if (!changed) return
  throw new ValidationError(
    "anonymize",
    `--${changed[0]} does not match job ${meta.id}, which exists with its own source, window and target: resume it with cxedge anonymize --resume ${meta.id}, or name a new job with --job`,
    changed[0],
    "E_USAGE",
  )
}

export function anonymizeCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "anonymize", description: "Anonymize contacts with a field matrix (dry run, resume, patch/erasure/export targets)",
      examples: [
        "cxedge anonymize --matrix matrices/gdpr.json --dry-run  # the plan per field; nothing is written",
        "cxedge anonymize --matrix matrices/gdpr.json --since 7d --target patch --yes  # last week's contacts, without asking",
        "cxedge anonymize --matrix matrices/gdpr.json --source jsonl --file contacts.jsonl --out anonymized.jsonl",
        "cxedge anonymize --resume gdpr-2026-10  # finish an interrupted job",
      ],
    },
    args: {
      ...host.commonArgs,
      matrix: { type: "string", description: "matrix file (e.g. my-matrix.json), or a shipped matrix by name: gdpr, pci, analytics, seed-example" },
      source: { type: "string", description: "cxone (contacts/completed), records (seed records API) or jsonl" },
      file: { type: "string", description: "JSONL file for --source jsonl" },
      since: { type: "string", description: "start of the date window (cxone source): 2026-10-01 (midnight UTC), 2026-10-01T08:00:00Z, or 7d / 12h / 30m before now" },
      until: { type: "string", description: "end of the date window (cxone source), same forms as --since (default: now)" },
      target: { type: "string", description: "patch (records API), erasure (CXone Privacy + DFO) or export" },
      out: { type: "string", description: "JSONL file for --target export (default: storage)" },
      "dry-run": { type: "boolean", description: "show the plan per field (originals masked); write nothing" },
      show: { type: "string", description: "contacts shown in a dry run, 0 to 1000 (default 5)" },
      job: { type: "string", description: "job id to use (resumes it if it exists)" },
      resume: { type: "string", description: "resume an interrupted job by id" },
      concurrency: { type: "string", description: "contacts in flight, 1 to 256 (default 8)" },
      yes: { type: "boolean", description: "write to a configured tenant (patch, erasure) without asking; required without a terminal" },
      "allow-unconditional": { type: "boolean", description: "patch: write records served without an ETag with If-Match: * (default: refuse them, E_NO_ETAG)" },
      json: { type: "boolean", description: "print the summary as JSON" },
    },
    async run({ args }) {
      // Every flag is checked before the runtime opens: a typo never reaches the tenant.
      const flags = anonymizeFlags(args)
      await host.withRuntime(args, async (opened) => {
        // Before anything opens --out: writing it would empty the file being read.
        if (args.file !== undefined && args.out !== undefined && opened.files.samePath?.(String(args.file), String(args.out))) {
          throw new ValidationError("anonymize", "--out names the --file being read: it would be emptied before it is read; write the export elsewhere", "out", "E_USAGE")
        }
        const rt = opened.rt
        const settings = { concurrency: 8, ...rt.settings<Partial<AnonymizeSettings>>("anonymize") } as AnonymizeSettings
        // settings.anonymize.concurrency was checked (1 to 256) by the plugin's schema when the runtime opened.
        if (flags.concurrency !== undefined) settings.concurrency = flags.concurrency
        // --job naming an existing job resumes it with its own source and target: a flag that says otherwise is refused, not ignored.
        if (args.job !== undefined && args.resume === undefined) {
          const existing = await jobStore(rt.storage.namespace("jobs")).get(String(args.job))
          if (existing) refuseChangedJob(existing, flags)
        }
        const matrix = args.matrix ? await loadMatrix(opened, args.matrix) : undefined
        const request: JobRequest = {
          matrix,
          jobId: args.resume ?? args.job,
          resume: !!args.resume,
          dryRun: !!args["dry-run"],
          source: flags.source,
          target: flags.target,
          allowUnconditional: !!args["allow-unconditional"],
        }
        // Against a configured tenant, patch and erasure ask first; the plan is prepared without storing the job.
        if (!opened.sandbox && !args["dry-run"]) {
          const plan = await prepareJob(rt, { ...request, dryRun: true }, settings, opened.files)
          if (!plan.finished && DESTRUCTIVE_TARGETS.has(String(plan.meta.target.kind))) {
            const go = await host.confirm({ scope: "anonymize", action: "write to a real tenant", summary: await planSummary(rt, plan), yes: !!args.yes })
            if (!go) {
              host.warn("aborted: nothing was written")
              return host.setExitCode(1)
            }
            request.jobId = plan.jobId
          }
        }
        const job = await prepareJob(rt, request, settings, opened.files)
        for (const warning of job.matrix.warnings) host.warn(warning)
        const window = windowLine(job.meta.source)
        if (window) host.info(window)

        if (args["dry-run"]) {
          const report = await dryRun(job.source, job.matrix, job.target, flags.show)
          if (args.json) return host.print(report, { json: true })
          host.info(`dry run: matrix ${job.matrix.matrix.name}, source ${job.source.name}, target ${job.target.name}; nothing is written`)
          host.print(report.sample, { columns: ["contactId", "field", "before", "after", "transform"] })
          host.print(Object.entries(report.counts).map(([transform, fields]) => ({ transform, fields })))
          host.print([
            { key: "records", value: report.records },
            { key: "already anonymized", value: report.alreadyAnonymized },
            { key: "would be rejected", value: report.rejected.length },
          ])
          // Export only: what unlisted/keep leave out of each line, by field, in how many records.
          if (Object.keys(report.dropped).length) host.print(Object.entries(report.dropped).map(([field, records]) => ({ "dropped from export": field, records })))
          for (const r of report.rejected.slice(0, 20)) host.warn(`contact ${r.contactId} would be rejected: ${r.reason}`)
          return
        }
        if (job.finished) {
          host.info(`job ${job.jobId} already finished: nothing to do`)
          const totals = job.meta.totals
          if (args.json) return host.print({ jobId: job.jobId, state: job.meta.state, finishedAt: job.meta.finishedAt, totals }, { json: true })
          host.print([
            { key: "job", value: job.jobId },
            { key: "state", value: job.meta.state },
            { key: "finished", value: job.meta.finishedAt ?? "" },
            ...Object.entries(totals ?? {}).map(([key, value]) => ({ key: `${key} (all runs)`, value })),
          ])
          return
        }
        host.info(`${job.resume ? "resuming" : "starting"} job ${job.jobId}: matrix ${job.matrix.matrix.name}, source ${job.source.name}, target ${job.target.name}`)
        let line = ""
        const result = await completeJob(rt, job, {
          concurrency: settings.concurrency,
          owner: opened.owner,
          signal: host.signal,
          // runJob reports once more when it ends, so the last line holds the final counts.
          onProgress: (p) => host.status((line = progressLine(p))),
          onRejected: (id, _field, reason) => host.warn(`contact ${id}: ${reason}`),
        })
        host.status(line, true)
        if (result.interrupted) {
          host.warn(`interrupted: ${result.processed} done, resume with: cxedge anonymize --resume ${job.jobId}`)
          return host.setExitCode(130)
        }
        const { rejected, ...summary } = result
        // Target-specific counts (patch: writes made with If-Match: *).
        const counts = (job.target as Partial<PatchTarget>).counts?.()
        if (args.json) host.print({ jobId: job.jobId, ...summary, ...counts, rejected: rejected.length }, { json: true })
        else {
          host.print([...summaryRows(job.jobId, result), ...Object.entries(counts ?? {}).map(([key, value]) => ({ key: key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`), value }))])
          if (Object.keys(result.transforms).length) host.print(Object.entries(result.transforms).map(([transform, fields]) => ({ transform, fields })))
        }
        if (result.failed > 0) host.setExitCode(1)
      }, { readOnly: !!args["dry-run"] })
    },
  })
}

export function jobsCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "jobs", description: "List anonymization jobs in storage", examples: ["cxedge jobs", "cxedge jobs --json"] },
    args: { ...host.commonArgs, json: { type: "boolean", description: "print the jobs as JSON" } },
    async run({ args }) {
      await host.withRuntime(args, async (opened) => {
        const jobs = await jobStore(opened.rt.storage.namespace("jobs")).list()
        if (args.json) return host.print(jobs.map(({ matrixBody: _, ...j }) => j), { json: true })
        // Counts over all of a job's runs; a running job has none yet.
        const count = (j: (typeof jobs)[number], key: "processed" | "succeeded" | "failed" | "invalid" | "skipped") => j.totals?.[key] ?? ""
        const rows = jobs.map((j) => ({
          job: j.id, state: j.state, processed: count(j, "processed"), succeeded: count(j, "succeeded"), failed: count(j, "failed"),
          invalid: count(j, "invalid"), skipped: count(j, "skipped"), matrix: j.matrix, source: j.source.kind, target: j.target.kind,
          created: j.createdAt, finished: j.finishedAt ?? "",
        }))
        host.print(rows)
        if (jobs.some((j) => j.state === "finished_with_failures")) host.info("a job finished_with_failures retries its failed contacts with: cxedge anonymize --resume JOB")
      }, { readOnly: true })
    },
  })
}

export function matrixCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "matrix", description: "Check a field matrix, or print the matrix JSON Schema", examples: ["cxedge matrix validate matrices/gdpr.json", "cxedge matrix schema > matrices/schema.json"] },
    subCommands: {
      schema: defineCommand({
        meta: { description: "Print the matrix JSON Schema (matrices/schema.json is this output)", examples: ["cxedge matrix schema > matrices/schema.json  # regenerate the shipped schema"] },
        run: () => host.print(JSON.stringify(matrixJsonSchema(), null, 2)),
      }),
      validate: defineCommand({
        meta: { description: "Report unknown transforms, bad params and weak choices, with the field path; exit 2 if invalid", examples: ["cxedge matrix validate matrices/gdpr.json", "cxedge matrix validate my-matrix.json --json"] },
        args: { ...host.commonArgs, file: { type: "positional", description: "matrix file", required: true }, json: { type: "boolean", description: "print the report as JSON" } },
        async run({ args }) {
          await host.withRuntime(args, async (opened) => {
            const read = readMatrix(await readJsonFile(opened, args.file))
            const checked = read.matrix ? checkMatrix(read.matrix, { transforms: opened.rt.transforms, keys: opened.rt.keys }) : { issues: read.issues, warnings: [] }
            const report = { file: args.file, valid: checked.issues.length === 0, issues: checked.issues, warnings: checked.warnings }
            if (args.json) host.print(report, { json: true })
            else {
              for (const issue of checked.issues) host.print(`error   ${issue.where}: ${issue.message}`)
              for (const warning of checked.warnings) host.print(`warning ${warning}`)
              host.print(report.valid ? `${args.file}: valid (${read.matrix!.fields.length} rules)` : `${args.file}: ${checked.issues.length} error(s)`)
            }
            if (!report.valid) host.setExitCode(2)
          }, { readOnly: true })
        },
      }),
    },
  })
}

export function decryptCommand(host: CommandHost) {
  return defineCommand({
    meta: { name: "decrypt", description: "Re-identify encrypt tokens (authorised use only; each use is logged without the value)", examples: ["cxedge decrypt \"$TOKEN\"  # an enc_<keyId>_... value an encrypt rule wrote", "cxedge decrypt \"$TOKEN\" --json"] },
    args: { ...host.commonArgs, token: { type: "positional", description: "an enc_<keyId>_... token", required: true }, json: { type: "boolean", description: "print {value} as JSON" } },
    async run({ args }) {
      await host.withRuntime(args, async (opened) => {
        const value = decryptValue(opened.rt.keys, args.token)
        await opened.rt.hooks.emit("audit:record", { action: "decrypt", outcome: "ok", detail: { keyId: args.token.split("_")[1] } })
        host.print(args.json ? { value } : value, { json: !!args.json })
      })
    },
  })
}
