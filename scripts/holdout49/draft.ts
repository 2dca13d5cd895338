// A text being written with its labels: spans are recorded as the text grows, and `keeps` checks a draft before it
// is kept (spans trimmed, on word boundaries, apart; every whole-word use of a name part labeled).
export interface Ent { type: string; start: number; end: number }
export interface Neg { kind: string; start: number; end: number }

const WORD = /[\p{L}\p{N}\p{M}]/u
const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  /** Name parts of the people named in the text (checked by the name-part rule). */
  parts: string[] = []
  t(s: string): this {
    this.text += s
    return this
  }
  e(type: string, s: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
  n(kind: string, s: string): this {
    this.negatives.push({ kind, start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
}

export function keeps(d: Draft): boolean {
  const all = [...d.entities, ...d.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (s.end > d.text.length || v.trim() !== v || v.length === 0) return false
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
