import { emailFormHint, EXTENSION_REFUSAL, idFormHint, instantFlag, phoneExtension, RESIDUAL, toE164, toEmail, ValidationError } from "../../core/index.ts"
import type { HoldInput } from "./store.ts"
export { HOLD_ID, HOLD_ID_RULE } from "./store.ts"

/** What a hold is asked with, from flags or a body, before any check. */
export interface RawHold {
  email?: unknown
  phone?: unknown
  contact?: unknown
  reason?: unknown
  until?: unknown
}

/** How the caller names each input in a refusal (`--subject-email` on the CLI, `subjectEmail` in a body). */
export interface HoldNames {
  email: string
  phone: string
  contact: string
  reason: string
  until: string
}

export const FLAG_NAMES: HoldNames = { email: "--subject-email", phone: "--subject-phone", contact: "--contact", reason: "--reason", until: "--until" }
export const BODY_NAMES: HoldNames = { email: "subjectEmail", phone: "subjectPhone", contact: "contactId", reason: "reason", until: "until" }

export const REASON_MAX = 500

const refuse = (message: string, path: string) => new ValidationError("hold", message, path.replace(/^--/, ""), "E_USAGE")
const given = (x: unknown) => x !== undefined && x !== null && x !== false

/** The selector's value, normalized; refused before anything is stored. Messages never quote a subject. */
function selector(raw: RawHold, names: HoldNames): Pick<HoldInput, "kind" | "value"> {
  const chosen = (["email", "phone", "contact"] as const).filter((k) => given(raw[k]))
  const all = `${names.email}, ${names.phone} or ${names.contact}`
  if (chosen.length !== 1) throw refuse(`${chosen.length ? "give only one of" : "say what to hold with one of"} ${all}`, names.email)
  const kind = chosen[0]!
  const value = raw[kind]
  if (typeof value !== "string" || !value.trim()) throw refuse(`${names[kind]} needs a value: ${kind === "contact" ? "a contact id" : kind === "email" ? "an email address" : "a phone number in international form (+44...)"}`, names[kind])
  const text = value.trim()
  if (kind === "contact") {
    // CXone's contact ids are numbers, a records API's or a file's may be words: a hold is never refused for an id's
    // letters (that would let the job write what was to be held). What no system uses as an id is refused before the tenant is read.
    if (!/^[\w.-]{1,64}$/.test(text)) throw refuse(`${names.contact} is not a contact id: use the id as CXone or your records show it (digits, letters, - _ .; at most 64)${idFormHint(text)}`, names.contact)
    return { kind, value: text }
  }
  if (kind === "email") {
    const email = toEmail(text)
    // "mailto:ada@example.com" was held as written, a token no contact's address has, so the hold held nothing: an
    // address copied with more than itself is refused, saying so. (A TLD in punycode, xn--p1ai, is still taken.)
    const form = emailFormHint(text)
    if (form || !/^[^@\s]+@[^@\s]+\.[a-z0-9-]{2,}$/.test(email)) throw refuse(`${names.email} is not an email address: give name@domain${form}`, names.email)
    return { kind, value: email }
  }
  if (phoneExtension(text)) throw refuse(`${names.phone} ${EXTENSION_REFUSAL}`, names.phone)
  let phone: string
  try {
    phone = toE164(text)
  } catch {
    throw refuse(`${names.phone} is not a phone number in international form: give + and the country calling code (+44 20 7946 0000)`, names.phone)
  }
  if (!/^\+\d{7,15}$/.test(phone)) throw refuse(`${names.phone} is not a phone number in international form: give + and the country calling code`, names.phone)
  return { kind, value: phone }
}

/** The reason: required, one line, no longer than REASON_MAX, and quoting no email or international phone number (it is stored as written). */
function reasonOf(raw: unknown, name: string): string {
  if (typeof raw !== "string" || !raw.trim()) throw refuse(`${name} is required: say why (a case or matter reference)`, name)
  const reason = raw.trim()
  if (reason.length > REASON_MAX) throw refuse(`${name} is longer than ${REASON_MAX} characters: give a case reference`, name)
  if (/[\u0000-\u001f\u007f]/.test(reason)) throw refuse(`${name} has a line break or control character: write it on one line`, name)
  // An international number (+...) or an address; a case number (2024-00123456) is not taken for a phone.
  const pii = RESIDUAL.email.test(reason) ? "email" : /\+\d(?:[\s().-]?\d){6,14}/.test(reason) ? "phone" : undefined
  if (pii) throw refuse(`${name} quotes ${pii === "email" ? "an email address" : "a phone number"}: the reason is stored as written, so give a case reference instead`, name)
  return reason
}

/** An end in the future, as an ISO date or instant (a date is midnight UTC). */
function untilOf(raw: unknown, name: string, now: number): number | undefined {
  if (!given(raw)) return undefined
  if (typeof raw !== "string") throw refuse(`${name} must be a date: use an ISO 8601 date (2026-10-01) or a date-time with a zone`, name)
  let at: number
  try {
    at = instantFlag("until", raw, now, { relative: false })
  } catch (error) {
    throw refuse((error as Error).message.replace(/^\[cxedge\] \[[^\]]+\] /, "").replace("--until", name), name)
  }
  if (at <= now) throw refuse(`${name} ${JSON.stringify(raw.slice(0, 40))} is not in the future: a hold ends later than now (leave it out for a hold until released)`, name)
  return at
}

/** A hold request checked whole: one selector, a reason, an end in the future. Throws a usage error (exit 2, 400) naming the input. */
export function parseHold(raw: RawHold, names: HoldNames, now: number): HoldInput {
  const { kind, value } = selector(raw, names)
  const reason = reasonOf(raw.reason, names.reason)
  const until = untilOf(raw.until, names.until, now)
  return { kind, value, reason, ...(until !== undefined ? { until } : {}) }
}
