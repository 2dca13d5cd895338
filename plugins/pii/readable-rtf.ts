/**
 * A letter saved by a word processor as RTF, read as its words: `\'e9` is a byte of the document's code page
 * (`\ansicpg1252`), `\u1046?` a Unicode character with its fallback after it, `\par` a line break, `\~` a no-break space,
 * and control words and group braces are markup, read as nothing. Only in a text that is an RTF document (`{\rtf`).
 */

/** As readable-escapes.ts's: [the characters read, how many units of the text they take]. */
type Pieces = Array<[string, number]>

const RTF_SHOWN = /^\s*\{\\rtf/
// A control symbol or word: `\'hh`, `\uN` (signed) with one fallback (`?` or a `\'hh`), `\\`, `\{`, `\}`, `\~`, `\-`,
// `\_`, a word (`\par`, `\fs22`) with the space that ends it; and a group's brace.
const RTF_TOKEN = /\\'([0-9a-fA-F]{2})|\\u(-?\d{1,5}) ?(\\'[0-9a-fA-F]{2}|[^\\{}\r\n])?|\\([\\{}~_-])|\\([a-z]{1,32})(-?\d{1,10})? ?|[{}]/g
const SYMBOL: Record<string, string> = { "\\": "\\", "{": "{", "}": "}", "~": "\u00a0", _: "\u2011", "-": "" }
const BREAKS: Record<string, string> = { par: "\n", line: "\n", tab: "\t", emdash: "\u2014", endash: "\u2013" }

/** The document's code page for `\'hh` bytes (1252 unless `\ansicpgN` names one this runtime decodes). */
function codePage(text: string): TextDecoder {
  const named = /\\ansicpg(\d{3,5})/.exec(text.slice(0, 400))?.[1]
  try {
    return new TextDecoder(named ? `windows-${named}` : "windows-1252")
  } catch {
    return new TextDecoder("windows-1252")
  }
}

/** A `\uN` value as its character; a high surrogate is kept for the low one after it. */
const unicodeOf = (n: number) => String.fromCharCode(n < 0 ? n + 65536 : n)

/** RTF's escapes and markup, in a text that is an RTF document. */
export function rtfReads(text: string, reads: Map<number, Pieces>): void {
  if (!RTF_SHOWN.test(text)) return
  const bytes = codePage(text)
  let high: { at: number; c: string } | undefined
  for (const m of text.matchAll(RTF_TOKEN)) {
    const [token, hex, unicode, , symbol, word] = m
    if (unicode !== undefined) {
      const c = unicodeOf(Number(unicode))
      // A character beyond the BMP is two `\uN` in a row: both read as the one character, from the first.
      if (c >= "\ud800" && c <= "\udbff") high = { at: m.index, c }
      else if (c >= "\udc00" && c <= "\udfff" && high) reads.set(high.at, [[high.c + c, m.index + token.length - high.at]])
      else reads.set(m.index, [[c, token.length]])
      continue
    }
    high = undefined
    if (hex !== undefined) reads.set(m.index, [[bytes.decode(Uint8Array.of(Number.parseInt(hex, 16))), token.length]])
    else if (symbol !== undefined) reads.set(m.index, [[SYMBOL[symbol]!, token.length]])
    else reads.set(m.index, [[word === undefined ? "" : breakOf(text, word, m.index + token.length), token.length]])
  }
  hideGroups(text, reads)
}

// A group that holds no text of the document: the font, colour and style tables, the document's information, and any
// destination marked `\*` a reader may skip. Read as nothing, so `Calibri;` is not a line of the letter.
const HIDDEN_GROUP = /\{\\(?:\*|fonttbl|colortbl|stylesheet|info)\b/g

/** Each hidden group, from its `{` to its `}`, read as nothing. */
function hideGroups(text: string, reads: Map<number, Pieces>): void {
  // Each group's closing brace, found in one pass: scanned afresh from each group, many nested ones took quadratic time.
  const closes = new Map<number, number>()
  const open: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === "\\") i++
    else if (c === "{") open.push(i)
    else if (c === "}" && open.length) closes.set(open.pop()!, i)
  }
  for (const m of text.matchAll(HIDDEN_GROUP)) {
    const close = closes.get(m.index)
    if (close !== undefined) reads.set(m.index, [["", close + 1 - m.index]])
  }
}

/** A control word's text: a line break for `\par` unless the source line ends right after it; else nothing. */
function breakOf(text: string, word: string, after: number): string {
  const read = BREAKS[word] ?? ""
  return read === "\n" && (text[after] === "\n" || text[after] === "\r") ? "" : read
}
