// Templates: literal text with `{slot}` holes (`{^slot}` opens a sentence: first letter in capitals), `{|one|other}` choices (each may hold holes) and `[[kind:text]]`
// lookalikes written inline. A template line that renders to white space only, or holds an optional hole `{?slot}`
// that came out empty, is dropped with its line break.
import type { Piece } from "./draft.ts"
import type { Rng } from "./rng.ts"

type Node = { lit: string } | { slot: string } | { choice: Node[][] } | { neg: string; text: string }

export interface Resolver {
  rng: Rng
  resolve(slot: string): Piece[]
}

/** Parses `src` from `i` until one of `stops` (at depth 0) or the end; returns the nodes and where it stopped. */
function parseSeq(src: string, i: number, stops: string): [Node[], number] {
  const out: Node[] = []
  let lit = ""
  const flush = () => {
    if (lit) out.push({ lit })
    lit = ""
  }
  while (i < src.length && !stops.includes(src[i]!)) {
    if (src.startsWith("[[", i)) {
      const end = src.indexOf("]]", i)
      const body = src.slice(i + 2, end)
      const colon = body.indexOf(":")
      flush()
      out.push({ neg: body.slice(0, colon), text: body.slice(colon + 1) })
      i = end + 2
    } else if (src[i] === "{" && src[i + 1] === "|") {
      flush()
      const alts: Node[][] = []
      i += 2
      for (;;) {
        const [alt, at] = parseSeq(src, i, "|}")
        alts.push(alt)
        i = at + 1
        if (src[at] === "}") break
      }
      out.push({ choice: alts })
    } else if (src[i] === "{") {
      const end = src.indexOf("}", i)
      flush()
      out.push({ slot: src.slice(i + 1, end) })
      i = end + 1
    } else {
      lit += src[i]
      i++
    }
  }
  flush()
  return [out, i]
}

const cache = new Map<string, Node[]>()
function parse(src: string): Node[] {
  let nodes = cache.get(src)
  if (!nodes) {
    nodes = parseSeq(src, 0, "")[0]
    cache.set(src, nodes)
  }
  return nodes
}

/** The first letter in capitals (a phrase opening a sentence). */
function capital(ps: Piece[]): Piece[] {
  const i = ps.findIndex((p) => p.t !== "")
  if (i < 0) return ps
  const p = ps[i]!
  const out = [...ps]
  out[i] = { ...p, t: p.t.charAt(0).toUpperCase() + p.t.slice(1) }
  return out
}

/** Renders nodes; false when an optional hole (`{?slot}`) came out empty, so that its line is dropped. */
function renderNodes(nodes: readonly Node[], r: Resolver, out: Piece[]): boolean {
  let whole = true
  for (const n of nodes) {
    if ("lit" in n) out.push({ t: n.lit })
    else if ("neg" in n) out.push({ t: n.text, neg: n.neg })
    else if ("choice" in n) whole = renderNodes(r.rng.pick(n.choice), r, out) && whole
    else if (n.slot.startsWith("^")) out.push(...capital(r.resolve(n.slot.slice(1))))
    else if (n.slot.startsWith("?")) {
      const ps = r.resolve(n.slot.slice(1))
      if (ps.every((p) => p.t === "")) whole = false
      out.push(...ps)
    } else out.push(...r.resolve(n.slot))
  }
  return whole
}

/** Renders a template; a line that holds holes and comes out blank is dropped. */
export function render(src: string, r: Resolver): Piece[] {
  const out: Piece[] = []
  const lines = src.split("\n")
  lines.forEach((line, i) => {
    const ps: Piece[] = []
    const whole = renderNodes(parse(line), r, ps)
    const blank = ps.every((p) => p.t.trim() === "")
    if (!whole || (blank && line.trim() !== "")) return
    out.push(...ps)
    if (i < lines.length - 1) out.push({ t: "\n" })
  })
  return out
}
