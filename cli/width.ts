import { stripAnsi } from "./colour.ts"

/**
 * Terminal display width: a table padded by `.length` misaligns on CJK and
 * emoji (2 columns each) and on combining marks (0 columns). Measured per
 * grapheme, so a ZWJ family or a flag counts once, as 2.
 */

// East Asian Wide and Fullwidth ranges (Unicode 15 EastAsianWidth.txt, W and F), merged where adjacent.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cff], [0x1aff0, 0x1b2ff],
  [0x1f200, 0x1f2ff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
]

function isWide(code: number): boolean {
  for (const [from, to] of WIDE) {
    if (code < from) return false
    if (code <= to) return true
  }
  return false
}

const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u
// Marks, format characters (ZWJ, soft hyphen), controls: no column of their own.
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]/u

let segmenter: Intl.Segmenter | undefined

/** Columns one grapheme cluster takes: 0, 1 or 2. */
function graphemeWidth(grapheme: string): number {
  if (EMOJI.test(grapheme)) return 2
  const code = grapheme.codePointAt(0)!
  if (ZERO.test(grapheme)) return 0
  return isWide(code) ? 2 : 1
}

/** Columns `text` takes in a terminal; ANSI escape codes take none. */
export function displayWidth(text: string): number {
  const plain = stripAnsi(text)
  // Fast path: printable ASCII is one column a character.
  if (/^[\x20-\x7e]*$/.test(plain)) return plain.length
  segmenter ??= new Intl.Segmenter()
  let width = 0
  for (const { segment } of segmenter.segment(plain)) width += graphemeWidth(segment)
  return width
}

/** `text` padded with spaces to `width` display columns. */
export function padDisplay(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)))
}
