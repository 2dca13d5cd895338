import { labelledValueOf, type LabelledValue } from "../../../core/index.ts"
import { isValid, parsePhone } from "./phone-parse.ts"
import { OTHER_WORDS, PHONE_LABELS } from "./phone-words.ts"

// A WhatsApp link's number (`wa.me/447911123456`, `https://api.whatsapp.com/send?phone=447911123456`): the link names
// a phone by what it is, written in international form with no `+` (its country code first, digits only).
const LINK_BEFORE = /(?:^|[^\p{L}\p{N}.\-])(?:wa\.me\/|(?:api\.)?whatsapp\.com\/send\/?\?(?:[\w%.-]+=[^&\s]*&)*phone=)$/iu

/**
 * The length of the WhatsApp link's number at `start` in `value` (the stretch found there), or undefined when no link
 * is right before it, its digits go on into letters or a path (`wa.me/message/4XJ…`, `wa.me/447911123456abc`), or
 * `+digits` is no valid number in its country's plan. The span is the digits alone, the link's path left out.
 */
export function whatsappNumber(text: string, start: number, value: string): number | undefined {
  if (text.charCodeAt(start - 1) !== 47 && text.charCodeAt(start - 1) !== 61) return undefined
  if (!LINK_BEFORE.test(text.slice(Math.max(0, start - 60), start))) return undefined
  const digits = /^\d{7,15}/.exec(value)?.[0]
  if (digits === undefined || /^[\p{L}\p{N}_\/-]/u.test(text.slice(start + digits.length, start + digits.length + 1))) return undefined
  const phone = parsePhone(`+${digits}`, "US")
  return phone !== undefined && isValid(phone) ? digits.length : undefined
}

/** A phone's label, or under a table's column of phones whatever the row's first cell says (`| Order desk, Anna | 07700 … |` under `| Contact | Mobile |`). */
export const phoneLabelled = (labelled: LabelledValue | undefined) =>
  labelled !== undefined && (PHONE_LABELS.test(labelled.label) || (labelled.column !== undefined && PHONE_LABELS.test(labelled.column)))

/**
 * Whether `value`, a phone key's whole value, is an international number written without its `+` (a CRM's E.164:
 * `Phone: 4915112345678`): 11 to 15 digits alone, valid with a `+` before them. Longer than a national number, it was
 * read as a card's or an account's, and 13 of them passing Luhn as a card.
 */
function unplussedInternational(value: string): boolean {
  if (!/^[1-9]\d{10,14}$/.test(value)) return false
  const phone = parsePhone(`+${value}`, "US")
  return phone !== undefined && isValid(phone)
}

/**
 * The length of the phone at `start` named so by what is around it (`value` the stretch found there): a WhatsApp link's
 * number, or a phone key's international number without its `+` (not a device id's key).
 */
export function namedPhoneLength(text: string, start: number, value: string): number | undefined {
  const linked = whatsappNumber(text, start, value)
  if (linked !== undefined) return linked
  if (!unplussedInternational(value)) return undefined
  // A phone's device id is no phone (`phone_imei`: 15 digits that may parse with a `+`).
  const labelled = labelledValueOf(text, start, start + value.length)
  return phoneLabelled(labelled) && !OTHER_WORDS.test(labelled!.label) ? value.length : undefined
}

/** Whether start..end is a phone by what names it (namedPhoneLength), all of it. */
export const namedAsPhone = (text: string, start: number, end: number) => namedPhoneLength(text, start, text.slice(start, end)) === end - start
