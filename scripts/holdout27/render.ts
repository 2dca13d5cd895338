// The renderer: a text is appended piece by piece, and each labeled value records where it went as it is appended.
// Offsets are never found by searching the finished text.
export type EntityType = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'US_SSN' | 'UK_NINO' | 'IP_ADDRESS' | 'PERSON'
export interface Entity { type: EntityType; start: number; end: number }
export interface Negative { kind: string; start: number; end: number }
export type Seg = string | { type: EntityType; v: string } | { kind: string; v: string } | Seg[]

export class Renderer {
  text = ''
  entities: Entity[] = []
  negatives: Negative[] = []
  constructor(readonly opts: { nfd?: boolean; lower?: boolean } = {}) {}
  private norm(s: string): string {
    let x = this.opts.nfd ? s.normalize('NFD') : s
    if (this.opts.lower) x = x.toLowerCase()
    return x
  }
  add(...segs: Seg[]): this {
    for (const s of segs) {
      if (Array.isArray(s)) { this.add(...s); continue }
      if (typeof s === 'string') { this.text += this.norm(s); continue }
      const v = this.norm(s.v)
      const start = this.text.length
      this.text += v
      if ('type' in s) this.entities.push({ type: s.type, start, end: this.text.length })
      else this.negatives.push({ kind: s.kind, start, end: this.text.length })
    }
    return this
  }
}
export const E = (type: EntityType, v: string): Seg => ({ type, v })
export const N = (kind: string, v: string): Seg => ({ kind, v })
