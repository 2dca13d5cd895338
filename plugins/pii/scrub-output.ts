import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min"
import { phoneRegion, toEmail, type Finding } from "../../core/index.ts"
import { readableValue } from "./readable-text.ts"
import { spokenDigits } from "./recognizers/spoken-digits.ts"
import { saidDigits } from "./recognizers/digit-words.ts"
import { writtenEmail } from "./recognizers/email-said.ts"

/** The scrub modes: what a finding is replaced with. */
export const SCRUB_MODES = ["tag", "indexed", "hmac", "mask"] as const
export type ScrubMode = (typeof SCRUB_MODES)[number]

// What scrub (and the field-level keyed transforms) write: `<EMAIL>`, `<EMAIL_2>`, `tok_k1_...`
// (any keyed token: hmac, encrypt, pan), and masked runs (`****-****-****-1111`, `***.***@*******.***`).
const TAG = String.raw`<[A-Z][A-Z0-9_]*>`
// A keyed token opens with a transform's prefix: cxedge's own (hmac's tok, a subject's sub, encrypt's enc) or the one a
// rule names. Any `word_word_…` was taken for one, and what it held was never scrubbed (acct_gb_GB82WEST1234…, an IBAN).
export const OWN_PREFIXES = ["tok", "sub", "enc"] as const
const token = (prefixes: readonly string[]) => String.raw`(?<![A-Za-z0-9])(?:${[...new Set(prefixes)].join("|")})_[a-z0-9]{1,16}_[A-Za-z0-9_-]{11,}`
// A masked card keeps its last four digits after nine mask characters or more (a PAN has 13-19 digits): a lone `*` before
// four digits is markdown's (`**Card:** 4111 …`, `* 4111 …`), and the number after it is no output of scrub's.
const maskRun = (char: string) => {
  const c = char.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")
  return String.raw`(?:${c}[\s.-]?){9,}\d{4}(?!\d)|${c}(?:[${c}\s.@+()/'’-]*${c})?`
}
const placeholderPatterns = new Map<string, RegExp>()

/**
 * Where a text holds scrub's own output (tags, keyed tokens, masked runs), as [start, end) spans. `prefixes`: the
 * keyed tokens' (OWN_PREFIXES and a rule's own), each 1-8 lower-case letters as the transforms' params check.
 */
export function placeholderSpans(text: string, maskChar = "*", prefixes: readonly string[] = OWN_PREFIXES): [number, number][] {
  const key = `${maskChar} ${prefixes.join(",")}`
  let re = placeholderPatterns.get(key)
  if (!re) placeholderPatterns.set(key, (re = new RegExp(`${TAG}|${token(prefixes.filter((x) => /^[a-z]{1,8}$/.test(x)))}|${maskRun(maskChar)}`, "g")))
  const spans: [number, number][] = []
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length])
  return spans
}

/** The whole text is one of scrub's placeholders or a keyed token (`tok_k1_...`): a transform's output, with nothing in it to find. */
export function isPlaceholder(text: string, maskChar = "*", prefixes: readonly string[] = OWN_PREFIXES): boolean {
  const spans = placeholderSpans(text, maskChar, prefixes)
  return spans.length === 1 && spans[0]![0] === 0 && spans[0]![1] === text.length
}

/**
 * The findings that are not inside scrub's own output: what is still to scrub, or what remains after it. A finding that
 * only touches a placeholder reaches past it into the text (an address whose local part looks like a token,
 * `sarah_jones_accounts2019@example.com`; a card after markdown's `**`), and is scrubbed.
 */
export function outsidePlaceholders(text: string, findings: readonly Finding[], maskChar = "*", prefixes: readonly string[] = OWN_PREFIXES): Finding[] {
  if (!findings.length) return []
  const spans = placeholderSpans(text, maskChar, prefixes)
  if (!spans.length) return [...findings]
  return findings.filter((f) => !spans.some(([s, e]) => s <= f.start && f.end <= e))
}

function phoneE164(written: string, regions: readonly string[]): string {
  // A number said digit by digit (`oh seven seven double oh …`), partly (`oh seven nine four six, 451637`) or with a
  // voicemail's pauses (`0489, 92, 44, 80`; `073... 809...`) is read as its digits, so it joins the same number written.
  const spoken = !/\d/.test(written) || /,|\.\.|…/.test(written) || spokenDigits(written.replace(/\d/g, " ")) !== ""
  // Or said in the caller's own language (`nula deväť nula sedem …`): its digits, as English ones are.
  const said = /\d/.test(written) ? "" : saidDigits(written)
  const value = said || (spoken ? `${written.trim().startsWith("+") ? "+" : ""}${spokenDigits(written)}` : written)
  let possible: string | undefined
  for (const r of value.trim().startsWith("+") ? [undefined] : regions) {
    const country = r === undefined ? undefined : (phoneRegion(r) as CountryCode | undefined)
    const parsed = parsePhoneNumberFromString(value, country)
    if (parsed?.isValid()) return parsed.number
    if (parsed?.isPossible()) possible ??= parsed.number
  }
  return possible ?? value.replace(/[^\d+]/g, "")
}

/**
 * One value's canonical form, so that the same value gets the same index and
 * the same token: PHONE in E.164 (read in the first region where it is a valid
 * number), EMAIL lower-cased (core's toEmail, as a rule's `normalize: "email"`),
 * CARD, IBAN, US_SSN and UK_NINO without spaces, dots and dashes and upper-cased,
 * IP_ADDRESS lower-cased, anything else with its spaces collapsed; each read as
 * the recognizers read it (no-break spaces as spaces, full-width digits as digits).
 */
export function normalizedValue(type: string, written: string, regions: readonly string[]): string {
  // A number grouped with no-break spaces or written in full-width digits is the same number (readable-text.ts).
  const value = readableValue(written)
  if (type === "PHONE") return phoneE164(value, regions)
  // Said aloud or bracketed (`j dot smith at gmail dot com`, a card or an SSN read digit by digit): the value written.
  if (type === "EMAIL") return toEmail(writtenEmail(value))
  const said = (type === "CARD" || type === "US_SSN") && !/\d/.test(value) ? saidDigits(value) || spokenDigits(value) : ""
  if (said) return said
  if (type === "CARD" || type === "IBAN" || type === "US_SSN" || type === "UK_NINO") return value.replace(/[\s.-]/g, "").toUpperCase()
  if (type === "IP_ADDRESS") return value.toLowerCase()
  return value.trim().replace(/\s+/g, " ")
}

/**
 * `mask`: every letter and digit becomes the mask character, other characters
 * (spaces, `@`, `.`, `-`, `+`) stay, so the text keeps its shape; a CARD keeps
 * its last four digits, as a receipt prints it.
 */
export function masked(type: string, value: string, char: string): string {
  let keep = type === "CARD" ? 4 : 0
  const out = Array.from(value)
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]!
    if (/\d/.test(c) && keep > 0) keep--
    else if (/[\p{L}\p{N}]/u.test(c)) out[i] = char
  }
  return out.join("")
}
