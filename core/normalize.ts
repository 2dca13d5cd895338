import { isSupportedCountry, parsePhoneNumber, type CountryCode } from "libphonenumber-js/min"
import metadata from "libphonenumber-js/min/metadata"
import { ValidationError } from "./errors.ts"

/** A value's kind for a message that must not quote the value: `null`, `array`, `string`, ... */
export const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value)

export type Normalizer = "e164" | "email"

// Google's numbering-plan metadata (libphonenumber-js), "min" set: ~80 kB
// instead of ~145 kB in a Worker bundle. Its isValid() only checks lengths
// and loose patterns; we check isPossible() (length per country) on purpose:
// range validity changes as regulators allocate numbers, fictional ranges
// (555-01xx, Ofcom's 7700 900xxx) are used in tests, and a pseudonym needs
// one canonical form per number, not proof that the number is assigned.
const callingCodes = (metadata as { country_calling_codes: Record<string, string[]> }).country_calling_codes

/**
 * The region a number without a country code is read in: an ISO 3166 region
 * (`GB`), or a calling code (`44`) mapped to that code's main region (`1`
 * is US, `7` RU), as the numbering plan lists it first. Undefined when the
 * value names neither.
 */
export function phoneRegion(regionOrCallingCode: string): CountryCode | undefined {
  if (/^\d{1,3}$/.test(regionOrCallingCode)) return callingCodes[regionOrCallingCode]?.[0] as CountryCode | undefined
  const upper = regionOrCallingCode.toUpperCase()
  return isSupportedCountry(upper) ? upper : undefined
}

const phoneError = (what: string) => new ValidationError("matrix", what, undefined, "E_FIELD_FORMAT")

/**
 * Canonical E.164 by the country's numbering plan: `+44 (0)20 7946 0018` is
 * `+442079460018`, an Italian number keeps its leading 0, `011 44 ...` read
 * in the US (or `00 44 ...` in GB) is `+44...`, an extension is dropped so
 * one line gives one pseudonym. A number written without a country code is
 * read in `defaultRegion` (an ISO region or a calling code, see phoneRegion);
 * without one, or when the number is impossible for its country, it throws
 * (code E_FIELD_FORMAT) instead of guessing. Messages never quote the value.
 */
export function toE164(value: string, defaultRegion?: string): string {
  return parsePhone(value, defaultRegion).e164
}

/** A phone number read as toE164 reads it: its E.164 form and its country calling code (`44`). */
export function parsePhone(value: string, defaultRegion?: string): { e164: string; callingCode: string } {
  const region = defaultRegion ? phoneRegion(defaultRegion) : undefined
  let parsed
  try {
    parsed = parsePhoneNumber(value, { defaultCountry: region, extract: false })
  } catch (error) {
    const reason = (error as Error).message
    if (reason === "INVALID_COUNTRY") {
      const international = region || /^\s*\+/.test(value)
      throw phoneError(international ? "not a phone number with a known country calling code" : "a phone number without a country calling code, and no default region to read it in")
    }
    throw phoneError(reason === "TOO_LONG" ? "too long for a phone number" : reason === "TOO_SHORT" ? "too short for a phone number" : "not a phone number")
  }
  if (!parsed.isPossible()) throw phoneError(`not a possible phone number for country calling code +${parsed.countryCallingCode} (wrong length)`)
  return { e164: parsed.number, callingCode: parsed.countryCallingCode }
}

/**
 * Whether a phone number is written with an extension (`ext 5`, `x5`, `;ext=5`, `#5`). E.164 has none: toE164
 * reads the line without it, which may be a switchboard many people share, so a person named by such a number
 * (an erasure's, an export's or a hold's subject) is refused by the caller instead of being taken as the line.
 */
export function phoneExtension(value: string): boolean {
  try {
    // A trailing `#` (a keypad's terminator) is read as the rest of the number being its extension: only a number that is
    // possible without what follows is said to hold one.
    const phone = parsePhoneNumber(value, { extract: false })
    return phone.ext !== undefined && phone.isPossible()
  } catch {
    return false
  }
}

/** What a subject given with an extension is told, after the name of the flag or field. */
export const EXTENSION_REFUSAL = "holds an extension (ext, x or #): the number would be read without it, maybe a switchboard others share; give the person's own number alone"

/** Why a number was refused, and what to do, for a message that names the field but not the value. */
export function phoneReason(error: unknown): string {
  const reason = (error as Error).message.replace(/^\[cxedge\] \[[^\]]+\] /, "")
  return reason.includes("default region")
    ? `${reason}: set the matrix's "defaultRegion" (e.g. "GB") to read national numbers`
    : `${reason}: correct it at the source, or leave it to a rule without "normalize"`
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

/**
 * Why a value is not an address with one @, a name before it and a domain after it (white space around it aside),
 * or undefined for one that is; it never quotes the value.
 */
export function notAnAddress(value: string): string | undefined {
  const trimmed = value.trim()
  const at = trimmed.lastIndexOf("@")
  if (at < 1 || at === trimmed.length - 1) return "an email address (a name, an @ and a domain)"
  if (trimmed.indexOf("@") !== at) return "an email address with one @ (two were found)"
  if (/\s/.test(trimmed)) return "an email address without white space in it"
  return undefined
}

/** Canonicalizes one value for a rule; errors name the path and the normalizer, never the value. */
export function normalize(kind: Normalizer, value: unknown, path: string, defaultRegion?: string): unknown {
  if (typeof value === "number" && kind === "e164") value = String(value)
  if (typeof value !== "string") {
    throw new ValidationError("matrix", `normalize "${kind}" at ${path} expects a string, found ${kindOf(value)}`, path, "E_FIELD_TYPE")
  }
  if (kind === "email") {
    // Anything was an address here: "ann @example.com" got another pseudonym than ann@example.com, and a join broke in silence.
    const reason = notAnAddress(value)
    if (reason) throw new ValidationError("matrix", `normalize "email" at ${path} expects ${reason}: correct it at the source, or leave it to a rule without "normalize"`, path, "E_FIELD_FORMAT")
    return toEmail(value)
  }
  try {
    return toE164(value, defaultRegion)
  } catch (error) {
    throw new ValidationError("matrix", `normalize "e164" at ${path}: ${phoneReason(error)}`, path, "E_FIELD_FORMAT")
  }
}

/** Patterns that must not survive in a transformed value. */
export const RESIDUAL = {
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+/,
  phone: /(?:\+|\b)\d(?:[\s().-]?\d){7,14}\b/,
}

export function residualPii(value: string): "email" | "phone" | undefined {
  // Every email pattern has an "@": a string without one is not searched (the search costs ~1 us on a 30-character token).
  if (value.includes("@") && RESIDUAL.email.test(value)) return "email"
  if (RESIDUAL.phone.test(value)) return "phone"
  return undefined
}
