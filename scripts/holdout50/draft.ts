// A text as it is written: literal pieces and labeled spans appended in order, offsets taken from construction. `keeps`
// is the check a text must pass before it is kept (else it is drawn again from the next seed).
export interface Entity { type: string; start: number; end: number }
export interface Negative { kind: string; start: number; end: number }

export const WORD = /[\p{L}\p{N}\p{M}]/u
/** Not name parts: particles and connectors inside names. */
export const PARTICLES = new Set(["bin", "binti", "ben", "ibn", "bint", "al", "el", "de", "del", "la", "las", "los", "dela", "delos", "van", "der", "da", "dos", "do", "di", "við"])
export const lower = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

export class Draft {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Every name part of every person named in the text. */
  parts: string[] = []

  put(s: string): this {
    this.text += s
    return this
  }
  ent(type: string, s: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
  neg(kind: string, s: string): this {
    this.negatives.push({ kind, start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
  addParts(...names: string[]): void {
    for (const n of names) for (const p of n.split(/[\s-]+/)) if (p && !PARTICLES.has(lower(p)) && !this.parts.includes(p)) this.parts.push(p)
  }
}

function spansSound(d: Draft): boolean {
  const all = [...d.entities, ...d.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (!v || v.trim() !== v || s.end > d.text.length) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.start - 1] ?? " ") || WORD.test(d.text[s.end] ?? " ")) return false
  }
  return true
}

/** Every whole-word use of a name part (three letters or more) lies in a PERSON or EMAIL label or a name-word. */
function namePartsCovered(d: Draft): boolean {
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

export const keeps = (d: Draft) => spansSound(d) && namePartsCovered(d)
