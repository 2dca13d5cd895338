// ALL-CAPS sentences title-cased for the person recognizer (`CALLER SALMA MANSOUR ASKED US TO STOP`), every character
// keeping its length, so offsets into the copy are offsets into the text.

/** Lower case, character by character, keeping any character whose lower case has another length (`İ`). */
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
// Two words in capitals with no lower-case letter and no sentence end between them.
const TWO_CAPS_WORDS = /\p{Lu}{2,}[^\p{Ll}.!?]*?[^\p{L}]\p{Lu}{2,}/u
// A sentence (a whole stretch between `.`, `!` or `?`) without a lower-case letter: the only kind title-cased.
const CAPS_SENTENCE = /(?<![^.!?])[^.!?\p{Ll}]+(?![^.!?])/u
const TWO_CAPS_ON_A_LINE = /\p{Lu}{2,}[^\p{Ll}.!?\n]*?[^\p{L}\n]\p{Lu}{2,}/u
export const LOWER = /\p{Ll}/u

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
  if (!TWO_CAPS_ON_A_LINE.test(text)) return text
  let changed = false
  const lines = text.split("\n").map((line) =>
    !TWO_CAPS_WORDS.test(line) || !CAPS_SENTENCE.test(line) ? line : line.replace(/[^.!?]+[.!?]*/g, (sentence) => {
      if (LOWER.test(sentence) || (sentence.match(CAPS_WORD)?.length ?? 0) < 2) return sentence
      changed = true
      return sentence.replace(/\p{Lu}[\p{Lu}\p{M}]+/gu, (w, at: number) => (keptCaps(sentence, w, at) ? w : w[0] + lowerSameLength(w.slice(1))))
    }),
  )
  return changed ? lines.join("\n") : text
}
