// A text written piece by piece. Each labeled piece records its offsets (UTF-16 code units)
// as it is appended, so a label cannot drift from what it names.
export interface Span { start: number; end: number }
export interface Entity extends Span { type: string }
export interface Negative extends Span { kind: string }

export class Text {
  body = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Given and family names of everyone named in the text: the name-part rule reads them. */
  nameParts: string[] = []
  constructor(readonly decomposed: boolean) {}

  say(s: string): this {
    this.body += this.decomposed ? s.normalize("NFD") : s
    return this
  }

  pii(type: string, v: string): this {
    const start = this.body.length
    this.say(v)
    this.entities.push({ type, start, end: this.body.length })
    return this
  }

  not(kind: string, v: string): this {
    const start = this.body.length
    this.say(v)
    this.negatives.push({ kind, start, end: this.body.length })
    return this
  }

  person(written: string, parts: readonly string[]): this {
    this.nameParts.push(...parts)
    return this.pii("PERSON", written)
  }
}
