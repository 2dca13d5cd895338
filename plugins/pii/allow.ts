import { toE164, toEmail } from "../../core/index.ts"
import { DEFAULT_REGIONS } from "./entity-types.ts"
import { writtenEmail } from "./recognizers/email-said.ts"
import { phoneReader } from "./recognizers/phone-regions.ts"

// The allow list, read without the recognizers: a scrub rule's params are checked when a matrix loads.

const compact = (s: string) => s.replace(/[\s-]/g, "").toUpperCase()

/**
 * Why the allow list cannot be read, or undefined: a national phone number (no `+` or `00`) valid in more than one
 * of the regions would allow a different number in each. The message names the entry and the regions, never the value.
 */
export function allowProblem(allow: readonly string[] = [], regions: readonly string[] = DEFAULT_REGIONS): string | undefined {
  const read = phoneReader(regions.length ? regions : DEFAULT_REGIONS)
  for (const [i, value] of allow.entries()) {
    const readings = read(value)
    if (readings.length > 1) {
      const codes = readings.map((r) => r.region)
      return `allow[${i}] is a national phone number valid in ${codes.length} regions (${codes.join(", ")}): write it in international form (+ and the country code) or set regions to one of them`
    }
  }
  return undefined
}

/**
 * The allow list as the analyzer compares it: whether a finding's value is allowed. Emails lower-cased, other
 * values without spaces and dashes, and phones as E.164 in every reading (a national number found in the text is
 * allowed when any of `regions` reads it as an allowed number, whichever region comes first).
 */
export function allowList(allow: readonly string[], regions: readonly string[] = DEFAULT_REGIONS): (f: { type: string }, value: string) => boolean {
  const read = phoneReader(regions.length ? regions : DEFAULT_REGIONS)
  const forms = new Set<string>()
  for (const value of allow) {
    forms.add(compact(value)).add(toEmail(value))
    for (const r of read(value)) forms.add(r.e164)
    try {
      // An international number the recognizer would not take whole (an extension, `tel:`) still has one E.164 form.
      forms.add(toE164(value))
    } catch {}
  }
  return (f, value) => {
    // An allowed address said aloud (`support at acme dot com`) is the address allowed.
    if (f.type === "EMAIL") return forms.has(toEmail(writtenEmail(value)))
    if (forms.has(compact(value))) return true
    return f.type === "PHONE" && read(value).some((r) => forms.has(r.e164))
  }
}
