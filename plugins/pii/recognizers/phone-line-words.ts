import type { ContextMatcher } from "../../../core/index.ts"

// Words on a number's line before it, read from the line's start (`Serials: Amelia 4471223109, …`): each number of a
// line of thousands read the whole line before it, quadratic (100 KB of `Anna 020 7946 0958, ` took 7 s). On a long
// line, where the first such words end is found once, and a number after that point has them before it.

// Shorter stretches are read as they are: finding the first end costs a few reads of the whole line.
const LONG = 512
let lastText: string | undefined
const firstEnds = new Map<ContextMatcher | RegExp, Map<number, number>>()

const plainBreak = (c: number) => c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))

/**
 * `words.test(text, lineStart, start)` for `lineStart` a line's start and a word ending before `start` (not cut by it:
 * the unit before `start` is ASCII and no letter or digit).
 */
export function wordsOnLineBefore(words: ContextMatcher, text: string, lineStart: number, start: number): boolean {
  if (start - lineStart < LONG || !plainBreak(text.charCodeAt(start - 1)) || (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10)) return words.test(text, lineStart, start)
  return firstEnd(words, text, lineStart, () => firstWordsEnd(words, text, lineStart)) <= start
}

/**
 * `pattern.test(text.slice(lineStart, start))` for a pattern of words bounded by non-letters on both sides (no match
 * holds a unit that is no letter), `lineStart` a line's start and the unit at `start` no letter.
 */
export function patternOnLineBefore(pattern: RegExp, text: string, lineStart: number, start: number): boolean {
  if (start - lineStart < LONG || /^\p{L}/u.test(text.slice(start, start + 2)) || (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10)) return pattern.test(text.slice(lineStart, start))
  return firstEnd(pattern, text, lineStart, () => {
    // The first match has the least end: every other starts after it.
    const m = pattern.exec(text.slice(lineStart, lineEnd(text, lineStart)))
    return m === null ? Infinity : lineStart + m.index + m[0].length
  }) <= start
}

const lineEnd = (text: string, lineStart: number) => {
  const end = text.indexOf("\n", lineStart)
  return end < 0 ? text.length : end
}

function firstEnd(key: ContextMatcher | RegExp, text: string, lineStart: number, find: () => number): number {
  if (text !== lastText) {
    firstEnds.clear()
    lastText = text
  }
  let ends = firstEnds.get(key)
  if (!ends) firstEnds.set(key, (ends = new Map()))
  let end = ends.get(lineStart)
  if (end === undefined) ends.set(lineStart, (end = find()))
  return end
}

/**
 * The least `e` where `words.test(text, lineStart, e)` holds, among the points where no word is cut (a plain break
 * before or after it, or the line's end): there the words read from the line's start only grow, so the test is false
 * up to a point and true from it, and a search in halves finds the point.
 */
function firstWordsEnd(words: ContextMatcher, text: string, lineStart: number): number {
  const end = lineEnd(text, lineStart)
  const points: number[] = []
  for (let e = lineStart + 1; e < end; e++) if (plainBreak(text.charCodeAt(e - 1)) || plainBreak(text.charCodeAt(e))) points.push(e)
  points.push(end)
  if (!words.test(text, lineStart, end)) return Infinity
  let [lo, hi] = [0, points.length - 1]
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (words.test(text, lineStart, points[mid]!)) hi = mid
    else lo = mid + 1
  }
  return points[lo]!
}
