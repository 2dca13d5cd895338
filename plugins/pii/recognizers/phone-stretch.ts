import { isDigit } from "./digit-runs.ts"
import { digitCount, international, numberIn, validElsewhere, type RegionLists } from "./phone-regions.ts"
import type { CountryCode } from "libphonenumber-js/min"
import { isValid, parsePhone } from "./phone-parse.ts"
import { DATE_UNIT, MONTH_WORDS, validMonthDay } from "./phone-shapes.ts"
import { PHONE_LABELS, PHONE_WORDS } from "./phone-words.ts"

// A stretch that could be one phone number: an optional `+` or `(`, digits and the separators numbers are written
// with, on one line and in one cell (a tab parts a TSV's cells, `FL-75381⇥07819 000825`), ending in a digit; after a
// letter too (`new number0746545490`), kept only when the word is a phone's (gluedToPhoneWord).
// libphonenumber's text matcher is slow on whole texts (tens of µs per call and region); each stretch is checked by
// shape first, then parsed as a whole.
export const WINDOW = /(?:(?<![\p{L}\p{N}])(?:\+|\(\+?)|(?<=\p{L})\+|(?<!\p{N}))\d(?:(?! \/ |\.\.)[\d ().\/-]){4,}\d/gu
/**
 * Where the number of a WINDOW stretch starts in it (1 past an opening bracket that is not its) and the stretch it can
 * be. An international number in brackets (`Divya (+61 465 148 621)`, `(+44) 20 …`): the plans read it from its `+`. A
 * bracket opening a parenthetical is not the number's (`(602.684.0547 ext 2893)`); a bracket after the number opens
 * another (`1-800-364-2267 (1-877-GO-FEDEX)`): a national number ends before it. So does the hour of a time right after
 * a group of three digits or more, or of two written apart (`helistage 6224220 11:28:19`, `076/451 34 54 18:45`; not a
 * date's day, `2025-12-22 14:30`), and so does a time written with `h` (`0041 78 711 39 17 17h00`).
 */
// A French or Swiss time's `h` and its minutes (`cb 079 224 08 34 20h20`): its hour is no group of the number before it.
// French writes the `h` spaced too (`Appelez le 581-330-3237 14 h 20`, `au 032 534 53 48 11 h 20`).
const hourAfter = (text: string, at: number) => ((text.charCodeAt(at) | 32) === 104 || (text.charCodeAt(at) === 32 && (text.charCodeAt(at + 1) | 32) === 104)) && /^ ?[hH] ?[0-5]\d(?![\p{L}\p{N}])/u.test(text.slice(at, at + 6))
// The hour ending a stretch: after a group of three digits or more, or of two (`22-03-78-82 13:20`); a date's day before it
// (`2025-12-22 14:30`) is cut next, as a date.
// A dash may stand between them (`(617) 721-4932 - 1:30 pm`).
const HOUR_ENDING = /(?<=\d{3}\.?|[ .\/-]\d{2}\.?)(?: [-–])? \d{1,2}$/
const OPEN_AT_END = / \(\d{1,2}$/
const AROUND_THE_CLOCK = /^24\/(?:7|365) (?=[(+\d])/
export function stretchOf(text: string, w: RegExpExecArray): [bracket: number, value: string] {
  const bracket = w[0].startsWith("(+") || (w[0].charCodeAt(0) === 40 && !w[0].includes(")")) ? 1 : 0
  // Opening hours before the number (`24/7 (806) 377-7486`) are no part of it.
  const hours = AROUND_THE_CLOCK.exec(w[0])?.[0].length ?? 0
  const from = bracket + hours
  // A `+` number's bracket is its own (`+44 (0)20 …`, `+1 (617) …`) unless the number is whole before it (`+4917634120789
  // (03/26/2026, …)`, a stamp).
  // A lone digit before the bracket is a trunk prefix or North America's 1, and the bracket its area code (`0 (532) 415 22
  // 18`, `8 (495) 123-45-67`, `1 (876) 555-0147`): the number goes on past it.
  let open = w[0].indexOf(" (", from + 1)
  if (open === from + 1) open = w[0].indexOf(" (", open + 2)
  const aside = w[0].charCodeAt(from) !== 43 ? open : open > 0 && digitCount(w[0].slice(from, open)) >= 10 ? open : -1
  const end = w.index + w[0].length
  // A colon with no minutes after it ends a speaker or a key, not a time (`DESK → +32 2 571 55 23: Bedankt`).
  const hour = hourAfter(text, end) || (text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1))) ? HOUR_ENDING.exec(w[0]) : null
  if (aside > 0) return [from, w[0].slice(from, aside)]
  let stretch = hour ? w[0].slice(0, hour.index) : w[0]
  // A bracket opened after the number and not closed in the stretch holds what follows it (`+234 (0)813 336 4381 (0:17)`,
  // a voicemail's length): the number ends before it.
  // OPEN_AT_END's bracket stands one or two digits before the stretch's end (the cheap test first).
  const unclosed = hour || (stretch.charCodeAt(stretch.length - 2) !== 40 && stretch.charCodeAt(stretch.length - 3) !== 40) ? null : OPEN_AT_END.exec(stretch)
  if (unclosed && text.charCodeAt(end) !== 41) stretch = stretch.slice(0, unclosed.index)
  let after = text.slice(end, end + 16)
  // A date and a time (`3/12/2026 5.30`) are cut one after the other; what is left ends in a digit, as a stretch does
  // (`2025-06-06 - 2024-11-17` leaves a date, `2025-06-06`).
  // At most a date, a time and a date again (a stretch of dates and nothing else is no number anyway).
  for (let k = 0, cut = dateOrTimeEnding(stretch, after); k < 3 && cut < stretch.length; k++, cut = dateOrTimeEnding(stretch, after)) {
    after = stretch.slice(cut)
    stretch = stretch.slice(0, cut).replace(/\D+$/, "")
  }
  // A phone key's number that a form wrapped onto its next line: read from the key's line.
  if (stretch === w[0]) {
    const wrapped = (text.charCodeAt(end) === 10 ? wrappedAfter(text, w.index + from, end) : undefined) ?? (text.charCodeAt(w.index - 1) === 10 ? wrappedBefore(text, w.index, end) : undefined)
    if (wrapped !== undefined) return [wrapped[0] - w.index, wrapped[1]]
  }
  return [from, stretch.slice(from)]
}

// A form's key and colon opening a line, then an international number's start to the line's end (`Phone: +1 (709)`).
const KEY_OPENING = /(?:^|\n)[ \t]*(\p{L}[\p{L}\p{M} .'’-]{0,30}?)[ \t]*:[ \t]*$/u
const KEY_LINE = /(?:^|\n)[ \t]*(\p{L}[\p{L}\p{M} .'’-]{0,30}?)[ \t]*:[ \t]*((?:\+|00)\d[\d ().-]*[\d)])[ \t]*$/u
// A line of digits alone (and the separators of a number), after its break.
const DIGITS_LINE = /^\n[ \t]*\d(?:[\d ().-]*\d)?[ \t]*(?=\r?\n|$)/

/**
 * An international number under a phone key that a form wrapped onto the next line (`Phone: +353 (0)89 820⏎3005`,
 * `Tālrunis: +371 23 117⏎262`, `Phone: +1 (709)⏎313-3312`): the next line holds digits alone, the key's line alone is no
 * valid number and both together are. A `+` number's plan is its own, whatever the regions. The value runs from the
 * `+` to the next line's last digit, its break read as a space: the same length, so offsets hold.
 */
function wrappedAfter(text: string, start: number, end: number): [start: number, value: string] | undefined {
  const key = KEY_OPENING.exec(text.slice(Math.max(0, start - 40), start))
  const next = key === null ? null : DIGITS_LINE.exec(text.slice(end, end + 24))
  if (next === null || !PHONE_LABELS.test(key![1]!) || !wrapsOnto(text.slice(start, end), next[0])) return undefined
  return [start, text.slice(start, end + next[0].trimEnd().length).replace("\n", " ")]
}

/** wrappedAfter read from the next line's stretch, at `at` to `end` (the key's line held too few digits for a stretch of its own). */
function wrappedBefore(text: string, at: number, end: number): [start: number, value: string] | undefined {
  const line = KEY_LINE.exec(text.slice(Math.max(0, at - 64), at - 1))
  if (line === null || !PHONE_LABELS.test(line[1]!) || !DIGITS_LINE.test(text.slice(at - 1, end + 2)) || !wrapsOnto(line[2]!, `\n${text.slice(at, end)}`)) return undefined
  // The key's number ends the match, but for the spaces after it.
  const spaces = line[0].length - line[0].trimEnd().length
  const start = at - 1 - spaces - line[2]!.length
  return [start, text.slice(start, end).replace("\n", " ")]
}

// A phone key's line ending in a national number's first groups, and the next line holding digits alone (`Telefoon: 03 730⏎48 23`).
const NATIONAL_WRAPPED = /(?<=^|\n)[ \t]*(\p{L}[\p{L}\p{M} .'’-]{0,30}?)[ \t]*:[ \t]*(\(?\d[\d ().-]*)\n[ \t]*(\d[\d ().-]*\d|\d)[ \t]*(?=\r?\n|$)/gu

/**
 * The text with the line break inside a national number that a form wrapped under its phone key read as a space
 * (`Telefoon: 03 730⏎48 23`, `Teléfono: 9 4781⏎6026`), as wrappedAfter reads an international one: the key's line alone
 * is too short to be read (under 6 digits) or no valid number, both together are (in a configured region's plan, or of 8 digits or more in any). Same length, so offsets hold.
 */
export function nationalWrapsJoined(text: string, lists: RegionLists, elsewhere: readonly CountryCode[]): string {
  let out = text
  for (const m of text.matchAll(NATIONAL_WRAPPED)) {
    const first = m[2]!.trimEnd()
    if (!PHONE_LABELS.test(m[1]!) || international(first, true) || (digitCount(first) >= 6 && numberIn(first, lists) === first.length)) continue
    const both = `${first} ${m[3]}`
    // A phone key names it: any country's plan reads it when no configured region does, as the recognizer reads it.
    if (digitCount(both) > 13 || (numberIn(both, lists) !== both.length && !(digitCount(both) >= 8 && validElsewhere(both, elsewhere)))) continue
    const at = m.index + m[0].indexOf("\n")
    out = `${out.slice(0, at)} ${out.slice(at + 1)}`
  }
  return out
}

const wrapsOnto = (written: string, next: string) => {
  if (!international(written, false)) return false
  const first = written.replace(/^00/, "+")
  const both = `${first} ${next.trim()}`
  return digitCount(both) <= 17 && !validInternational(first) && validInternational(both)
}

function validInternational(value: string): boolean {
  const phone = parsePhone(value, "US")
  return phone !== undefined && isValid(phone)
}

// A date after the number, apart by a space (`031.607.8225 2026/03/20`, `+420 229 863 311 23. 11. 2027`): year first or last.
const YEAR_FIRST_END = / ((?:19|20)\d\d)(?:[-/.]|\. )(\d{1,2})(?:[-/.]|\. )(\d{1,2})\.?$/
const YEAR_LAST_END = / (\d{1,2})(?:[-/.]|\. )(\d{1,2})(?:[-/.]|\. )((?:19|20)?\d\d)\.?$/
// A time written with a dot (`06 50259855 14.00`, Dutch and Czech notes).
const DOTTED_TIME_END = / (?:[01]?\d|2[0-3])\.[0-5]\d$/
// A day, then a month's word after the stretch (`+47.902.20.249 17. mars`, `+971551788919 21 de marzo`).
const DAY_END = / ([1-9]|[12]\d|3[01])\.?$/
const MONTH_NEXT = /^\.?[ ](?:de[ ])?(\p{L}{3,})/u
const validDay = (day: string, month: string) => validMonthDay(Number(month), Number(day))

/**
 * Where a date or a time written right after a number starts in `stretch` (its length when none): WINDOW reads digits
 * apart by spaces, dots and slashes as one stretch, and a note often stamps the number with the day it was given
 * (`Thandeka Steyn, 031.607.8225 2026/03/20`, `Terugbelnummer: 06 50259855 14.00`). `after` is the text after the stretch.
 */
export function dateOrTimeEnding(whole: string, after: string): number {
  // Only the stretch's end can be a date or a time: the \$-anchored patterns run on its last 24 units, not on all of it.
  const skip = Math.max(0, whole.length - 24)
  const at = dateOrTimeTail(whole.slice(skip), after)
  return at === whole.length - skip ? whole.length : skip + at
}

function dateOrTimeTail(stretch: string, after: string): number {
  // A date's and a dotted time's patterns hold a dash, a slash or a dot: most stretches are spaced groups, and skip them.
  if (DATE_UNIT.test(stretch)) {
    const first = YEAR_FIRST_END.exec(stretch)
    if (first && validDay(first[3]!, first[2]!)) return first.index
    const last = YEAR_LAST_END.exec(stretch)
    // Day first, or month first as the US writes it (`+63 917 305 5177 10/18/2027`).
    if (last && (validDay(last[1]!, last[2]!) || validDay(last[2]!, last[1]!))) return last.index
    const time = DOTTED_TIME_END.exec(stretch)
    if (time) return time.index
  }
  // MONTH_NEXT opens with a dot or a space.
  const next = after.charCodeAt(0)
  if (next !== 32 && next !== 46) return stretch.length
  const day = DAY_END.exec(stretch)
  const month = day && MONTH_NEXT.exec(after)
  if (month && MONTH_WORDS.has(month[1]!.toLowerCase())) return day.index
  return stretch.length
}

// A date or a time right after a space (what dateOrTimeEnding cuts off), with no digit after it.
const DATE_OR_TIME_NEXT = /^ (?:((?:19|20)\d\d)(?:[-/.]|\. )(\d{1,2})(?:[-/.]|\. )(\d{1,2})|(\d{1,2})(?:[-/.]|\. )(\d{1,2})(?:[-/.]|\. )(?:19|20)?\d\d|(?:[01]?\d|2[0-3])[.:h][0-5]\d|([1-9]|[12]\d|3[01])\.?[ ](?:de[ ])?(\p{L}{3,}))(?!\p{N})/u

/** Whether a date or a time follows the number ending at `end`, apart by a space: a stamp, no group of it. */
export function dateOrTimeNext(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false
  const m = DATE_OR_TIME_NEXT.exec(text.slice(end, end + 24))
  if (!m) return false
  if (m[1]) return validDay(m[3]!, m[2]!)
  if (m[4]) return validDay(m[4], m[5]!) || validDay(m[5]!, m[4])
  if (m[6]) return MONTH_WORDS.has(m[7]!.toLowerCase())
  return true
}

const SLASH_BETWEEN = /[\d)]\/[\d(+]/
const SLASHED_DATE = /(?:^|\D)\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d)/

/**
 * The text with each slash that joins two numbers read as a semicolon (`tel 020/7467635/0705 680 648`,
 * `876/589-2447/876-977-6354`): a note's two numbers for one person, each of 7 digits or more and valid whole on its
 * own side. Same length, so offsets hold; each number is then judged alone. A slash inside one number (`0171/1234567`,
 * `22/5743439`) leaves a side too short or invalid, and stays.
 */
export function slashJoined(text: string, lists: RegionLists): string {
  // Most texts hold no slash between two numbers' digits: those are not scanned a second time.
  if (!SLASH_BETWEEN.test(text)) return text
  let out = text
  WINDOW.lastIndex = 0
  for (let w = WINDOW.exec(text); w; w = WINDOW.exec(text)) {
    const s = w[0]
    // A date's slashes join no numbers (`FR 3355 3/12/2026 5.30`); two phones hold at most 2 x 17 digits; with no phone
    // word before them, two numbers joined are as often two invoices (`Rechnungen 0301234567/0301234568`).
    if (!s.includes("/") || SLASHED_DATE.test(s) || digitCount(s) > 34 || !PHONE_WORDS.test(text, Math.max(0, w.index - 40), w.index)) continue
    for (let at = s.indexOf("/"); at > 0; at = s.indexOf("/", at + 1)) {
      const [left, right] = [s.slice(0, at), s.slice(at + 1)]
      if (digitCount(left) < 7 || digitCount(right) < 7 || numberIn(left, lists) !== left.length || numberIn(right, lists) !== right.length) continue
      out = `${out.slice(0, w.index + at)};${out.slice(w.index + at + 1)}`
      break
    }
  }
  return out
}
