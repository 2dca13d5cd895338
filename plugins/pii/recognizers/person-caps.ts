// ALL-CAPS sentences title-cased for the person recognizer (`CALLER SALMA MANSOUR ASKED US TO STOP`), every character
// keeping its length, so offsets into the copy are offsets into the text.

/** Lower case, character by character, keeping any character whose lower case has another length (`İ`). */
const upperSameLength = (ch: string) => (ch.toUpperCase().length === ch.length ? ch.toUpperCase() : ch)

/**
 * The text with the code unit at each of `at` in capitals (where that keeps its length): one pass over the text. A copy
 * of the whole text per capital was quadratic in the names a text holds (200 KB of `@grace ` took 7.6 s).
 */
export function capitalisedAt(text: string, at: readonly number[]): string {
  if (!at.length) return text
  const sorted = [...new Set(at)].sort((a, b) => a - b)
  let out = ""
  let from = 0
  for (const i of sorted) {
    out += text.slice(from, i) + upperSameLength(text[i]!)
    from = i + 1
  }
  return out + text.slice(from)
}

/** A run's words in capitals title-cased, same length (`IRIA OUTEIRO VEIGA` -> `Iria Outeiro Veiga`). */
const titleWords = (run: string) => run.replace(/\p{Lu}[\p{Lu}\p{M}]+/gu, (w) => w[0] + lowerSameLength(w.slice(1)))

/**
 * `text` with each span (`[start, end]`, in order and apart) title-cased (`titleWords`), in one pass: a copy of the
 * whole text per span was quadratic in the names a text holds (1 MB of `Имя: ВЕРА ИВАНОВА` lines took 18 s).
 */
export function titledSpans(text: string, spans: Iterable<readonly [number, number]>): string {
  let out = ""
  let from = 0
  for (const [start, end] of spans) {
    out += text.slice(from, start) + titleWords(text.slice(start, end))
    from = end
  }
  return from ? out + text.slice(from) : text
}

export const lowerSameLength = (s: string) => {
  const lower = s.toLowerCase()
  if (lower.length === s.length) return lower
  let out = ""
  for (const ch of s) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

const CAPS_WORD = /\p{Lu}{2,}/gu
// A sentence (a whole stretch between `.`, `!` or `?`) without a lower-case letter: the only kind title-cased.
const CAPS_SENTENCE = /(?<![^.!?])[^.!?\p{Ll}]+(?![^.!?])/u
export const LOWER = /\p{Ll}/u

// Each code point's case, learned once per unit of the BMP: 1 an upper-case letter, 2 a lower-case one, 3 another letter.
const UPPER = /\p{Lu}/u
const LETTER = /\p{L}/u
const cases = new Uint8Array(65536)
const caseOf = (cp: number): number => {
  if (cp < 128) return cp >= 65 && cp <= 90 ? 1 : cp >= 97 && cp <= 122 ? 2 : 4
  let k = cp < 65536 ? cases[cp]! : 0
  if (k === 0) {
    const ch = String.fromCodePoint(cp)
    k = UPPER.test(ch) ? 1 : LOWER.test(ch) ? 2 : LETTER.test(ch) ? 3 : 4
    if (cp < 65536) cases[cp] = k
  }
  return k
}

/**
 * Whether `text` holds two words in capitals with no lower-case letter, sentence end or line break between them:
 * `/\p{Lu}{2,}[^\p{Ll}.!?\n]*?[^\p{L}\n]\p{Lu}{2,}/u`, read in one pass. The expression backtracked over every
 * capital after each one: 8 KB of capitals with no space took a minute.
 */
export function twoCapsWords(text: string): boolean {
  // armed: two capitals stood side by side, and only units that may come between the words followed them.
  let armed = false
  let before = 0
  for (let i = 0, n = text.length; i < n; ) {
    const c = text.charCodeAt(i)
    // A lower-case ASCII letter, most units of a text, disarms at once.
    if (c >= 97 && c <= 122) {
      armed = false
      before = 2
      i++
      continue
    }
    // Other ASCII read at once; a code point of another plane is read whole.
    const cp = c < 0xd800 || c > 0xdbff ? c : text.codePointAt(i)!
    const k = c < 128 ? (c >= 97 && c <= 122 ? 2 : c >= 65 && c <= 90 ? 1 : 4) : caseOf(cp)
    const next = cp > 0xffff ? i + 2 : i + 1
    if (armed && k === 4 && c !== 10 && capitalPairAt(text, next)) return true
    armed = (armed && k !== 2 && c !== 46 && c !== 33 && c !== 63 && c !== 10) || (before === 1 && k === 1)
    before = k
    i = next
  }
  return false
}
/** Whether two capitals open `text.slice(at)`. */
function capitalPairAt(text: string, at: number): boolean {
  if (at >= text.length) return false
  const first = text.codePointAt(at)!
  const second = at + (first > 0xffff ? 2 : 1)
  return caseOf(first) === 1 && second < text.length && caseOf(text.codePointAt(second)!) === 1
}

// Identifiers written in capitals stay so: `NINO ON FILE` is no `Nino`.
const ACRONYMS = new Set(["NINO", "SSN", "IBAN", "BIC", "SWIFT", "DOB", "PIN", "CVV", "CVC", "VAT", "IMEI", "NHS", "ID", "IP", "NI", "PAN", "OTP", "PUK", "SIM", "GPS", "ISBN", "MRN", "EIN", "NIF", "NIE", "DNI", "CPF"])
// A key that is also a first name (`Vin`, `Tin`) stays a key before its value, a code with a digit (`VIN: SALAS4CA8NDCK95M7`,
// `| VIN | YV10NW… |`); elsewhere it is read as a name (`CALLER VIN DIESEL`).
const NAME_KEYS = new Set(["VIN", "TIN"])
const CODE_AFTER = /^[ \t]*[:|#]?[ \t]*[\p{Lu}\d-]*\d/u
const keptCaps = (sentence: string, w: string, at: number) => ACRONYMS.has(w) || (NAME_KEYS.has(w) && CODE_AFTER.test(sentence.slice(at + w.length, at + w.length + 24)))

/**
 * A sentence (a line, or its part up to a `.`, `!` or `?`) without lower-case letters and with at least two
 * capitalised words of two letters or more: `CALLER SALMA MANSOUR ASKED US TO STOP. Due 20 July`.
 */
export function titleCaseCapsLines(text: string): string {
  // Some line holds two such words exactly when the text does with no line break between them: one test of the text.
  if (!twoCapsWords(text)) return text
  let changed = false
  const lines = text.split("\n").map((line) =>
    !twoCapsWords(line) || !CAPS_SENTENCE.test(line) ? line : line.replace(/[^.!?]+[.!?]*/g, (sentence) => {
      if (LOWER.test(sentence) || (sentence.match(CAPS_WORD)?.length ?? 0) < 2) return sentence
      changed = true
      return sentence.replace(/\p{Lu}[\p{Lu}\p{M}]+/gu, (w, at: number) => (keptCaps(sentence, w, at) ? w : w[0] + lowerSameLength(w.slice(1))))
    }),
  )
  return changed ? lines.join("\n") : text
}
