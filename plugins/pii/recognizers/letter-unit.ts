// A letter or a combining mark, read per UTF-16 unit by the word-by-word cue searches (person-case.ts,
// person-contacts.ts): ASCII at once, any other unit of the BMP classified once, then looked up.
const LETTER = /[\p{L}\p{M}]/u
const letterClass = new Uint8Array(65536)

/** Whether the code unit `c` is a letter or a mark; half of a surrogate pair is neither. */
export const isLetterUnit = (c: number): boolean => {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
  let k = letterClass[c]!
  if (k === 0) letterClass[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2
  return k === 1
}

/** `s` decomposed and its combining marks dropped: accents folded away (`Schröder`, `Schroder`), the case as it was. */
export const withoutMarks = (s: string): string => s.normalize("NFD").replace(/\p{M}+/gu, "")

const ASTRAL_LETTER = /^[\p{L}\p{M}]/u

/**
 * Whether the unit at `i` of `text` belongs to a letter or a mark: a BMP unit as isLetterUnit says, either half of a
 * surrogate pair only when its character is one (an astral letter stays in its word; an emoji before a word, as in
 * `📱my name is`, does not open it).
 */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) return isLetterUnit(c)
  const pair = c >= 0xdc00 && i > 0 ? i - 1 : i
  return ASTRAL_LETTER.test(text.slice(pair, pair + 2))
}
