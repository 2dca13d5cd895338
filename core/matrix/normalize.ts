import { ValidationError } from "../errors.ts"
import { kindOf } from "./path.ts"

export type Normalizer = "e164" | "email"

/**
 * Canonical E.164: `+1 (555) 010-2030`, `15550102030` and `0015550102030`
 * all give `+15550102030`. A national number without a country code gets
 * `defaultCountryCode` when the matrix sets one.
 */
export function toE164(value: string, defaultCountryCode?: string): string {
  const trimmed = value.trim()
  let digits = trimmed.replace(/\D/g, "")
  if (trimmed.startsWith("+")) return `+${digits}`
  if (digits.startsWith("00")) return `+${digits.slice(2)}`
  if (defaultCountryCode && digits.startsWith("0")) digits = defaultCountryCode + digits.slice(1)
  else if (defaultCountryCode && digits.length <= 10) digits = defaultCountryCode + digits
  return `+${digits}`
}

/** Trimmed, lower-cased, with an internationalized domain in its ASCII (punycode) form. */
export function toEmail(value: string): string {
  const trimmed = value.trim()
  const at = trimmed.lastIndexOf("@")
  if (at < 1) return trimmed.toLowerCase()
  const local = trimmed.slice(0, at).toLowerCase()
  let domain = trimmed.slice(at + 1).toLowerCase()
  try {
    domain = new URL(`http://${domain}`).hostname
  } catch {}
  return `${local}@${domain}`
}

export function normalize(kind: Normalizer, value: unknown, path: string, defaultCountryCode?: string): unknown {
  if (typeof value === "number" && kind === "e164") value = String(value)
  if (typeof value !== "string") {
    throw new ValidationError("matrix", `normalize "${kind}" at ${path} expects a string, found ${kindOf(value)}`, path, "E_FIELD_TYPE")
  }
  return kind === "e164" ? toE164(value, defaultCountryCode) : toEmail(value)
}

/** Patterns that must not survive in a transformed value. */
export const RESIDUAL = {
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/,
  phone: /(?:\+|\b)\d(?:[\s().-]?\d){7,14}\b/,
}

export function residualPii(value: string): "email" | "phone" | undefined {
  if (RESIDUAL.email.test(value)) return "email"
  if (RESIDUAL.phone.test(value)) return "phone"
  return undefined
}
