// The template renderer. A template is lines of text with:
//   {slot}          a hole the scene fills (people, values, lookalikes, business words)
//   {^slot}         the same, its first letter in capitals (opening a sentence); {~slot} in lower case
//                   (its words and labels; lookalikes stay as written)
//   {|a|b|c}        one of the choices (which may hold holes themselves)
//   {%40|text}      the text, 40 times in a hundred
//   {@US,GB|text}   the text only in these countries; {@!US|text} everywhere but there
//   [[kind:text]]   a lookalike written inline (a name-word, a time, ...)
//   {!jewel}        nothing; the template is not used for that business (the generator filters it out)
// A line starting with `?` is kept about half the time; a line that renders empty is dropped.
import type { Piece } from "./draft.ts"
import type { Rng } from "./rng.ts"

export interface Holes {
  r: Rng
  cc: string
  fill(slot: string): Piece[]
}

/** The index of the `}` closing the `{` at `open`. */
function closing(s: string, open: number): number {
  let depth = 0
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++
    else if (s[i] === "}" && --depth === 0) return i
  }
  throw new Error(`unclosed brace in: ${s}`)
}

/** Splits at top-level `|` (not inside nested braces). */
function splitTop(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ""
  for (const ch of s) {
    if (ch === "{") depth++
    if (ch === "}") depth--
    if (ch === "|" && depth === 0) {
      out.push(cur)
      cur = ""
    } else cur += ch
  }
  out.push(cur)
  return out
}

function capitalize(ps: Piece[]): Piece[] {
  const [first, ...rest] = ps
  if (first === undefined) return ps
  const up = (t: string) => t.charAt(0).toUpperCase() + t.slice(1)
  return [typeof first === "string" ? up(first) : { ...first, t: up(first.t) }, ...rest]
}

function brace(inner: string, h: Holes): Piece[] {
  if (inner.startsWith("|")) return inline(h.r.pick(splitTop(inner.slice(1))), h)
  if (inner.startsWith("%")) {
    const [p, ...text] = splitTop(inner.slice(1))
    return h.r.chance(Number(p) / 100) ? inline(text.join("|"), h) : []
  }
  if (inner.startsWith("@")) {
    const [cond, ...text] = splitTop(inner.slice(1))
    const neg = cond!.startsWith("!")
    const hit = cond!.replace("!", "").split(",").includes(h.cc)
    return hit !== neg ? inline(text.join("|"), h) : []
  }
  if (inner.startsWith("!")) return []
  if (inner.startsWith("^")) return capitalize(h.fill(inner.slice(1)))
  if (inner.startsWith("~")) return h.fill(inner.slice(1)).map((p) => (typeof p === "string" ? p.toLowerCase() : p.type ? { ...p, t: p.t.toLowerCase() } : p))
  return h.fill(inner)
}

/** One line (or part of one) rendered to pieces. */
export function inline(s: string, h: Holes): Piece[] {
  const out: Piece[] = []
  let plain = ""
  const flush = () => {
    if (plain) out.push(plain)
    plain = ""
  }
  for (let i = 0; i < s.length; i++) {
    if (s.startsWith("[[", i)) {
      const end = s.indexOf("]]", i)
      const body = s.slice(i + 2, end)
      const colon = body.indexOf(":")
      flush()
      out.push({ t: body.slice(colon + 1), kind: body.slice(0, colon) })
      i = end + 1
    } else if (s[i] === "{") {
      const end = closing(s, i)
      flush()
      out.push(...brace(s.slice(i + 1, end), h))
      i = end
    } else plain += s[i]
  }
  flush()
  return out
}

const textOf = (ps: Piece[]) => ps.map((p) => (typeof p === "string" ? p : p.t)).join("")

/** A whole template rendered to pieces, line by line. */
export function render(template: string, h: Holes): Piece[] {
  const out: Piece[] = []
  let first = true
  for (const raw of template.replace(/^\n/, "").split("\n")) {
    let line = raw
    if (line.startsWith("?")) {
      if (!h.r.chance(0.5)) continue
      line = line.slice(1)
    }
    const ps = inline(line, h)
    if (line.trim() !== "" && textOf(ps).trim() === "") continue
    if (!first) out.push("\n")
    out.push(...ps)
    first = false
  }
  return out
}
