// The text being written, with its labels and lookalikes kept in text order as they are appended.
export interface Ent { type: string; start: number; end: number }
export interface Neg { kind: string; start: number; end: number }

/** A piece of text: plain, a label (`e`) or a lookalike (`n`). */
export type Piece = string | { e: string; v: string } | { n: string; v: string }
export const E = (type: string, v: string): Piece => ({ e: type, v })
export const N = (kind: string, v: string): Piece => ({ n: kind, v })

/** The pieces of a phrase with `{0}`, `{1}` … filled by the pieces given. */
export function fill(phrase: string, ...args: Piece[][]): Piece[] {
  const out: Piece[] = []
  for (const part of phrase.split(/(\{\d\})/)) {
    const m = /^\{(\d)\}$/.exec(part)
    if (m) out.push(...(args[Number(m[1])] ?? []))
    else if (part) out.push(part)
  }
  return out
}

/** The text a piece list reads as, labels and lookalikes included. */
export const plainText = (ps: readonly Piece[]) => ps.map((p) => (typeof p === "string" ? p : p.v)).join("")

/** Maps the text of every plain piece (not labels or lookalikes), for lower-casing and the like. */
export const mapPlain = (ps: readonly Piece[], f: (s: string) => string): Piece[] => ps.map((p) => (typeof p === "string" ? f(p) : p))

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  /** Every name part of every person named, for the name-part rule. */
  parts: string[] = []

  put(...ps: Array<Piece | Piece[]>): this {
    for (const p of ps.flat()) {
      if (typeof p === "string") this.text += p
      else if ("e" in p) this.entities.push({ type: p.e, ...this.span(p.v) })
      else this.negatives.push({ kind: p.n, ...this.span(p.v) })
    }
    return this
  }

  private span(v: string) {
    const start = this.text.length
    this.text += v
    return { start, end: this.text.length }
  }
}
