import { parsePhoneNumber } from "libphonenumber-js/min"
import type { Identifier } from "./identity.ts"

/**
 * How an ACD contact's `fromAddress` may hold a phone number. The public reference documents the
 * `fromAddress` filter of `contacts/completed` but neither the form the ACD stores a caller's number in nor
 * whether the filter compares exactly (cxone-api.md §4.1): `e164` is `+16175550143`, `digits` the same without
 * the plus (`16175550143`), `national` the number without its country code (`6175550143`), as a caller id is
 * often kept. Configurable as `tenant.fromAddressForms`; an email is always asked for as it is.
 */
export const ADDRESS_FORMS = ["e164", "digits", "national"] as const
export type AddressForm = (typeof ADDRESS_FORMS)[number]

/** The distinct `fromAddress` values to ask the ACD for one identifier (its E.164 value first). */
export function fromAddressForms(identifier: Identifier, forms: readonly AddressForm[] = ADDRESS_FORMS): string[] {
  // An email with a domain in its own letters: asked as written too (a tenant may store it so, and match exactly).
  if (identifier.type !== "PHONENO") return identifier.written ? [identifier.value, identifier.written] : [identifier.value]
  const out = new Set<string>()
  for (const form of forms) {
    if (form === "e164") out.add(identifier.value)
    else if (form === "digits") out.add(identifier.value.replace(/^\+/, ""))
    else {
      try {
        out.add(parsePhoneNumber(identifier.value).nationalNumber)
      } catch {}
    }
  }
  return out.size ? [...out] : [identifier.value]
}

const digitsOf = (text: string) => text.replace(/[^\d]/g, "")

/**
 * The caller's address of a completed contact: `fromAddress` (v34.0), or `fromAddr` as older ACD versions name it (v21.0
 * and v23.0, which `CXEDGE_ACD_VERSION` may pin): read only by the name one version gives, a v23.0 tenant's contacts
 * were none of the subject's, and `erase` found nothing to erase.
 */
export const contactAddress = (contact: Record<string, unknown>): unknown => contact.fromAddress ?? contact.fromAddr

/**
 * Whether a contact's `fromAddress` is the identifier, in one of the forms asked for (a national number also with its
 * trunk `0`). A tenant that ignores the `fromAddress` filter answers every caller's contacts: without this check each
 * of them was taken for the subject's, and `erase` sent a Privacy erasure for every other caller in the window.
 */
export function holdsIdentifier(fromAddress: unknown, identifier: Identifier, forms: readonly AddressForm[] = ADDRESS_FORMS): boolean {
  if (typeof fromAddress !== "string" && typeof fromAddress !== "number") return false
  const held = String(fromAddress).trim()
  if (identifier.type !== "PHONENO") return fromAddressForms(identifier, forms).some((form) => form.toLowerCase() === held.toLowerCase())
  const digits = digitsOf(held)
  if (!digits) return false
  return fromAddressForms(identifier, forms).some((form) => digitsOf(form) === digits || `0${digitsOf(form)}` === digits)
}
