import type { KeyRing, Transform } from "../../../core/plugin.ts"
import type { Finding } from "../../../core/recognizer.ts"
import type { Location, Projection } from "./project.ts"
import type { Matrix } from "./schema.ts"

export interface MatrixIssue {
  /** Where in the matrix: `fields[2] (email) params.keyId`. */
  where: string
  message: string
}

export interface FieldChange {
  path: string
  transform: string
  keyId?: string
  /** The rule's parsed params (a transformed value only): the residual check reads a scrub rule's `allow`. */
  params?: unknown
  before: unknown
  after: unknown
  /** The value already was this transform's output: nothing was done to it. */
  already: boolean
  reversible: boolean
}

export interface FieldProblem {
  path: string
  transform: string
  code: string
  reason: string
}

/** One record's plan: the anonymized copy (the input is never mutated) and what happened per field. */
export interface Plan {
  output: Record<string, unknown>
  changes: FieldChange[]
  problems: FieldProblem[]
  /** Every value a rule applied to (its condition held), null ones included: what an export keeps. */
  covered: Location[]
  /** The residual-PII check validatePlan runs on each transformed string (CompileOptions.residual). */
  residual?: ResidualCheck
}

/**
 * Findings left in a transformed value; the pii plugin's state gives one built from its recognizers.
 * `rule` is the transform that wrote the value and its params, so a check can honour what that rule
 * deliberately kept (a scrub rule's `allow`), for that value only.
 */
export type ResidualCheck = (text: string, rule?: { transform: string; params?: unknown }) => readonly Finding[]

export interface CompiledMatrix {
  matrix: Matrix
  warnings: string[]
  /** Names of the transforms used, in rule order. */
  transforms: string[]
  /** The key ids its keyed rules write tokens with (hmac, encrypt, pan), each once. */
  keyIds: string[]
  /** The key ids its reversible keyed rules (encrypt) write with: what `cxedge decrypt` needs again later. */
  reversibleKeyIds: string[]
  plan(record: Record<string, unknown>): Plan | Promise<Plan>
  /** The export copy of a planned record under the matrix's `unlisted` and `keep` (see projectRecord). */
  project(plan: Plan): Projection
  /** `project(plan).output`, without listing what was dropped. */
  exportCopy(plan: Plan): Record<string, unknown>
}

export interface CompileOptions {
  transforms: ReadonlyMap<string, Transform<any>>
  keys: KeyRing
  /** The pii plugin's residual check; without it, validation looks for email and phone patterns only. */
  residual?: ResidualCheck
}
