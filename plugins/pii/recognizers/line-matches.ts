// An expression whose every match opens a line (`^` under the `m` flag, or `(?<=^|\n)`) is tried where a line opens, not
// at every unit of the text: a global scan runs the engine's position loop over the whole text, most of it mid-line.

/**
 * The matches of the sticky expression `re` (flag `y`) at the starts of lines (the text's start, and after `\n`, `\r`,
 * U+2028 or U+2029, where `^` matches under the `m` flag), in text order, each after the previous one's end: what a
 * global scan of the same expression finds when its matches open lines only and are never empty.
 */
export function lineStartMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = []
  let from = 0
  for (let at = 0; at >= 0 && at <= text.length; at = nextLineStart(text, at)) {
    if (at < from) continue
    re.lastIndex = at
    const m = re.exec(text)
    if (!m) continue
    out.push(m)
    from = at + m[0].length
  }
  return out
}

/** Where the line after the one holding `at` starts, or -1. */
function nextLineStart(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return i + 1
  }
  return -1
}
