// Where a name stands on its line, read in place: a colon before or after it, a `[14:35]` stamp opening the line,
// whether anything but emoji or a bullet comes before it.
const SPACE = /\s/
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LETTER = /\p{L}/u
export const isSpace = (s: string, i: number) => {
  const c = s.charCodeAt(i)
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(s[i]!))
}

/** Whether a `:` ends the text before the name, spaces after it allowed (`From: `) and markdown emphasis (`**Cliente:** `). */
export function colonBefore(text: string, lineStart: number, start: number): boolean {
  let i = start
  while (i > lineStart && isSpace(text, i - 1)) i--
  while (i > lineStart && (text.charCodeAt(i - 1) === 42 || text.charCodeAt(i - 1) === 95)) i--
  return i > lineStart && text.charCodeAt(i - 1) === 58
}

/** Whether a `:` follows the name, after at most one space (`Agent Aisha:`). */
export const colonAfter = (text: string, end: number) => text.charCodeAt(end) === 58 || (isSpace(text, end) && text.charCodeAt(end + 1) === 58)

/** Whether the code point ending at `i` (exclusive) is a letter (`ofLetter`) or a letter or digit. */
export function letterBefore(text: string, i: number, from: number, digits: boolean): boolean {
  const c = text.charCodeAt(i - 1)
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true
  if (c >= 48 && c <= 57) return digits
  if (c < 128) return false
  const at = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from ? i - 2 : i - 1
  return (digits ? LETTER_OR_DIGIT : LETTER).test(String.fromCodePoint(text.codePointAt(at)!))
}

/** Where a line's text starts after a `[14:35]` stamp opening it. */
export function afterStamp(text: string, lineStart: number, start: number): number {
  if (text.charCodeAt(lineStart) !== 91) return lineStart
  const close = text.indexOf("]", lineStart)
  return close > 0 && close < start ? close + 1 : lineStart
}

/** Whether the text before the name on its line holds a letter or a digit (else it opens the line, after emoji or a bullet). */
export function hasLetterOrDigit(text: string, lineStart: number, start: number): boolean {
  for (let i = start; i > lineStart; i--) if (letterBefore(text, i, lineStart, true)) return true
  return false
}
