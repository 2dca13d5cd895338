// A text written piece by piece; every labeled piece records its own offsets, so a
// label can never drift from the text it names.
export interface Span { start: number; end: number }
export interface Entity extends Span { type: string }
export interface Negative extends Span { kind: string }

export class Doc {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Given and family names of the people in the text (the name-part rule reads them). */
  nameParts: string[] = []
  constructor(readonly nfd: boolean) {}

  add(s: string): this {
    this.text += this.nfd ? s.normalize("NFD") : s
    return this
  }

  ent(type: string, v: string): this {
    const start = this.text.length
    this.add(v)
    this.entities.push({ type, start, end: this.text.length })
    return this
  }

  neg(kind: string, v: string): this {
    const start = this.text.length
    this.add(v)
    this.negatives.push({ kind, start, end: this.text.length })
    return this
  }

  person(written: string, parts: readonly string[]): this {
    this.nameParts.push(...parts)
    return this.ent("PERSON", written)
  }
}
