/**
 * Where the line holding `at` starts, or `at - span` when that is nearer: the search stops there, however long the
 * line. `text.lastIndexOf("\n", at - 1)` read back to the text's start on a text of one long line, once for each
 * number in it: a 5 MB line took a minute to scrub where the same text in lines took four seconds.
 */
export function lineStartWithin(text: string, at: number, span: number): number {
  const floor = Math.max(0, at - span)
  for (let i = at - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1
  return floor
}

/** Whether `lineStartWithin` stopped at its span rather than at a line's start. */
export const cutShort = (text: string, lineStart: number) => lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10

// Whether a cue word at `at` opens its line, a chat's turn or a key, read back over the 40 units before it in place: the
// expressions anchored at the end that said so (`/(?:^|\n)[ \t]*$/` on those 40 units) were tried at each of them.
const BACK = 40
const blank = (c: number) => c === 32 || c === 9
/** Where the spaces and tabs ending `text.slice(from, at)` start. */
function blanksFrom(text: string, from: number, at: number): number {
  let i = at
  while (i > from && blank(text.charCodeAt(i - 1))) i--
  return i
}

/** `/(?:^|\n)[ \t]*$/` on the 40 units before `at`: only spaces and tabs after a line's start (or the 40 units are all such). */
export function opensLine(text: string, at: number): boolean {
  const from = Math.max(0, at - BACK)
  const i = blanksFrom(text, from, at)
  return i === from || text.charCodeAt(i - 1) === 10
}

/** `/(?:^|\n)[ \t]*(?:\[[^\]\n]{1,30}\][ \t]+)?$/` on the 40 units before `at`: opensLine, or after a `[…]` stamp opening the line. */
export function opensTag(text: string, at: number): boolean {
  const from = Math.max(0, at - BACK)
  const i = blanksFrom(text, from, at)
  if (i === from || text.charCodeAt(i - 1) === 10) return true
  if (i === at || text.charCodeAt(i - 1) !== 93) return false
  // The stamp's `[` is the line's first unit after its spaces: one before it would not follow them.
  let open = i - 1
  while (open > from && text.charCodeAt(open - 1) !== 10) open--
  while (open < i - 1 && blank(text.charCodeAt(open))) open++
  const inside = i - 2 - open
  if (text.charCodeAt(open) !== 91 || inside < 1 || inside > 30) return false
  for (let k = open + 1; k < i - 1; k++) if (text.charCodeAt(k) === 93) return false
  return true
}

/** `/(?:^|\n|[.!?;:,][ \t]+|\|[ \t]*)$/` on the 40 units before `at`: a line's start, a sentence's or a clause's end, a table's cell. */
export function opensKey(text: string, at: number): boolean {
  const from = Math.max(0, at - BACK)
  if (at === from || text.charCodeAt(at - 1) === 10) return true
  const i = blanksFrom(text, from, at)
  if (i === from) return false
  const c = text.charCodeAt(i - 1)
  return c === 124 || (i < at && (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 44))
}

/**
 * The line before a list's first item, as [from, to): the lines before the one starting at `line` are walked back while
 * `item` (an item's marker opening a line) matches them, up to 40; [at, at] when the list goes on past that or opens the
 * text.
 */
export function listHeading(text: string, line: number, item: RegExp): [number, number] {
  let at = line
  for (let n = 0; at > 0 && n < 40; n++) {
    const previous = text.lastIndexOf("\n", at - 2) + 1
    if (!item.test(text.slice(previous, at))) return [previous, at]
    at = previous
  }
  return [at, at]
}
