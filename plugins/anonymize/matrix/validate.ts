import type { FieldChange, FieldProblem, Plan, ResidualCheck } from "./types.ts"
import { residualPii } from "../../../core/normalize.ts"
import { kindOf, topOf } from "./path.ts"
import { sameJson } from "../same-json.ts"

/** Longest value a target accepts per top-level field (strings by length, arrays/objects as JSON). */
export type FieldLimits = Record<string, number>

const sizeOf = (value: unknown) => (typeof value === "string" ? value.length : JSON.stringify(value)?.length ?? 0)

const NO_LIMITS: FieldLimits = {}
const isEmpty = (limits: FieldLimits) => {
  for (const _ in limits) return false
  return true
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === "object" && typeof b === "object" && sameJson(a, b))
}

// What a message calls a finding's type: it names the kind of data, never the value.
const NAMES: Record<string, string> = {
  EMAIL: "an email address",
  PHONE: "a phone number",
  CARD: "a card number",
  IBAN: "an IBAN",
  US_SSN: "a US social security number",
  UK_NINO: "a UK national insurance number",
  IP_ADDRESS: "an IP address",
  PERSON: "a person's name",
  DENY: "a deny-listed value",
}

/**
 * What personal data a transformed string still holds: the recognizers' first finding (with what the
 * change's rule allows left out), or (without the pii plugin) an email or phone pattern.
 */
function residualOf(text: string, residual: ResidualCheck | undefined, change: FieldChange): string | undefined {
  if (residual) {
    const f = residual(text, change)[0]
    return f && (NAMES[f.type] ?? `a ${f.type} value`)
  }
  // Shorter than any email ("a@b.c") or phone pattern (8 digits): a nullified, redacted or
  // country-only value ("", "+1") cannot hold one.
  if (text.length < 5 || clean.has(text)) return undefined
  const left = residualPii(text)
  if (!left) remember(text)
  return left && `an ${left === "email" ? "email address" : "phone number"} pattern`
}

// Generalized values repeat (an hour, a country code, a redaction mark): one found clean is not
// searched again. Bounded: a keyed token is new every time and only passes through.
const clean = new Set<string>()
const CLEAN_MAX = 1024
function remember(text: string) {
  if (text.length > 64) return
  if (clean.size >= CLEAN_MAX) clean.clear()
  clean.add(text)
}

const problemAt = (c: FieldChange, code: string, reason: string): FieldProblem => ({ path: c.path, transform: c.transform, code, reason })
/** What to do when a built-in transform left personal data in a value it read as its own output. */
const STRONGER: Record<string, string> = { scrub: "widen the rule's entities or lower its minScore to settings.pii's" }

/** A change's first problem, or undefined: most changes have none, and build nothing. */
function problemOf(c: FieldChange, residual: ResidualCheck | undefined): FieldProblem | undefined {
  if (c.after !== null && kindOf(c.after) !== kindOf(c.before)) {
    return problemAt(c, "E_TYPE_CHANGED", `${c.transform} turned the ${kindOf(c.before)} at ${c.path} into a ${kindOf(c.after)}: use a transform that keeps the type`)
  }
  // A reversible transform was exempt, so one that returned its input (`reversible: true` on an identity) wrote the
  // personal data back as it was; an empty value may stay empty under one.
  if ((!c.reversible || (c.before !== "" && c.before != null)) && same(c.before, c.after)) return problemAt(c, "E_UNCHANGED", `${c.transform} left the value at ${c.path} unchanged: check the rule's params`)
  if (typeof c.after !== "string") return undefined
  const left = residualOf(c.after, residual, c)
  return left ? problemAt(c, "E_RESIDUAL_PII", `${left} remains at ${c.path} after ${c.transform}: choose a stronger transform`) : undefined
}

/**
 * Checks a plan before anything is written: each changed value keeps its
 * type (null, a deletion, excepted), a transform really changed
 * its input, no personal data the pii plugin's recognizers find (without
 * it: no email or phone pattern) survives in a transformed string,
 * and every touched top-level field fits the target's limit. Reasons name
 * the field and the rule, never the value.
 */
export function validatePlan(plan: Plan, limits: FieldLimits = NO_LIMITS): FieldProblem[] {
  const problems: FieldProblem[] = []
  // Only a target with limits needs the touched fields (an export has none).
  const touched = limits === NO_LIMITS || isEmpty(limits) ? undefined : new Set<string>()
  for (const c of plan.changes) {
    if (c.already) {
      // Left as its transform's own output: still re-scanned, or a rule whose `recognizes` reads too much (a scrub with a
      // higher minScore or fewer entities than settings.pii, a plugin's) would let what it did not look for through.
      const left = typeof c.after === "string" ? residualOf(c.after, plan.residual, c) : undefined
      if (left) problems.push(problemAt(c, "E_RESIDUAL_PII", `${left} remains at ${c.path}, which ${c.transform} took for its own output and left: ${STRONGER[c.transform] ?? "check the transform's recognizes"}`))
      continue
    }
    touched?.add(topOf(c.path))
    const found = problemOf(c, plan.residual)
    if (found) problems.push(found)
  }
  for (const field of touched ?? []) {
    const limit = limits[field]
    const value = plan.output[field]
    if (limit !== undefined && value !== null && value !== undefined && sizeOf(value) > limit) {
      problems.push({ path: field, transform: "", code: "E_LIMIT", reason: `${field} would be ${sizeOf(value)} characters, over the target's limit of ${limit}` })
    }
  }
  return problems
}
