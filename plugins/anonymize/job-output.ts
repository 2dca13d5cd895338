import type { CommandHost } from "../../core/index.ts"
import type { DryRunReport } from "./dry-run.ts"
import type { JobProgress, JobResult } from "./job.ts"
import type { PreparedJob } from "./prepare.ts"
import type { PatchTarget } from "./targets/patch.ts"

const fmt = (n: number) => n.toLocaleString("en-US")
const duration = (ms: number) => (ms < 60_000 ? `${(ms / 1000).toFixed(1)}s` : `${Math.floor(ms / 60_000)}m${Math.round((ms % 60_000) / 1000)}s`)

/** The status line of a running job: counts, rate and ETA, or how long the job waits for the tenant. */
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
    { key: "skipped (already anonymized)", value: r.skipped - (r.noRuleApplied ?? 0) },
    // Not "already anonymized": no rule's `when` held (or none of its fields was there), so nothing was looked at.
    ...(r.noRuleApplied ? [{ key: "skipped (no rule applied)", value: r.noRuleApplied }] : []),
    { key: "held (legal hold)", value: r.held ?? 0 },
    { key: "already done (resumed)", value: r.alreadyDone },
    { key: "success rate", value: attempted ? `${((r.succeeded / attempted) * 100).toFixed(1)}%` : "n/a" },
    { key: "contacts/s", value: (r.processed / Math.max(0.001, r.durationMs / 1000)).toFixed(1) },
    { key: "latency p50/p95/p99 ms", value: `${r.latency.p50} / ${r.latency.p95} / ${r.latency.p99}` },
    { key: "duration", value: duration(r.durationMs) },
  ]
}

/** A dry run's plan: sample rows (originals masked), fields per transform, and what would be rejected. */
export function printDryRun(host: CommandHost, job: PreparedJob, report: DryRunReport, json: boolean): void {
  // A plan whose every record would be rejected (a file of the wrong shape, the wrong --id-field) exited 0, as if it were fine.
  const allRejected = report.records > 0 && report.rejected.length >= report.records
  if (allRejected) host.setExitCode(1)
  if (json) {
    host.print(report, { json: true })
    if (allRejected) host.warn(`every record (${report.records}) would be rejected: nothing would be anonymized; fix the input first (exit 1)`)
    return
  }
  host.info(`dry run: matrix ${job.matrix.matrix.name}, source ${job.source.name}, target ${job.target.name}; nothing is written`)
  host.print(report.sample, { columns: ["contactId", "field", "before", "after", "transform"] })
  host.print(Object.entries(report.counts).map(([transform, fields]) => ({ transform, fields })))
  host.print([
    { key: "records", value: report.records },
    { key: "already anonymized", value: report.alreadyAnonymized },
    ...(report.noRuleApplied ? [{ key: "no rule applied", value: report.noRuleApplied }] : []),
    { key: "held (legal hold)", value: report.held },
    { key: "would be rejected", value: report.rejected.length },
  ])
  // Export only: what unlisted/keep leave out of each line, by field, in how many records.
  if (Object.keys(report.dropped).length) host.print(Object.entries(report.dropped).map(([field, records]) => ({ "dropped from export": field, records })))
  for (const r of report.rejected.slice(0, 20)) host.warn(`contact ${r.contactId} would be rejected: ${r.reason}`)
  if (allRejected) host.warn(`every record (${report.records}) would be rejected: nothing would be anonymized; fix the input first (exit 1)`)
}

/** A job's counts over all its runs as table rows; contacts no rule applied to in words, and only when there were some. */
export const totalsRows = (totals: Record<string, number> | undefined) =>
  Object.entries(totals ?? {}).flatMap(([key, value]) => (key !== "noRuleApplied" ? [{ key: `${key} (all runs)`, value }] : value ? [{ key: "no rule applied (all runs)", value }] : []))

/** A job that has nothing left to do: its state and its counts over all runs. */
export function printFinished(host: CommandHost, job: PreparedJob, json: boolean): void {
  const { meta } = job
  host.info(`job ${job.jobId} already finished: nothing to do`)
  if (json) return host.print({ jobId: job.jobId, state: meta.state, finishedAt: meta.finishedAt, totals: meta.totals }, { json: true })
  host.print([
    { key: "job", value: job.jobId },
    { key: "state", value: meta.state },
    { key: "finished", value: meta.finishedAt ?? "" },
    ...totalsRows({ ...meta.totals }),
  ])
}

/** A run's summary, with the target's own counts (patch: writes made with If-Match: *). */
export function printResult(host: CommandHost, job: PreparedJob, result: JobResult, json: boolean): void {
  const { rejected, ...summary } = result
  const counts = (job.target as Partial<PatchTarget>).counts?.()
  if (json) return host.print({ jobId: job.jobId, ...summary, ...counts, rejected: rejected.length }, { json: true })
  host.print([...summaryRows(job.jobId, result), ...Object.entries(counts ?? {}).map(([key, value]) => ({ key: key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`), value }))])
  if (Object.keys(result.transforms).length) host.print(Object.entries(result.transforms).map(([transform, fields]) => ({ transform, fields })))
}
