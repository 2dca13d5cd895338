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
