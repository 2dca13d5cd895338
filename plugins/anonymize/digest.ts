import * as crypto from "node:crypto"
import { topOf, type Plan } from "./matrix/index.ts"

/** Top-level fields a plan really changes (values already anonymized excluded). */
export function changedFields(plan: Plan): string[] {
  // A plan touches a handful of fields: a list beats a set here.
  const fields: string[] = []
  for (const c of plan.changes) {
    if (c.already) continue
    const top = topOf(c.path)
    if (!fields.includes(top)) fields.push(top)
  }
  return fields.length > 1 ? fields.sort() : fields
}

/**
 * A digest of the values in `fields`: what the target must hold once the
 * plan is applied. A deleted field counts as null. The values digested are
 * the anonymized ones, so the digest reveals nothing the output does not.
 */
export function digestOf(data: Record<string, unknown>, fields: string[]): string {
  const canonical = JSON.stringify(fields.map((f) => [f, data[f] ?? null]))
  return sha256(canonical).slice(0, 32)
}

// One-shot `hash` (Node 20.12+, Bun) is several times faster than a Hash object per contact.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64url") => string }).hash
const sha256 = (text: string): string => (oneShot ? oneShot("sha256", text, "base64url") : crypto.createHash("sha256").update(text).digest("base64url"))

/** The body of a PATCH: each changed top-level field's new value, null meaning delete. */
export function patchBody(plan: Plan, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, plan.output[f] ?? null]))
}

/** A storage-safe key for a contact id (ids may hold `:` or `/`). */
export function keyOf(id: string): string {
  return /^[\w.-]{1,100}$/.test(id) ? id : `h_${crypto.createHash("sha256").update(id).digest("hex").slice(0, 40)}`
}
