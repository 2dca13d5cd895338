// A text under construction: plain pieces, labeled entities and labeled lookalikes, offsets in UTF-16 code units.
export interface Ent { type: string; start: number; end: number }
export interface Neg { kind: string; start: number; end: number }

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  /** Every given and family name part written, for the name-part rule. */
  parts: string[] = []

  t(s: string): this {
    this.text += s
    return this
  }
  e(type: string, v: string): this {
    this.entities.push({ type, start: this.text.length, end: this.text.length + v.length })
    this.text += v
    return this
  }
  n(kind: string, v: string): this {
    this.negatives.push({ kind, start: this.text.length, end: this.text.length + v.length })
    this.text += v
    return this
  }
  /** A person's name as written, its parts remembered. */
  p(v: string, parts: string[]): this {
    this.parts.push(...parts)
    return this.e("PERSON", v)
  }
}
