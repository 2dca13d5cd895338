// A text being written: its characters, its labels (entities), its lookalikes (negatives) and the name parts of the
// people in it; `keeps` is the check a text passes before it is kept.

export interface Ent { type: string; start: number; end: number }
export interface Neg { kind: string; start: number; end: number }
/** One rendered piece: plain text, a labeled value (`ent`) or a lookalike (`neg`). */
export interface Piece { t: string; ent?: string; neg?: string }

/** Particles that are not name parts (they are words of the language too). */
export const PARTICLES = new Set(["van", "der", "den", "de", "da", "das", "dos", "do", "di", "del", "della", "la", "le", "du", "von", "zu", "ten", "ter", "af", "al", "el", "y", "e", "mac", "ní", "nic", "ó"])
const WORD = /[\p{L}\p{N}\p{M}]/u

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  parts: string[] = []

  add(p: Piece): void {
    const start = this.text.length
    this.text += p.t
    if (p.t.length === 0) return
    if (p.ent) this.entities.push({ type: p.ent, start, end: this.text.length })
    else if (p.neg) this.negatives.push({ kind: p.neg, start, end: this.text.length })
  }

  addAll(ps: readonly Piece[]): void {
    for (const p of ps) this.add(p)
  }

  /** Drops trailing white space (never inside a span: spans are trimmed). */
  trimEnd(): void {
    this.text = this.text.replace(/\s+$/u, "")
  }
}

/** Lower case letter by letter, keeping UTF-16 offsets. */
export const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

function spansSound(d: Draft): boolean {
  const all = [...d.entities, ...d.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (v.length === 0 || v.trim() !== v) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.end] ?? " ") || WORD.test(d.text[s.start - 1] ?? " ")) return false
    const first = d.text.charCodeAt(s.start)
    const last = d.text.charCodeAt(s.end - 1)
    if ((first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff)) return false
  }
  return true
}

/** Every whole-word use of a name part (three letters or more) lies inside a PERSON or EMAIL label or a name-word. */
function namePartsCovered(d: Draft): boolean {
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = lower(d.text)
  const words = new Set(d.negatives.filter((n) => n.kind === "name-word").map((n) => lower(d.text.slice(n.start, n.end))))
  for (const part of d.parts.map(lower).filter((p) => p.length >= 3 && !PARTICLES.has(p))) {
    if (words.has(part)) return false
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return true
}

export function keeps(d: Draft): boolean {
  d.entities.sort((a, b) => a.start - b.start)
  d.negatives.sort((a, b) => a.start - b.start)
  return d.text.trim().length > 0 && spansSound(d) && namePartsCovered(d)
}
