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
  /** The same holding 6 digits or more from the start of a run, right after a letter or a letter and a space: a NINO's
   * digits, at 3 units past the start of its letters or fewer. */
  nino: number
  /** Digits, spaces, tabs and `+ ( ) . / -` holding 6 digits or more: a phone number. */
  phone6: number
  /** Digit groups joined by single dots (`\d+(?:\.\d+)*`), four groups or more: an IPv4 address. */
  dotted4: number
  /** Two capitals and two digits (`[A-Z]{2}\d{2}`): an IBAN's country and check digits. */
  iban: number
}

const NONE: DigitRuns = Object.freeze({ dash13: -1, dash9: -1, nino: -1, phone6: -1, dotted4: -1, iban: -1 })

const isDigit = (c: number) => c >= 48 && c <= 57
const isCapital = (c: number) => c >= 65 && c <= 90
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
/** An ASCII letter right before `at`, or a letter and a space. */
const afterLetter = (text: string, at: number) => isLetter(text.charCodeAt(at - 1)) || (text.charCodeAt(at - 1) === 32 && isLetter(text.charCodeAt(at - 2)))

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
  const r = { dash13: -1, dash9: -1, nino: -1, phone6: -1, dotted4: -1, iban: -1 }
  for (; m; m = RUN.exec(text)) {
    const s = m.index
    const e = s + m[0].length
    // An IBAN's check digits start a run, right after its two capitals.
    if (r.iban < 0 && s >= 2 && isDigit(text.charCodeAt(s + 1)) && isCapital(text.charCodeAt(s - 1)) && isCapital(text.charCodeAt(s - 2))) r.iban = s - 2
    // Every other kind needs six digits, or seven units (`1.2.3.4`): a shorter run holds none.
    if (e - s < 6) continue
    // The units in the run before the one read (p1, p2), -1 before the run: whether a dashed or dotted stretch goes on
    // is decided at each digit. The stretch being read of each kind: where it started, and its digits or groups.
    let p1 = -1
    let p2 = -1
    let digits = 0
    let dashStart = s
    let dashDigits = 0
    let dotStart = s
    let dotGroups = 0
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i)
      if (c >= 48 && c <= 57) {
        digits++
        if (!isDigit(p1)) {
          if ((p1 === 32 || p1 === 45) && isDigit(p2)) dashDigits++
          else (dashStart = i), (dashDigits = 1)
          if (p1 === 46 && isDigit(p2)) dotGroups++
          else (dotStart = i), (dotGroups = 1)
        } else dashDigits++
        if (dashDigits === 6 && dashStart === s && r.nino < 0 && afterLetter(text, s)) r.nino = s
        if (dashDigits >= 9 && r.dash9 < 0) r.dash9 = dashStart
        if (dashDigits >= 13 && r.dash13 < 0) r.dash13 = dashStart
        if (dotGroups >= 4 && r.dotted4 < 0) r.dotted4 = dotStart
      }
      p2 = p1
      p1 = c
    }
    // A phone stretch may open with `+` or `(+` before its first digit.
    if (digits >= 6 && r.phone6 < 0) r.phone6 = s > 2 ? s - 2 : 0
    if (r.phone6 >= 0 && r.dash9 >= 0 && r.dash13 >= 0 && r.nino >= 0 && r.dotted4 >= 0 && r.iban >= 0) break
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
