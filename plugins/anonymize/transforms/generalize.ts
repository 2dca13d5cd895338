import * as v from "valibot"
import { defineTransform, ValidationError } from "../../../core/index.ts"
import { isoInstant, parsePhone, phoneReason } from "../../../core/index.ts"
import { notAnAddress } from "../../../core/normalize.ts"

/**
 * The country calling code of a phone number, e.g. `+44` for `+44 20 7946 0958`,
 * read exactly as `normalize: "e164"` reads it (the numbering plan, not a digit
 * count). A number without a country code needs `defaultRegion`; one that cannot
 * be read throws (E_FIELD_FORMAT) without quoting it.
 */
export function countryCode(phone: string, defaultRegion?: string): string {
  return `+${parsePhone(phone, defaultRegion).callingCode}`
}

const UNITS = { hour: 13, day: 10, month: 7, year: 4 } as const

/**
 * Epoch milliseconds this small fall within 115 days of 1 January 1970, while epoch seconds stay below it until
 * 2286: such a number is seconds (or not a time at all), and read as milliseconds it became a day in January 1970.
 */
const SECONDS_OR_LESS = 1e10
/**
 * Epoch milliseconds outside years 0 to 9999 (micro- or nanoseconds, read as milliseconds a year like 57885) have an
 * ISO form of +057885-..., so cutting it at a unit's length wrote a mangled timestamp.
 */
const MIN_MS = -62167219200000
const MAX_MS = 253402300799999


/**
 * The timestamp cut down to the unit, in the input's own type; undefined for a non-timestamp.
 * A string is read only as ISO 8601, with no zone as UTC (isoInstant): `Date.parse` would read
 * `12/01/2026` one way, `1` as 2001, `2026-02-30` as March 2 and a zone-less time in this
 * machine's zone, so a generalized day would depend on where the job ran.
 */
function truncate(value: unknown, unit: keyof typeof UNITS): string | number | undefined {
  if (typeof value === "number" && !(Math.abs(value) >= SECONDS_OR_LESS && value >= MIN_MS && value <= MAX_MS)) return undefined
  const ms = typeof value === "number" ? value : typeof value === "string" ? isoInstant(value) : undefined
  if (ms === undefined || !Number.isFinite(ms)) return undefined
  const cut = new Date(ms).toISOString().slice(0, UNITS[unit])
  const rebuilt = cut + "0000-01-01T00:00:00.000Z".slice(cut.length)
  return typeof value === "number" ? Date.parse(rebuilt) : rebuilt
}

/**
 * Why a value could not be read as a phone number, for phone-country. Never "leave it to a rule without normalize":
 * that was said of a rule that had none (an email field given to phone-country), where the field holds no phone at all.
 */
function phoneCountryReason(error: unknown): string {
  const reason = phoneReason(error)
  // The matrix's defaultRegion reaches a transform through the rule's normalize step.
  if (reason.includes("default region")) return reason.replace(`set the matrix's "defaultRegion"`, `add "normalize": "e164" to the rule and set the matrix's "defaultRegion"`)
  const why = reason.replace(/: correct it at the source, or leave it to a rule without "normalize"$/, "")
  // A number the numbering plan refuses (a wrong length for its country) is a phone number written wrong.
  if (why.startsWith("not a possible phone number")) return `${why}: correct it at the source`
  return `the field holds no phone number${why === "not a phone number" ? "" : ` (${why})`}, and phone-country generalizes phone fields: point the rule at a phone field, or give this field another transform`
}

const bad = (to: string, path: string, what: string) =>
  new ValidationError("anonymize", `generalize to ${to} expects ${what} at ${path}`, path, "E_FIELD_TYPE")

/**
 * Coarser values for analytics copies: an email to its domain, a phone
 * number to its country calling code, a timestamp to its hour, day, month
 * or year (an ISO string stays an ISO string, epoch milliseconds stay a number).
 */
export const generalize = defineTransform({
  name: "generalize",
  description: "email -> domain, phone -> country code, timestamp -> hour/day/month/year",
  params: v.object({ to: v.picklist(["email-domain", "phone-country", "hour", "day", "month", "year"]) }),
  reversible: false,
  apply(value, p, ctx) {
    if (p.to === "email-domain") {
      if (typeof value !== "string") throw bad(p.to, ctx.path, "an email address")
      const reason = notAnAddress(value)
      if (reason) throw bad(p.to, ctx.path, reason)
      return value.slice(value.lastIndexOf("@") + 1).trim().toLowerCase()
    }
    if (p.to === "phone-country") {
      if (typeof value !== "string") throw bad(p.to, ctx.path, "a phone number")
      try {
        return countryCode(value)
      } catch (error) {
        throw new ValidationError("anonymize", `generalize to phone-country at ${ctx.path}: ${phoneCountryReason(error)}`, ctx.path, "E_FIELD_FORMAT")
      }
    }
    const out = truncate(value, p.to as keyof typeof UNITS)
    if (out === undefined) throw bad(p.to, ctx.path, typeof value === "number"
      ? Math.abs(value) < SECONDS_OR_LESS
        ? "epoch milliseconds (this number is too small for them: epoch seconds? multiply them by 1000 at the source, or store an ISO 8601 timestamp)"
        : "epoch milliseconds of a year from 0 to 9999 (this number is outside them: micro- or nanoseconds? divide them at the source, or store an ISO 8601 timestamp)"
      : "an ISO 8601 timestamp (2026-12-01T14:30:00Z; one with no zone is read as UTC) or epoch milliseconds")
    return out
  },
  recognizes(value, p) {
    if (p.to === "email-domain") return typeof value === "string" && !value.includes("@") && /^[a-z0-9.-]+\.[a-z]{2,}$/.test(value)
    if (p.to === "phone-country") return typeof value === "string" && /^\+\d{1,3}$/.test(value)
    // A timestamp already on the hour (day, ...) is already generalized.
    return truncate(value, p.to as keyof typeof UNITS) === value
  },
  vectors: [
    { in: "Ada.Okafor@Example.COM", params: { to: "email-domain" }, out: "example.com" },
    { in: "+44 20 7946 0958", params: { to: "phone-country" }, out: "+44" },
    { in: "+1 (555) 010-2030", params: { to: "phone-country" }, out: "+1" },
    { in: "+353 1 555 0100", params: { to: "phone-country" }, out: "+353" },
    { in: "2026-11-21T14:37:12.345Z", params: { to: "hour" }, out: "2026-11-21T14:00:00.000Z" },
    { in: "2026-11-21T14:37:12.345Z", params: { to: "month" }, out: "2026-11-01T00:00:00.000Z" },
  ],
})
