// A text being written, with its labels (entities) and lookalikes (negatives) as UTF-16 offsets, and the check that
// decides whether a drawn text is kept.
export interface Ent { start: number; end: number; type: string }
export interface Neg { start: number; end: number; kind: string }
/** A piece of text: plain, a label (`type`) or a lookalike (`kind`). */
export type Piece = string | { t: string; type?: string; kind?: string }

const WORD = /[\p{L}\p{N}\p{M}]/u

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  /** Name parts of everyone named in the text, for the name-part rule. */
  parts: string[] = []

  put(...ps: Piece[]): this {
    for (const p of ps) {
      if (typeof p === "string") {
        this.text += p
        continue
      }
      const start = this.text.length
      this.text += p.t
      if (p.type) this.entities.push({ start, end: this.text.length, type: p.type })
      else if (p.kind) this.negatives.push({ start, end: this.text.length, kind: p.kind })
    }
    return this
  }

  line(...ps: Piece[]): this {
    return this.put(...ps, "\n")
  }
}

/** Fills `{key}` slots of a template with pieces; an unknown key is an error, so no slot is left in a text. */
export function fill(tpl: string, vals: Record<string, Piece | Piece[]>): Piece[] {
  const out: Piece[] = []
  let last = 0
  for (const m of tpl.matchAll(/\{(\w+)\}/g)) {
    out.push(tpl.slice(last, m.index))
    const v = vals[m[1]!]
    if (v === undefined) throw new Error(`holdout48: no value for {${m[1]}} in ${JSON.stringify(tpl)}`)
    out.push(...(Array.isArray(v) ? v : [v]))
    last = m.index! + m[0].length
  }
  out.push(tpl.slice(last))
  return out.filter((p) => p !== "")
}

const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

/** Every span trimmed, on word boundaries and apart; every whole-word use of a name part inside a PERSON or EMAIL label or a name-word. */
export function keeps(d: Draft): boolean {
  const all = [...d.entities, ...d.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (v.trim() !== v || v === "") return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.start - 1] ?? " ") || WORD.test(d.text[s.end] ?? " ")) return false
  }
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = lower(d.text)
  for (const part of d.parts.map(lower).filter((p) => p.length >= 3)) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return true
}
