// One pass over a text that every number recognizer reads: where the stretches that can hold each kind of number
// start. A recognizer whose stretch is missing runs no expression at all.
// - CARD, US_SSN and UK_NINO try their expression (sticky) at the start of each stretch long enough: their lookbehind
//   refuses a match after a digit, or a digit and a space or dash, so every match starts a stretch of digits joined by
//   single spaces or dashes (a NINO's letters come right before one), and no match crosses into another stretch.
// - IPv4 likewise at the start of each run of four dotted groups or more (its lookbehind refuses a digit or a dot).
// - IBAN at each pair of capitals before two digits not inside the IBAN found before: a global scan from 0 finds its
//   matches at such pairs only, the first one after the last match that matches.
// - PHONE scans each run of 6 digits or more alone: every match lies in one run (runs are maximal, and a `+` or `(+`
//   before one is the run's too), and a run of fewer than 6 digits holds only stretches it drops for their digit count.
//   Where it reads a dot as a sentence's end (`\d\. [\d(+]`, six digits on each side) and a slash between two numbers,
//   a run of 6 digits or more holds them too.

export interface DigitRuns {
  /** Start and digit count of each stretch of digits joined by single spaces or dashes holding 9 digits or more, in
   * text order: [start, digits, start, digits…]. Cards and SSNs start one. */
  dashed: number[]
  /** Where a NINO can start: its two letters, and a space, right before a stretch of digits joined by single spaces
   * or dashes that opens a run and holds 6 digits or more. */
  ninos: number[]
  /** Where the first stretch of digits, spaces, tabs and `+ ( ) . / -` holding 6 digits or more starts (less the
   * two units of a `(+` before it): a phone number; -1 when there is none. */
  phone6: number
  /** Where each run of digit groups joined by single dots (`\d+(?:\.\d+)*`) with four groups or more starts: IPv4. */
  dotted: number[]
  /** Where each two capitals before two digits (`[A-Z]{2}\d{2}`) are: an IBAN's country and check digits. */
  ibans: number[]
  /** Start and end of each run holding 6 digits or more, in text order: [start, end, start, end…]. */
  phones: number[]
  /** Where each dot after a digit and before a space and a digit, `(` or `+` (`\d\. [\d(+]`) stands in those runs. */
  sentenceEnds: number[]
  /** Whether one of those runs holds a slash. */
  slashed: boolean
}

const NONE: DigitRuns = Object.freeze({ dashed: [], ninos: [], phone6: -1, dotted: [], ibans: [], phones: [], sentenceEnds: [], slashed: false })

/** An ASCII digit's and an ASCII letter's code unit (the recognizers' scans read code units, not strings). */
export const isDigit = (c: number) => c >= 48 && c <= 57
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

let lastText: string | undefined
let last: DigitRuns = NONE

/** The stretches of `text` (the last text's kept: the recognizers of one analysis ask in turn). */
export function digitRuns(text: string): DigitRuns {
  if (text === lastText) return last
  lastText = text
  last = scan(text)
  return last
}

// A digit and the phone units after it: every stretch of each kind lies in one such run (none crosses another unit,
// and no digit is left before a run's first: the run before would have taken it).
const RUN = /\d[\d \t().\/+-]*/g

function scan(text: string): DigitRuns {
  RUN.lastIndex = 0
  let m = RUN.exec(text)
  if (!m) return NONE
  const r: DigitRuns = { dashed: [], ninos: [], phone6: -1, dotted: [], ibans: [], phones: [], sentenceEnds: [], slashed: false }
  for (; m; m = RUN.exec(text)) {
    const s = m.index
    const e = s + m[0].length
    // An IBAN's check digits start a run, right after its two letters (capitals as printed; small as typed in a chat).
    if (s >= 2 && isDigit(text.charCodeAt(s + 1)) && isLetter(text.charCodeAt(s - 1)) && isLetter(text.charCodeAt(s - 2))) r.ibans.push(s - 2)
    // Every other kind needs six digits, or seven units (`1.2.3.4`): a shorter run holds none.
    if (e - s >= 6) readRun(text, s, e, r)
  }
  return r
}

/** Whether the run at `s` opens with a letter glued before it, or a letter and a dash (`W-9`, `I9`). */
const formName = (text: string, s: number) => isLetter(text.charCodeAt(s - 1)) || (text.charCodeAt(s - 1) === 45 && isLetter(text.charCodeAt(s - 2)))

/** The stretches of one run: whether a dashed or dotted stretch goes on is decided at each digit from the two units before it. */
function readRun(text: string, s: number, e: number, r: DigitRuns): void {
  let p1 = -1
  let p2 = -1
  let digits = 0
  let dashStart = s
  let dashDigits = 0
  let dotStart = s
  let dotGroups = 0
  for (let i = s; i <= e; i++) {
    const c = i < e ? text.charCodeAt(i) : -1
    const digit = c >= 48 && c <= 57
    if (digit) digits++
    // A dashed stretch ends at the run's end or at a digit that does not continue it.
    // So does a form's name glued to its letter before a space (`ssn for the W-9 515-22-5495`, `W2 …`): its digits are the name's.
    if (i === e || (digit && !isDigit(p1) && (!((p1 === 32 || p1 === 45) && isDigit(p2)) || (p1 === 32 && dashStart === s && dashDigits <= 2 && formName(text, s))))) {
      if (dashDigits >= 9) r.dashed.push(dashStart, dashDigits)
      if (dashStart === s && dashDigits >= 6) {
        const before = text.charCodeAt(s - 1)
        if (isLetter(before) && isLetter(text.charCodeAt(s - 2))) r.ninos.push(s - 2)
        else if (before === 32 && isLetter(text.charCodeAt(s - 2)) && isLetter(text.charCodeAt(s - 3))) r.ninos.push(s - 3)
      }
      dashStart = i
      dashDigits = 0
    }
    if (digit) {
      dashDigits++
      if (!isDigit(p1)) {
        if (p1 === 46 && isDigit(p2)) dotGroups++
        else (dotStart = i), (dotGroups = 1)
        if (dotGroups === 4) r.dotted.push(dotStart)
      }
    }
    if (c === 46 && isDigit(p1) && text.charCodeAt(i + 1) === 32) {
      const next = text.charCodeAt(i + 2)
      if (isDigit(next) || next === 40 || next === 43) r.sentenceEnds.push(i)
    } else if (c === 47) r.slashed = true
    p2 = p1
    p1 = c
  }
  if (digits < 6) return
  // A phone stretch may open with `+` or `(+` before its first digit.
  if (r.phone6 < 0) r.phone6 = s > 2 ? s - 2 : 0
  r.phones.push(s, e)
}

/**
 * The match of a sticky expression at each of `starts` (every other entry when `step` is 2), in order; with `after`,
 * a start inside the match before is skipped, as a global scan goes on after its match.
 */
export function matchesAt(re: RegExp, text: string, starts: readonly number[], step = 1, after = false): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let end = 0
  for (let k = 0; k < starts.length; k += step) {
    if (after && starts[k]! < end) continue
    re.lastIndex = starts[k]!
    const m = re.exec(text)
    if (m) {
      out.push(m)
      end = m.index + m[0].length
    }
  }
  return out
}
