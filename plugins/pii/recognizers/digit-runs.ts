// One pass over a text that every number recognizer reads: where the first stretch that could hold each kind of
// number starts. A recognizer whose stretch is missing runs no expression at all; the others start their global scan
// there instead of at 0. A scan started where no match can begin before finds the same matches as one from 0: every
// match lies inside one stretch of the kind (stretches are maximal, so no match spans two), and a stretch of fewer
// digits than the kind needs holds no match (or, for the phone, only stretches it drops for their digit count).

/** Where the first stretch of each kind starts, -1 when the text has none. */
export interface DigitRuns {
  /** Digits joined by single spaces or dashes (`\d+(?:[ -]\d+)*`) holding 13 digits or more: a card. */
  dash13: number
  /** The same holding 9 digits or more: an SSN. */
  dash9: number
  /** The same holding 6 digits or more: the digits of a NINO (its letters come before). */
  dash6: number
  /** Digits, spaces, tabs and `+ ( ) . / -` holding 6 digits or more: a phone number. */
  phone6: number
  /** Digit groups joined by single dots (`\d+(?:\.\d+)*`), four groups or more: an IPv4 address. */
  dotted4: number
  /** Two capitals and two digits (`[A-Z]{2}\d{2}`): an IBAN's country and check digits. */
  iban: number
}

const NONE: DigitRuns = Object.freeze({ dash13: -1, dash9: -1, dash6: -1, phone6: -1, dotted4: -1, iban: -1 })

const isDigit = (c: number) => c >= 48 && c <= 57
const isCapital = (c: number) => c >= 65 && c <= 90
// Space, tab, ( ) + - . / besides digits: what a phone stretch is written with.
const isPhoneUnit = (c: number) => isDigit(c) || c === 32 || c === 9 || c === 40 || c === 41 || c === 43 || c === 45 || c === 46 || c === 47

let lastText: string | undefined
let last: DigitRuns = NONE

/** The stretches of `text` (the last text's kept: the recognizers of one analysis ask in turn). */
export function digitRuns(text: string): DigitRuns {
  if (text === lastText) return last
  lastText = text
  last = scan(text)
  return last
}

function scan(text: string): DigitRuns {
  const first = text.search(/\d/)
  if (first < 0) return NONE
  const r = { dash13: -1, dash9: -1, dash6: -1, phone6: -1, dotted4: -1, iban: -1 }
  // The stretch being read of each kind: where it started and its digits (dotted: its groups). Whether a stretch goes
  // on is decided at each digit from the units before it (p1, p2, p3: one, two, three back; -1 before the text).
  let dashStart = 0
  let dashDigits = 0
  let dotStart = 0
  let dotGroups = 0
  let phoneStart = -1
  let phoneDigits = 0
  // A phone stretch may open with `+` or `(+` before its first digit: read from two units before it.
  const from = first > 2 ? first - 2 : 0
  let other = from - 1
  let p1 = from > 0 ? text.charCodeAt(from - 1) : -1
  let p2 = from > 1 ? text.charCodeAt(from - 2) : -1
  let p3 = from > 2 ? text.charCodeAt(from - 3) : -1
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      if (isDigit(p1)) {
        dashDigits++
        if (r.iban < 0 && isCapital(p2) && isCapital(p3)) r.iban = i - 3
      } else {
        if ((p1 === 32 || p1 === 45) && isDigit(p2)) dashDigits++
        else (dashStart = i), (dashDigits = 1)
        if (p1 === 46 && isDigit(p2)) dotGroups++
        else (dotStart = i), (dotGroups = 1)
      }
      if (phoneStart < 0) (phoneStart = other + 1), (phoneDigits = 0)
      phoneDigits++
      if (dashDigits >= 6 && r.dash6 < 0) r.dash6 = dashStart
      if (dashDigits >= 9 && r.dash9 < 0) r.dash9 = dashStart
      if (dashDigits >= 13 && r.dash13 < 0) r.dash13 = dashStart
      if (dotGroups >= 4 && r.dotted4 < 0) r.dotted4 = dotStart
      if (phoneDigits >= 6 && r.phone6 < 0) r.phone6 = phoneStart
    } else if (!isPhoneUnit(c)) {
      phoneStart = -1
      other = i
    }
    p3 = p2
    p2 = p1
    p1 = c
  }
  return r
}

/**
 * Every match of a global expression, as core's allMatches finds them, with the scan started at `from` (where no
 * match can start before) or none at all when `from` is -1.
 */
export function matchesFrom(re: RegExp, text: string, from: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  if (from < 0) return out
  re.lastIndex = from
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m)
    if (m[0] === "") re.lastIndex++
  }
  return out
}
