// A text being written: plain text, labels (entities) and lookalikes (negatives), with the checks a text must pass
// before it is kept.

export interface Entity { start: number; end: number; type: string }
export interface Negative { start: number; end: number; kind: string }
/** A piece of rendered text: plain, a label (`type`) or a lookalike (`kind`). */
export type Piece = string | { t: string; type?: string; kind?: string }

const WORD = /[\p{L}\p{N}\p{M}]/u
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

export class Draft {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Name parts of everyone in the text, and the name-words used as words. */
  parts: string[] = []

  add(p: Piece): void {
    if (typeof p === "string") {
      this.text += p
      return
    }
    const start = this.text.length
    this.text += p.t
    if (p.t.length === 0) return
    if (p.type) this.entities.push({ start, end: this.text.length, type: p.type })
    else if (p.kind) this.negatives.push({ start, end: this.text.length, kind: p.kind })
  }
  addAll(ps: Piece[]): void {
    for (const p of ps) this.add(p)
  }
}

/** Spans in bounds, trimmed, apart, on word boundaries. */
function spansSound(d: Draft): boolean {
  const all = [...d.entities, ...d.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (v.length === 0 || v.trim() !== v) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.start - 1] ?? " ") || WORD.test(d.text[s.end] ?? " ")) return false
  }
  return true
}

/** Every whole-word use of a name part lies inside a PERSON or EMAIL label or a name-word lookalike. */
export function namePartsCovered(text: string, parts: string[], spans: Array<{ start: number; end: number }>): boolean {
  const hay = lower(text)
  for (const part of parts.map(lower).filter((p) => p.length >= 3)) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!spans.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return true
}

export function keeps(d: Draft): boolean {
  if (d.text.trim().length === 0 || !spansSound(d)) return false
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  if (!namePartsCovered(d.text, d.parts, ok)) return false
  const parts = new Set(d.parts.map(lower))
  return !d.negatives.some((n) => n.kind === "name-word" && parts.has(lower(d.text.slice(n.start, n.end))))
}
