// A text as segments: plain text, labels (an entity type) and lookalikes (a negative kind). Offsets come from
// construction, never from searching. Lower case (transcripts) keeps offsets: a character whose lower case has another
// length stays as it is.
export interface Seg { t: string; ent?: string; neg?: string }
export interface Span { start: number; end: number }
export interface Out { text: string; entities: Array<{ type: string } & Span>; negatives: Array<{ kind: string } & Span> }

export const plain = (t: string): Seg => ({ t })
export const ent = (type: string, t: string): Seg => ({ t, ent: type })
export const neg = (kind: string, t: string): Seg => ({ t, neg: kind })

/** Lower case, one code point at a time, keeping every character whose lower case has another length. */
export function lowerKeep(s: string): string {
  return Array.from(s, (c) => {
    const l = c.toLowerCase()
    return l.length === c.length ? l : c
  }).join("")
}

/** The segments joined, with their spans. A value ending in a period takes the sentence's own period. */
export function assemble(segs: Seg[], lower: boolean): Out {
  let text = ""
  const entities: Out["entities"] = []
  const negatives: Out["negatives"] = []
  let prevDot = false
  for (const s of segs) {
    let t = lower ? lowerKeep(s.t) : s.t
    if (!s.ent && !s.neg && prevDot && t.startsWith(".") && !t.startsWith("..")) t = t.slice(1)
    if (!t) continue
    const start = text.length
    text += t
    if (s.ent) entities.push({ type: s.ent, start, end: text.length })
    else if (s.neg) negatives.push({ kind: s.neg, start, end: text.length })
    prevDot = !!(s.ent || s.neg) && t.endsWith(".")
  }
  return { text, entities, negatives }
}

const WORD = /[\p{L}\p{N}\p{M}]/u
/** Particles that are no name part of their own. */
export const PARTICLES = new Set(["van", "der", "den", "de", "da", "dos", "das", "del", "di", "le", "la", "el", "i", "y", "e"])
const lowerName = (s: string) => lowerKeep(s)

/** Spans trimmed, apart, on word boundaries (a letter may stand before a phone); name parts labeled; name-words no names. */
export function keeps(o: Out, parts: string[]): boolean {
  const all = [...o.entities.map((e) => ({ ...e, k: e.type })), ...o.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = o.text.slice(s.start, s.end)
    if (!v || v.trim() !== v) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(o.text[s.end] ?? " ")) return false
    if (s.k !== "PHONE" && WORD.test(o.text[s.start - 1] ?? " ")) return false
    if (s.k === "PHONE" && /[\p{N}\p{M}]/u.test(o.text[s.start - 1] ?? " ")) return false
  }
  const ok = [...o.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...o.negatives.filter((n) => n.kind === "name-word")]
  const hay = lowerName(o.text)
  const names = parts.map(lowerName).filter((p) => p.length >= 3 && !PARTICLES.has(p))
  for (const part of names) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  for (const n of o.negatives.filter((x) => x.kind === "name-word")) if (names.includes(lowerName(o.text.slice(n.start, n.end)))) return false
  return true
}
