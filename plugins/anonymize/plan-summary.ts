import { windowText, type Runtime } from "../../core/index.ts"
import type { PreparedJob } from "./prepare.ts"
import type { SourceSpec } from "./request.ts"

/** The targets that change a tenant's data: they ask before running against a configured tenant. */
export const DESTRUCTIVE_TARGETS = new Set(["patch", "erasure"])

/**
 * The date window a job's source uses, as absolute instants, or undefined
 * for a source without one. Shown before every run (and dry run) so a user
 * sees what `7d` or a date-only value resolved to.
 */
export function windowLine(source: SourceSpec): string | undefined {
  if (source.kind !== "cxone" && source.kind !== "subject" && source.kind !== "messages") return undefined
  return windowText(source)
}

const MAX_RULES = 20

/** What a confirmation shows: the tenant, the job, the source and window, the contacts in scope, the target and every rule. */
export async function planSummary(rt: Runtime, job: PreparedJob): Promise<string[]> {
  const total = await job.source.total?.().catch(() => undefined)
  const fields = job.matrix.matrix.fields
  const rules = fields.slice(0, MAX_RULES).map((f) => `  ${f.path}: ${f.transform}${f.when ? " (conditional)" : ""}`)
  if (fields.length > MAX_RULES) rules.push(`  ... and ${fields.length - MAX_RULES} more rules`)
  const window = windowLine(job.meta.source)
  return [
    `tenant: ${rt.config.tenant?.issuer ?? "(configured)"}`,
    `job: ${job.jobId}${job.resume ? " (resumed)" : ""}`,
    `target: ${job.meta.target.kind} (${job.meta.target.kind === "erasure" ? "CXone Privacy erasure requests and DFO message removal" : "records API writes"})`,
    `source: ${job.meta.source.kind}${window ? `, ${window}` : ""}`,
    `contacts in scope: ${total ?? "unknown (this source cannot count them)"}`,
    `matrix ${job.matrix.matrix.name}, fields and transforms:`,
    ...rules,
  ]
}
