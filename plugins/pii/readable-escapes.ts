/**
 * Escapes a channel writes a value with, read back where the text shows that channel's encoding (readable-text.ts reads
 * the result at the text's own offsets).
 *
 * Each reading is taken only in a text, or a run of a text, that shows the encoding, so that text which only looks
 * encoded is read as it is: a web form's body, percent-encoded (`phone=%2B44+20+7946+0958&email=ann%40mail.com`), and a
 * JSON log line's strings (`"body": "Ren\u00e9e\nTel. 0612"`), an RTF document (readable-rtf.ts), a mail header's
 * encoded words (`=?UTF-8?Q?Ren=C3=A9e?=`), markdown's backslashes (`ana\_souza`).
 */
import { rtfReads } from "./readable-rtf.ts"

/** What an escape at an offset is read as: pieces of [the characters read, how many units of the text they take]. */
export type Pieces = Array<[string, number]>

const utf8 = new TextDecoder("utf-8", { fatal: true })

/** Bytes as the UTF-8 characters they encode, each taking its bytes' count times `width` units; undefined when not UTF-8. */
export function utf8Chars(bytes: Uint8Array, width: number): Pieces | undefined {
  const out: Pieces = []
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const n = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0
    if (n === 0 || i + n > bytes.length) return undefined
    try {
      out.push([utf8.decode(bytes.subarray(i, i + n)), n * width])
    } catch {
      return undefined
    }
    i += n
  }
  return out
}

/** The bytes of a run of two-digit hex escapes (`%C3%A9`, `=C3=A9`). */
export const hexBytes = (run: string) => Uint8Array.from(run.match(/[0-9A-Fa-f]{2}/g) ?? [], (h) => Number.parseInt(h, 16))

