/**
 * The text the recognizers read, and how a finding's span in it maps back to the text's own offsets (UTF-16 units).
 *
 * Personal data is often written with characters that look like the plain ones and are not: a phone or card number
 * grouped with no-break or narrow no-break spaces (French and Swiss typography, text copied from a web page or a word
 * processor), a hyphen that cannot break, full-width digits and `@` from an East Asian keyboard, Arabic-Indic digits,
 * an invisible zero-width space or soft hyphen inside a number or an address, bidirectional marks a messaging app puts
 * around a phone number, `@` and `+` percent-encoded in a link or a log line's query string, characters written as
 * HTML references in an e-mail's body (`&nbsp;`, `&#64;`), accents written decomposed (`Te\u0301le\u0301phone`, as macOS and some exports write them),
 * a word hyphenated over a line break (`Tele-⏎fonnummer`), a mail body left quoted-printable (`=⏎`, `=40`, `=C3=A9`), and
 * the escapes of a channel the text shows (a web form's `+` and `%3A`: readable-escapes.ts).
 * Every word list and expression is written with the plain characters, so each of these hid the value from every
 * recognizer and from the residual check after a transform. They are read as the plain character, or as nothing.
 */

import { escapeReads, hexBytes, utf8Chars } from "./readable-escapes.ts"

/** A letter and the marks after it are composed (NFC), so `é` written as `e` + U+0301 reads as the `é` word lists hold. */
const HAS_MARK = /\p{M}/u

// Read as a plain space: no-break, en/em and other fixed-width spaces, narrow no-break, medium mathematical, ideographic.
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/
// Read as `-`: hyphen, non-breaking hyphen, figure dash, minus sign, small and full-width hyphen-minus. The en and em
// dashes are not: they write ranges (`window 1030–1130`, a time and no phone) and part clauses (`call Ann—now`).
const HYPHENS = /[\u2010-\u2012\u2212\ufe63\uff0d]/
// Read as nothing: soft hyphen, zero-width space, non-joiner and joiner, direction marks and embeddings, word joiner
// and invisible operators, direction isolates, byte-order mark.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
// A link's or a log line's query string writes `@`, `+`, a space, `.`, `-` and brackets percent-encoded
// (`?email=ann%40example.com&phone=%2B447911123456`); an e-mail's or a web form's HTML writes characters as references
// (`020&nbsp;7946&nbsp;0958`, `4111&#160;1111…`, `ann&#64;example.com`). Each is read as the character it stands for.
const ESCAPED = /%(?:20|2[89bBdDeE]|40)|&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y
const NAMED: Record<string, string> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", commat: "@", period: ".", plus: "+", minus: "\u2212",
  hyphen: "\u2010", dash: "\u2010", shy: "\u00ad", ndash: "\u2013", mdash: "\u2014", lpar: "(", rpar: ")", num: "#", colon: ":",
  sol: "/", lowbar: "_", comma: ",", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009", zwsp: "\u200b", zwj: "\u200d", zwnj: "\u200c",
}

/** The character an escape stands for, or undefined (an unknown name, a code point that is none). */
function unescaped(escape: string): string | undefined {
  if (escape.startsWith("%")) return String.fromCharCode(Number.parseInt(escape.slice(1), 16))
  const body = escape.slice(1, -1)
  if (!body.startsWith("#")) return NAMED[body]
  const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : undefined
}

// Read as the plain digit or ASCII character: Arabic-Indic and Eastern Arabic-Indic digits, full-width ASCII.
const SHIFTED = /[\u0660-\u0669\u06f0-\u06f9\uff01-\uff5e]/
// A word a printed page or a PDF broke at a line's end (`Tele-⏎fonnummer`, `mo-⏎bile`): the hyphen and the break are
// read as nothing, so the word is whole again. Only before a lower-case letter at the very start of the next line:
// `Anna-⏎Marie`, a list's `-` and an indented line (YAML, a quoted reply) stay.
const BROKEN_WORD = /-[ \t]*\r?\n(?=\p{Ll})/uy
// A mail's body exported still quoted-printable: a line broken by `=` at its end (a soft break, read as nothing, also
// inside a value: `ana.souza@ma=⏎il.pt`) and bytes written `=XX` (`=20` a space, `=40` `@`, `=C3=A9` `é`). Only in a
// text that holds a soft break (after a character that is no space, no `=` and no `?`: a heading's `==⏎` and the end of
// a header's encoded word `?=⏎` are none): elsewhere `=3D` or `id=AB` is what it says.
const SOFT_BREAK = /[^\s=?]=\r?\n/
const QUOTED_BYTES = /(?:=[0-9A-F]{2})+/y
// An encoder never writes a letter, a digit or a control character (but a line's) as `=XX`: a text holding one is a
// key-value text (`middle_name=⏎phone=447911123456`, `card=4111…`), and its `=44` is what it says.
const NEVER_QUOTED = /=(?:3[0-9]|[46][1-9A-F]|[57][0-9A]|0[0-8BCEF]|1[0-9A-F])/
/** Whether a text holds any character read otherwise (one class made of the ones above): most do not, and are read as they are. */
const FOLDED = new RegExp(`%(?:20|2[89bBdDeE]|40)|&#?\\w+;|-[ \t]*\r?\n|=\r?\n|[${[SPACES, HYPHENS, INVISIBLE, SHIFTED].map((r) => r.source.slice(1, -1)).join("")}]`)

