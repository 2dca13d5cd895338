import { createHash } from "node:crypto"
import { topOf, type Plan } from "./matrix/index.ts"


/** Top-level fields a plan really changes (values already anonymized excluded). */
export function changedFields(plan: Plan): string[] {
  return [...new Set(plan.changes.filter((c) => !c.already).map((c) => topOf(c.path)))].sort()
}

/**
 * A digest of the values in `fields`: what the target must hold once the
 * plan is applied. A deleted field counts as null. The values digested are
 * the anonymized ones, so the digest reveals nothing the output does not.
 */
export function digestOf(data: Record<string, unknown>, fields: string[]): string {
  const canonical = JSON.stringify(fields.map((f) => [f, data[f] ?? null]))
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 32)
}

/** The body of a PATCH: each changed top-level field's new value, null meaning delete. */
export function patchBody(plan: Plan, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, plan.output[f] ?? null]))
}

/** A storage-safe key for a contact id (ids may hold `:` or `/`). */
export function keyOf(id: string): string {
  return /^[\w.-]{1,100}$/.test(id) ? id : `h_${createHash("sha256").update(id).digest("hex").slice(0, 40)}`
}
