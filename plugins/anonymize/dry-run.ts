import { DEFAULT_SUBJECT_FIELDS, subjectsOfRecord, type WriteGates } from "../../core/index.ts"
import { validatePlan, type CompiledMatrix } from "./matrix/index.ts"
import { refuseSlippedRules } from "./matrix/reach.ts"
import { type Source, type Target } from "./pipeline.ts"

export interface DryRunRow {
  contactId: string
  field: string
  before: string
  after: string
  transform: string
}

export interface DryRunReport {
  records: number
  /** Fields each transform would change. */
  counts: Record<string, number>
  alreadyAnonymized: number
  /** Contacts no rule applied to (every rule's `when` false, or none of its fields there): left as they are, not "already anonymized". */
  noRuleApplied: number
  /** Contacts a write gate (a legal hold) would hold: a job would skip them and count them held. */
  held: number
  rejected: { contactId: string; field?: string; reason: string }[]
  sample: DryRunRow[]
  /** Export only: fields the matrix's `unlisted`/`keep` leave out (paths with [*]) -> records they were left out of. */
  dropped: Record<string, number>
}

/** An original shown masked: its first character, dots, and its length. Never the value. */
export function maskOriginal(value: unknown): string {
  if (value === null || value === undefined) return String(value)
  if (typeof value !== "string") return Array.isArray(value) ? `[array of ${value.length}]` : typeof value === "object" ? "{object}" : `•• (${typeof value})`
  const chars = Array.from(value)
  if (chars.length === 0) return '""'
  return `${chars[0]}${"•".repeat(Math.min(chars.length - 1, 10))} (${chars.length} chars)`
}

/** An anonymized value, shortened for a terminal line. */
export function showOutput(value: unknown): string {
  const text = value === undefined ? "(deleted)" : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/** Plans every record with the matrix and validates it (and, for an export, what it would leave out); writes nothing anywhere. */
export async function dryRun(source: Source, matrix: CompiledMatrix, target: Target, show: number, gates?: WriteGates): Promise<DryRunReport> {
  const report: DryRunReport = { records: 0, counts: {}, alreadyAnonymized: 0, noRuleApplied: 0, held: 0, rejected: [], sample: [], dropped: {} }
  let shown = 0
  const { subjects, defaultRegion, defaultCountryCode } = matrix.matrix
  for await (const page of source.pages()) {
    // As a job does, before anything else: a rule whose path slipped (`emial`) is refused on the first page.
    if (report.records === 0) refuseSlippedRules(matrix.matrix, page, `matrix ${matrix.matrix.name}`, { source: source.name, target: target.name })
    // Asked as a job asks them, a page at a time (subjects read only if a gate needs them).
    const verdicts = gates?.active ? await gates.checkMany(page.map((r) => (r.error ? {} : { contactId: r.id, get subjects() { return subjectsOfRecord(r.data, subjects ?? DEFAULT_SUBJECT_FIELDS, defaultRegion ?? defaultCountryCode) } }))) : undefined
    for (const [i, record] of page.entries()) {
      report.records++
      if (verdicts?.[i]) {
        report.held++
        continue
      }
      if (record.error) {
        report.rejected.push({ contactId: record.id, reason: record.error })
        continue
      }
      const plan = await matrix.plan(record.data)
      const problems = [...plan.problems, ...validatePlan(plan, target.limits), ...(target.check?.(record) ?? [])]
      if (problems.length) {
        report.rejected.push({ contactId: record.id, field: problems[0]!.path, reason: problems.map((p) => p.reason).join("; ") })
        continue
      }
      if (target.name === "export") {
        for (const field of new Set(matrix.project(plan).dropped)) report.dropped[field] = (report.dropped[field] ?? 0) + 1
      }
      const live = plan.changes.filter((c) => !c.already)
      // Only a target that skips an unchanged record (patch) leaves it: an export writes it and an erasure erases it
      // all the same, and a dry run that called them "already anonymized" said the run would do nothing to them.
      if (live.length === 0 && target.skipsUnchanged) report[plan.covered.length ? "alreadyAnonymized" : "noRuleApplied"]++
      for (const c of live) report.counts[c.transform] = (report.counts[c.transform] ?? 0) + 1
      if (shown < show && live.length) {
        shown++
        for (const c of live) {
          report.sample.push({ contactId: record.id, field: c.path, before: maskOriginal(c.before), after: showOutput(c.after), transform: c.keyId ? `${c.transform} (${c.keyId})` : c.transform })
        }
      }
    }
  }
  return report
}