/** Bytes written `=XX` as the characters they encode, each with the length of its escapes; undefined when not UTF-8. */
const quotedChars = (escapes: string) => utf8Chars(hexBytes(escapes), 3)

/** One character as the recognizers read it: a plain character, nothing, or itself. */
function plain(c: string): string {
  const code = c.charCodeAt(0)
  if (c.length > 1 || code < 0xa0) return c
  if (!SHIFTED.test(c)) return SPACES.test(c) ? " " : HYPHENS.test(c) ? "-" : INVISIBLE.test(c) ? "" : c
  if (code >= 0xff01) return String.fromCharCode(code - 0xfee0)
  if (code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48)
  return String.fromCharCode(code - 0x06f0 + 48)
}

/** How long a match of the sticky expression at `at` is (0 for none). */
function stickyLength(re: RegExp, text: string, at: number): number {
  re.lastIndex = at
  return re.exec(text)?.[0].length ?? 0
}

/** The first index of a list that never decreases whose entry is at least `at` (the list's length if none). */
function firstAtOrAfter(units: readonly number[], at: number): number {
  let lo = 0
  for (let hi = units.length; lo < hi; ) {
    const mid = (lo + hi) >> 1
    if (units[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

export interface ReadableText {
  /** What the recognizers read. */
  text: string
  /** A span of `text` as the same span of the original: a character read as nothing inside a span stays in it. */
  back<F extends { start: number; end: number }>(f: F): F
  /** What the recognizers read for a span of the original (`ana\u0040mail.pt` in a JSON line: `ana@mail.pt`). */
  readOf(start: number, end: number): string
}

/**
 * The text as the recognizers read it, or undefined when that is the text itself (no character to read otherwise and
 * nothing to compose). Read one character (with its marks) at a time, so each unit of the result comes from one
 * character of the text, and a span maps back to whole characters.
 */
export function readableText(text: string): ReadableText | undefined {
  const escapes = escapeReads(text)
  if (!escapes && !FOLDED.test(text) && text.normalize("NFC") === text) return undefined
  const parts: string[] = []
  // from[i], to[i]: the character of `text` the result's unit i comes from.
  const from: number[] = []
  const to: number[] = []
  let changed = false
  // What text.slice(start, end) is read as.
  const emit = (read: string, start: number, end: number) => {
    if (read !== text.slice(start, end)) changed = true
    parts.push(read)
    for (let k = 0; k < read.length; k++) {
      from.push(start)
      to.push(end)
    }
    return end
  }
  const quoted = SOFT_BREAK.test(text) && !NEVER_QUOTED.test(text)
  for (let start = 0; start < text.length; ) {
    const pieces = escapes?.get(start)
    if (pieces) {
      for (const [read, n] of pieces) start = emit(Array.from(read, plain).join(""), start, start + n)
      continue
    }
    const code = text.charCodeAt(start)
    const skip = code === 45 && start > 0 && /\p{L}/u.test(text[start - 1]!) ? stickyLength(BROKEN_WORD, text, start) : 0
    if (skip) {
      start = emit("", start, start + skip)
      continue
    }
    if (code === 61 && quoted) {
      const breaks = text[start + 1] === "\n" ? 2 : text[start + 1] === "\r" && text[start + 2] === "\n" ? 3 : 0
      const soft = start > 0 && !/[\s=]/.test(text[start - 1]!) ? breaks : 0
      if (soft) {
        start = emit("", start, start + soft)
        continue
      }
      const escapes = stickyLength(QUOTED_BYTES, text, start)
      const chars = escapes ? quotedChars(text.slice(start, start + escapes)) : undefined
      if (chars?.length) {
        for (const [c, n] of chars) start = emit(plain(c), start, start + n)
        continue
      }
      // A run that is no UTF-8 is read as written, whole: tried again from each of its `=`, a long one took quadratic time.
      if (escapes) {
        for (const end = start + escapes; start < end; ) start = emit(text[start]!, start, start + 1)
        continue
      }
    }
    if (code === 37 || code === 38) {
      ESCAPED.lastIndex = start
      const escape = ESCAPED.exec(text)?.[0]
      const stands = escape && unescaped(escape)
      if (escape && stands !== undefined) {
        start = emit(Array.from(stands, plain).join(""), start, start + escape.length)
        continue
      }
    }
    let end = start + (text.codePointAt(start)! > 0xffff ? 2 : 1)
    const first = text.slice(start, end)
    while (end < text.length && HAS_MARK.test(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1
    const base = plain(first)
    start = emit(end - start > first.length ? (base + text.slice(start + first.length, end)).normalize("NFC") : base, start, end)
  }
  if (!changed) return undefined
  const startOf = (i: number) => (i >= from.length ? text.length : from[i]!)
  const endOf = (i: number) => (i <= 0 ? 0 : i > to.length ? text.length : to[i - 1]!)
  const read = parts.join("")
  // The units read from whole characters inside start..end.
  const readOf = (start: number, end: number) => read.slice(firstAtOrAfter(from, start), firstAtOrAfter(to, end + 1))
  return { text: read, back: (f) => ({ ...f, start: startOf(f.start), end: endOf(f.end) }), readOf }
}

/** A value as the recognizers read it (the canonical forms behind `indexed` and `hmac` are made from this). */
export function readableValue(value: string): string {
  return readableText(value)?.text ?? value
}
