// A text under construction: plain pieces, labeled values and lookalikes, each span recorded as it is appended.
export interface Ent { start: number; end: number; type: string }
export interface Neg { start: number; end: number; kind: string }

const WORD = /[\p{L}\p{N}\p{M}]/u
/** Lower case that keeps every UTF-16 index (Turkish İ would grow by one). */
export const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  /** Name parts of everyone named, for the whole-word check. */
  parts: string[] = []
  /** Applied to plain pieces only (OCR noise), never to a labeled value. */
  noise: ((s: string) => string) | undefined

  t(s: string): this {
    this.text += this.noise ? this.noise(s) : s
    return this
  }
  e(type: string, v: string): this {
    this.entities.push({ start: this.text.length, end: this.text.length + v.length, type })
    this.text += v
    return this
  }
  n(kind: string, v: string): this {
    this.negatives.push({ start: this.text.length, end: this.text.length + v.length, kind })
    this.text += v
    return this
  }
}

/** Whether a finished draft keeps: spans trimmed, on word boundaries, apart; every name part labeled where it stands. */
export function keeps(d: Draft): boolean {
  const all = [...d.entities, ...d.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (!v || v.trim() !== v || s.end > d.text.length) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.end] ?? " ") || WORD.test(d.text[s.start - 1] ?? " ")) return false
  }
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = lower(d.text)
  for (const part of new Set(d.parts.map(lower).filter((p) => p.length >= 3))) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return true
}
