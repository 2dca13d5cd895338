// One text under construction: plain pieces, labeled entities and negatives,
// with offsets taken as the text is written (NFD texts are decomposed piece by piece).
export interface Entity { type: string; start: number; end: number }
export interface Negative { kind: string; start: number; end: number }

const PARTICLES = new Set(["van", "der", "den", "de", "la", "du", "di", "da", "dos", "das", "bin", "binti", "ap", "mac", "an", "t"])

export class Doc {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  nameParts = new Set<string>()
  constructor(readonly nfd: boolean) {}

  private put(s: string): [number, number] {
    const v = this.nfd ? s.normalize("NFD") : s
    const start = this.text.length
    this.text += v
    return [start, this.text.length]
  }
  t(s: string): this {
    this.put(s)
    return this
  }
  e(type: string, v: string): this {
    const [start, end] = this.put(v)
    this.entities.push({ type, start, end })
    return this
  }
  n(kind: string, v: string): this {
    const [start, end] = this.put(v)
    this.negatives.push({ kind, start, end })
    return this
  }
  /** A PERSON span; every significant word of it becomes a name part the checks look for. */
  person(v: string): this {
    for (const w of v.split(/[\s-]+/)) if (w.length >= 3 && !PARTICLES.has(w.toLowerCase())) this.nameParts.add(w)
    return this.e("PERSON", v)
  }
  /** Marks words inside an address (emails) as name parts too. */
  parts(...ws: string[]): this {
    for (const w of ws) if (w.length >= 3) this.nameParts.add(w)
    return this
  }
  /** True when every name part, as written in NFC and NFD, sits inside a PERSON/EMAIL label or a name-word/date negative. */
  covered(): boolean {
    const ok = [...this.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...this.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")]
    const hay = this.text.toLowerCase()
    if (hay.length !== this.text.length) return false
    for (const part of this.nameParts) {
      for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
        for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
          if (!ok.some((s) => s.start <= at && at + form.length <= s.end)) return false
        }
      }
    }
    return true
  }
}
