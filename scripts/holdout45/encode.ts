// How each channel writes a value as it reaches the contact center: HTML entities from a DFO email, form posts in
// application/x-www-form-urlencoded, logs that JSON-escape everything outside ASCII, RTF from a word processor,
// markdown from a ticket tool, and quoted-printable bodies wrapped at 76 columns.
import type { Rng } from "./rng.ts"

export type Enc = (s: string, role: string) => string

const plainEnc: Enc = (s) => s

function htmlEnc(r: Rng): Enc {
  return (s, role) => {
    let o = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    if (role === "PHONE") {
      if (r.chance(0.55)) o = o.replace(/ /g, "&nbsp;")
      if (r.chance(0.35)) o = o.replace(/^\+/, "&#43;")
    } else if (role === "EMAIL" && r.chance(0.35)) o = o.replace("@", "&#64;")
    else if (role === "PERSON" && r.chance(0.4)) o = o.replace(/[^\x00-\x7f]/g, (c) => `&#${c.codePointAt(0)};`)
    else if (role === "text" && r.chance(0.3)) o = o.replace(/ ([:?!»])/g, "&nbsp;$1")
    return o
  }
}

/** What a browser posts: WHATWG urlencoded, so spaces become `+` and every other byte outside `*-._` a `%XX`. */
export const formEncode = (s: string) => new URLSearchParams({ v: s }).toString().slice(2)

/** What a Python logger writes with ensure_ascii: quotes, backslashes and newlines escaped, non-ASCII as \uXXXX. */
export const jsonEncode = (s: string) =>
  JSON.stringify(s).slice(1, -1).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)

const CP1252: Record<string, number> = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "Š": 0x8a, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "š": 0x9a, "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f }
/** RTF as Word and WordPad write it: cp1252 bytes as \'xx, anything else as \uN? with a ? for old readers. */
export function rtfEncode(s: string): string {
  let o = ""
  for (const c of s) {
    const cp = c.codePointAt(0)!
    if (c === "\\" || c === "{" || c === "}") o += `\\${c}`
    else if (c === "\n") o += "\\par\n"
    else if (cp < 0x80) o += c
    else if ((cp >= 0xa0 && cp <= 0xff) || CP1252[c]) o += `\\'${(CP1252[c] ?? cp).toString(16)}`
    else for (const unit of c.split("")) { const n = unit.charCodeAt(0); o += `\\u${n > 32767 ? n - 65536 : n}?` }
  }
  return o
}

function mdEnc(r: Rng): Enc {
  return (s, role) => (role === "EMAIL" || role === "text" ? s.replace(/_/g, r.chance(0.6) ? "\\_" : "_") : s)
}

export function encoderFor(kind: string, r: Rng): Enc {
  if (kind === "html") return htmlEnc(r)
  if (kind === "form") return (s) => formEncode(s)
  if (kind === "json") return (s) => jsonEncode(s)
  if (kind === "rtf") return (s) => rtfEncode(s)
  if (kind === "markdown") return mdEnc(r)
  return plainEnc
}

const utf8Hex = (c: string) => [...new TextEncoder().encode(c)].map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")

/** Quoted-printable (RFC 2045) with soft breaks at 76 columns; returns where each input code unit's encoding starts and ends. */
export function qpEncode(text: string): { out: string; starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  let out = ""
  let col = 0
  const chars = [...text]
  let at = 0
  chars.forEach((c, i) => {
    const lineEnd = chars[i + 1] === undefined || chars[i + 1] === "\n"
    let tok = c
    if (c === "\n") col = -1
    else if (c === "=") tok = "=3D"
    else if ((c === " " || c === "\t") && lineEnd) tok = c === " " ? "=20" : "=09"
    else if (c.codePointAt(0)! > 0x7e) tok = utf8Hex(c)
    if (c !== "\n" && col + tok.length > 75) {
      out += "=\n"
      col = 0
    }
    for (let k = 0; k < c.length; k++) starts[at + k] = out.length
    out += tok
    col += tok.length
    for (let k = 0; k < c.length; k++) ends[at + k] = out.length
    at += c.length
  })
  return { out, starts, ends }
}
