// Builds one text piece by piece, so every label's offsets come from the text as written
// (NFD texts are decomposed piece by piece; a piece never starts with a combining mark).
export interface Entity { type: string; start: number; end: number }
export interface Negative { kind: string; start: number; end: number }

const PARTICLES = new Set(["de", "la", "del", "van", "den", "der", "von", "di", "da", "dos", "do", "le", "du", "ó", "ní", "mac", "mc", "nic", "ui", "bin", "y", "e", "i"])

export class Doc {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  nameParts: string[] = []
  constructor(readonly nfd: boolean) {}

  private put(s: string): [number, number] {
    const w = this.nfd ? s.normalize("NFD") : s
    const start = this.text.length
    this.text += w
    return [start, this.text.length]
  }
  t(s: string): this {
    this.put(s)
    return this
  }
  ent(type: string, s: string): this {
    const [start, end] = this.put(s)
    this.entities.push({ type, start, end })
    return this
  }
  neg(kind: string, s: string): this {
    const [start, end] = this.put(s)
    this.negatives.push({ kind, start, end })
    return this
  }
  /** A person's name as written; its distinctive parts are remembered for the leak check. */
  person(s: string): this {
    for (const p of s.split(/[\s-]+/)) if (p.length >= 2 && !PARTICLES.has(p.toLowerCase())) this.nameParts.push(p)
    return this.ent("PERSON", s)
  }
  /** A name hidden inside an email address still counts as a name part (it lies inside the EMAIL label). */
  email(s: string): this {
    return this.ent("EMAIL", s)
  }
}
