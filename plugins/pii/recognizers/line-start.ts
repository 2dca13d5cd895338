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
