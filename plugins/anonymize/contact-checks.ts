import { CxoneHttpError, DEFAULT_SUBJECT_FIELDS, subjectsOfRecord, type CxedgeError, type Runtime } from "../../core/index.ts"
import { validatePlan, type CompiledMatrix } from "./matrix/index.ts"
import type { SourceRecord, Target, WriteContext } from "./pipeline.ts"

// What a contact step asks before and after a write, apart from the step itself (contact-step.ts).

/** A failure's journal code: the HTTP status when there is one (E_HTTP_503), else the error's code. Never a value. */
export function failureCode(error: unknown): string {
  if (error instanceof CxoneHttpError && error.status && error.code !== "E_CIRCUIT_OPEN") return `E_HTTP_${error.status}`
  return (error as CxedgeError)?.code ?? "E_WRITE"
}

/** A plan's problems, the target's limits and checks: the first names the field, all their reasons are told. */
export function problemsOf(target: Target, ctx: WriteContext) {
  const found = validatePlan(ctx.plan, target.limits)
  const checked = target.check?.(ctx.record)
  // Most records have none: no list is built for them.
  if (!ctx.plan.problems.length && !found.length && !checked?.length) return undefined
  const problems = [...ctx.plan.problems, ...found, ...(checked ?? [])]
  return { code: problems[0]!.code, path: problems[0]!.path, reason: problems.map((p) => p.reason).join("; ") }
}

/** The gates' verdicts on a page, asked once; none loaded: nothing is asked. */
export function gateVerdicts(rt: Runtime, matrix: CompiledMatrix, records: SourceRecord[]) {
  if (!rt.gates.active) return undefined
  const { subjects, defaultRegion, defaultCountryCode } = matrix.matrix
  const fields = subjects ?? DEFAULT_SUBJECT_FIELDS
  // Subjects are read (a phone number parsed) only if a gate asks for them: with no subject hold, none is.
  return rt.gates.checkMany(records.map((r) => (r.error ? {} : { contactId: r.id, get subjects() { return subjectsOfRecord(r.data, fields, defaultRegion ?? defaultCountryCode) } })))
}

/**
 * Asks the write gates about a candidate that names nothing, before a job reads, stores or audits anything: a gate that
 * cannot judge at all (a hold made under a key that left CXEDGE_HMAC_KEYS, or whose key id names another key now)
 * throws for every batch. Asked first at the job's first page, it refused after the job was stored "running" and its
 * start audited: `cxedge jobs` listed a job that never ran.
 */
export async function refuseUnjudgedWrites(rt: Runtime): Promise<void> {
  if (rt.gates.active) await rt.gates.check({})
}