// A run of percent escapes as a URL encoder writes them (upper-case hex: `%2B`, `%3A`, `%C3%A9`). Lower case is left to
// readable-text's few escapes: `%2d` is as often a printf format.
const PERCENT_RUN = /(?:%[0-9A-F]{2})+/g
// A token (a run without white space) shows URL encoding when it holds a `=` (a query or a form: `client=2a01%3A…`) or
// two escapes (`/ip/2a01%3A4c92%3A%3A1`); `50%2B` or `10%3A` alone in a sentence is read as written.
const ESCAPED_TOKEN = /(?<!\S)\S*%[0-9A-F]{2}\S*/g
const shows = (token: string) => token.includes("=") || token.match(/%[0-9A-F]{2}/g)!.length > 1
// A web form's body (`application/x-www-form-urlencoded`: two `key=value` pairs or more joined by `&`), where a `+` is a
// space: `name=Ana+Souza&phone=%2B351+912+345+678`. Only a body made wholly of what an encoder leaves (letters, digits,
// `*-._~`, `+` and escapes) is one: a query written by hand (`?user=ann+shop@mail.com&ts=1`) keeps its plus.
const FORM_BODY = /(?<=^|[\s?"'])[\w*.~%+-]+=[\w*.~%+-]*(?:&[\w*.~%+-]+=[\w*.~%+-]*)+(?=$|[\s"'])/g

/** Percent escapes and a form's `+` spaces in the tokens that show URL encoding. */
function urlReads(text: string, reads: Map<number, Pieces>): void {
  if (!/%[0-9A-F]{2}/.test(text) && !/&[\w.-]+=/.test(text)) return
  for (const token of text.matchAll(ESCAPED_TOKEN)) {
    if (!shows(token[0])) continue
    for (const run of token[0].matchAll(PERCENT_RUN)) {
      const chars = utf8Chars(hexBytes(run[0]), 3)
      if (chars) reads.set(token.index + run.index, chars)
    }
  }
  for (const form of text.matchAll(FORM_BODY)) {
    // A `+` right after `=` is kept: a value a person wrote by hand (`phone=+4479…`) more often means the plus.
    for (let i = form[0].indexOf("+"); i >= 0; i = form[0].indexOf("+", i + 1)) {
      if (form[0][i - 1] !== "=") reads.set(form.index + i, [[" ", 1]])
    }
  }
}

// A text shows JSON when it holds a quoted key and its value (`"body": "…`, `"id": 12`). Python's `ensure_ascii` and
// many loggers write every other character `\u00e9` and a line break `\n` inside a string. A `\\` is read first, so the
// `\u00e9dir` of a Windows path written in JSON (`C:\\u00e9dir`) stays as written.
const JSON_SHOWN = /"[^"\\\n]{1,60}"\s*:\s*(?:["{[\d-]|true|false|null)/
const JSON_ESCAPE = /\\(?:u([0-9a-fA-F]{4})(?:\\u([dD][c-fC-F][0-9a-fA-F]{2}))?|(["\\/nrt]))/g
const JSON_CHAR: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", n: "\n", r: "\r", t: "\t" }

/** A JSON string's escapes, in a text that shows JSON. */
function jsonReads(text: string, reads: Map<number, Pieces>): void {
  if (!text.includes("\\") || !JSON_SHOWN.test(text)) return
  for (const m of text.matchAll(JSON_ESCAPE)) {
    if (m[3]) {
      reads.set(m.index, [[JSON_CHAR[m[3]]!, 2]])
      continue
    }
    const code = Number.parseInt(m[1]!, 16)
    const low = m[2] ? Number.parseInt(m[2], 16) : 0
    // A high surrogate and the low one after it are one character; a lone surrogate is left as written.
    if (code >= 0xd800 && code <= 0xdbff && low) reads.set(m.index, [[String.fromCharCode(code, low), 12]])
    else if (code < 0xd800 || code > 0xdfff) reads.set(m.index, [[String.fromCharCode(code), 6]])
  }
}

// A MIME header's encoded word (RFC 2047): `=?UTF-8?Q?Ren=C3=A9e_Dupont?=`, `=?utf-8?B?UmVuw6ll?=`. Self-marking, so
// read wherever it stands; the white space between two of them is read as nothing, as a mail reader does.
const ENCODED_WORD = /=\?([\w.:-]{1,40})(?:\*[\w-]{1,20})?\?([QqBb])\?([^?\s]{1,400})\?=/g
const BETWEEN_WORDS = /^[ \t]*(?:\r?\n[ \t]+)?$/

/** The characters of an encoded word's text, each with its units in the word; undefined when it does not decode. */
function encodedChars(charset: string, q: boolean, body: string): Pieces | undefined {
  const bytes: number[] = []
  const widths: number[] = []
  if (q) {
    for (let i = 0; i < body.length; i++) {
      const hex = body[i] === "=" ? /^[0-9A-Fa-f]{2}/.exec(body.slice(i + 1, i + 3))?.[0] : undefined
      bytes.push(hex ? Number.parseInt(hex, 16) : body[i] === "_" ? 0x20 : body.charCodeAt(i))
      widths.push(hex ? 3 : 1)
      if (hex) i += 2
    }
  } else {
    try {
      bytes.push(...Uint8Array.from(atob(body), (c) => c.charCodeAt(0)))
    } catch {
      return undefined
    }
  }
  try {
    const text = new TextDecoder(charset, { fatal: true }).decode(Uint8Array.from(bytes))
    // Per character where each byte is one (Q in a one-byte charset) or the bytes are UTF-8; else the word whole.
    const chars = Array.from(text)
    if (q && chars.length === bytes.length) return chars.map((c, i) => [c, widths[i]!])
    const utf = q && /^utf-?8$/i.test(charset) ? utf8Chars(Uint8Array.from(bytes), 1) : undefined
    if (utf) return utf.map(([c, n], i) => [c, widths.slice(byteAt(utf, i), byteAt(utf, i) + n).reduce((a, b) => a + b, 0)])
    return [[text, body.length]]
  } catch {
    return undefined
  }
}

/** Where the character i of utf8Chars(…, 1) begins among the bytes. */
const byteAt = (chars: Pieces, i: number) => chars.slice(0, i).reduce((a, [, n]) => a + n, 0)

/** Encoded words, each read from its `=?` to its `?=` (the marks with its first and last character). */
function encodedWordReads(text: string, reads: Map<number, Pieces>): void {
  if (!text.includes("=?")) return
  let last = -1
  for (const m of text.matchAll(ENCODED_WORD)) {
    const chars = encodedChars(m[1]!, m[2] === "Q" || m[2] === "q", m[3]!)
    if (!chars?.length) continue
    const head = m[0].length - m[3]!.length - 2
    chars[0]![1] += head
    chars[chars.length - 1]![1] += 2
    if (last >= 0 && BETWEEN_WORDS.test(text.slice(last, m.index))) reads.set(last, [["", m.index - last]])
    reads.set(m.index, chars)
    last = m.index + m[0].length
  }
}

// Markdown (a helpdesk ticket, a chat export) escapes punctuation with a backslash (`ana\_souza@mail.pt`, `1\. item`):
// the address was found from its `_`, leaving `ana\` in clear. Read only in a text that shows markdown (a link, bold,
// a heading, a code span) and outside code spans, where a backslash is itself; a regex in a log (`\d+\.\d`) is none.
const MARKDOWN_SHOWN = /\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^#{1,6} \S|`[^`\n]+`/m
const MARKDOWN_ESCAPE = /(`+)[^`]*?\1|\\([!-/:-@[-`{-~])/g

/** Markdown's backslash escapes, in a text that shows markdown. */
function markdownReads(text: string, reads: Map<number, Pieces>): void {
  if (!text.includes("\\") || !MARKDOWN_SHOWN.test(text)) return
  for (const m of text.matchAll(MARKDOWN_ESCAPE)) if (m[2]) reads.set(m.index, [[m[2], 2]])
}

/**
 * Where escapes of an encoding the text shows begin, and what each is read as; undefined when the text shows none.
 * Offsets are the text's own, in increasing order of reading (the caller reads from left to right and skips an entry
 * that a longer one before it covered).
 */
export function escapeReads(text: string): Map<number, Pieces> | undefined {
  const reads = new Map<number, Pieces>()
  urlReads(text, reads)
  jsonReads(text, reads)
  rtfReads(text, reads)
  encodedWordReads(text, reads)
  markdownReads(text, reads)
  return reads.size ? reads : undefined
}
