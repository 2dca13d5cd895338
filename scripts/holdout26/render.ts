// The renderer: literals and values are appended in order and each value's place is recorded as it is written.
export interface Label { type?: string; kind?: string; start: number; end: number }
export interface Line { id: string; lang: string; kind: string; text: string; entities: Label[]; negatives: Label[] }

export class B {
  text = ''
  entities: Label[] = []
  negatives: Label[] = []
  /** nfd: every piece written decomposed; lower: every piece lower-cased (speech to text) */
  /** map: a rewrite of every piece (Greek written in Latin letters, Greeklish) */
  constructor(public nfd = false, public lower = false, public map?: (s: string) => string) {}
  private f(s: string): string {
    let x = this.map ? this.map(s) : s
    if (this.nfd) x = x.normalize('NFD')
    if (this.lower) x = x.toLowerCase()
    return x
  }
  t(s: string): this { this.text += this.f(s); return this }
  e(type: string, v: string): this {
    const s = this.f(v)
    this.entities.push({ type, start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
  n(kind: string, v: string): this {
    const s = this.f(v)
    this.negatives.push({ kind, start: this.text.length, end: this.text.length + s.length })
    this.text += s
    return this
  }
}
