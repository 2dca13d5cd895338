import { contextMatcher } from "../../../core/index.ts"
import { CODE_HEADS } from "./phone-ids.ts"
import { NUMBER_NOUNS, OTHER_WORDS, PHONE_WORDS } from "./phone-words.ts"

// Which of a phone word and a word naming some other number stands nearer a number.

/** Whether the unit at `i` is a letter or a digit (`.` and `-` too with `joins`): ASCII by its code, others by \p{L}\p{N}. */
function wordUnit(text: string, i: number, joins: boolean): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (joins && (c === 46 || c === 45))
  return /[\p{L}\p{N}]/u.test(text[i]!)
}

/** Where the words before `start` begin, nearest first, within `reach` units. */
function wordStartsBefore(text: string, start: number, reach: number): number[] {
  const out: number[] = []
  const from = Math.max(0, start - reach)
  for (let i = start - 1; i >= from; i--) if (wordUnit(text, i, false) && (i === 0 || !wordUnit(text, i - 1, true))) out.push(i)
  return out
}

/**
 * Whether the word naming some other number is nearer the number than the phone word (`Phone: …⏎Postcode: 560070`),
 * or names the number the phone word is only the noun of (`social security number 061627682`, `policy no.`).
 */
export function otherNearer(text: string, start: number, clause: number): boolean {
  const starts = wordStartsBefore(text, start, 40)
  const phoneAt = starts.find((p) => PHONE_WORDS.test(text, p, start))
  const otherAt = starts.find((p) => p >= clause && OTHER_WORDS.test(text, p, start))
  if (otherAt === undefined) return false
  // A phone phrase opening with that word names a line (`our member line is 1-800-…`, `claims line`).
  if (otherAt === phoneAt && LINE_NAMED.test(text.slice(otherAt, start))) return false
  // Nearer, or holding the phone word (`lentes de contacto 0612 …`, contact lenses: its phrase runs past the phone word).
  if (phoneAt === undefined || otherAt >= phoneAt || !OTHER_WORDS.test(text, otherAt, phoneAt)) return true
  // The phone word is a bare "number" and an id word ends right before it.
  const k = starts.indexOf(phoneAt)
  if (!NUMBER_NOUNS.test(text, phoneAt, starts[k - 1] ?? start)) return false
  const before = starts[k + 2] ?? starts[k + 1]
  return before !== undefined && OTHER_WORDS.test(text, before, phoneAt)
}

const LINE_NAMED = /^\p{L}+[ \t]+line(?![\p{L}])/iu

// A preposition joining a noun to the phrase that qualifies it, in the Romance languages and English.
const LINKING = /^(?:de|di|da|do|du|des|del|della|dello|dei|of|for|pentru)[ \t]+$/i

/**
 * Whether the phone word nearest the number (at most two words before it) only qualifies a noun naming some other number
 * (`código de portabilidade é 735823`, `codul de portare este …`, `code de portabilité :`): the number is that code, as
 * English says with the head last (`porting code`). Read up to 48 units back, as such a phrase is long.
 */
export function otherHeadsPhoneWord(text: string, start: number): boolean {
  const starts = wordStartsBefore(text, start, 48)
  const k = starts.findIndex((p) => PHONE_WORDS.test(text, p, start))
  if (k < 0 || k > 2) return false
  const link = starts[k + 1]
  const head = starts[k + 2]
  return link !== undefined && head !== undefined && LINKING.test(text.slice(link, starts[k])) && (HEADS.test(text, head, link) || OTHER_WORDS.test(text, head, link))
}
const HEADS = contextMatcher(CODE_HEADS)
