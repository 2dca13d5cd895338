// The renderer: literals and values are appended in order and each value's span is recorded as it is written.
// A text may be lower case (transcripts, some SMS) or NFD (some forms and mails): the piece is transformed before
// it is appended, so the offsets always count the final code units.
export interface Span { type?: string; kind?: string; start: number; end: number }
export interface Item { id: string; lang: string; kind: string; region: string; text: string; entities: Span[]; negatives: Span[] }

export class B {
  text = ''
  entities: Span[] = []
  negatives: Span[] = []
  constructor(public lower = false, public nfd = false) {}
  private tf(s: string): string {
    let x = this.lower ? s.toLowerCase() : s
    if (this.nfd) x = x.normalize('NFD')
    return x
  }
  t(...parts: string[]): this { for (const p of parts) this.text += this.tf(p); return this }
  e(type: string, v: string): this {
    const x = type === 'IBAN' || type === 'UK_NINO' ? v : this.tf(v)
    const start = this.text.length
    this.text += x
    this.entities.push({ type, start, end: this.text.length })
    return this
  }
  n(kind: string, v: string): this {
    const x = this.tf(v)
    const start = this.text.length
    this.text += x
    this.negatives.push({ kind, start, end: this.text.length })
    return this
  }
}
