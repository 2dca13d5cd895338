// The renderer: a text is built piece by piece; each labeled value records where it went as it is appended.
// Offsets are never found by searching.
export interface Span { type?: string; kind?: string; start: number; end: number }
export interface Line { id: string; lang: string; kind: string; text: string; entities: Span[]; negatives: Span[] }

export type EntityType = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'US_SSN' | 'UK_NINO' | 'IP_ADDRESS' | 'PERSON'

export class Builder {
  text = ''
  entities: Span[] = []
  negatives: Span[] = []
  constructor(readonly opts: { nfd?: boolean; lower?: boolean } = {}) {}
  private norm(s: string): string {
    let v = this.opts.lower ? s.toLowerCase() : s
    if (this.opts.nfd) v = v.normalize('NFD')
    return v
  }
  /** literal text */
  t(s: string): this {
    this.text += this.norm(s)
    return this
  }
  /** a labeled value */
  e(type: EntityType, v: string): this {
    const s = this.norm(v)
    const start = this.text.length
    this.text += s
    this.entities.push({ type, start, end: this.text.length })
    return this
  }
  /** a lookalike */
  n(kind: string, v: string): this {
    const s = this.norm(v)
    const start = this.text.length
    this.text += s
    this.negatives.push({ kind, start, end: this.text.length })
    return this
  }
}
