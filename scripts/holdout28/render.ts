// The renderer: a text is appended piece by piece, and each labeled value records where it went as it is written.
// Nothing is found by searching. A text written in NFD has every piece decomposed as it is appended.
export interface Span { type?: string; kind?: string; start: number; end: number }

export class Doc {
  text = ''
  entities: Span[] = []
  negatives: Span[] = []
  constructor(readonly nfd = false) {}
  private put(s: string): [number, number] {
    const v = this.nfd ? s.normalize('NFD') : s
    const start = this.text.length
    this.text += v
    return [start, this.text.length]
  }
  t(...s: string[]): this { for (const x of s) this.put(x); return this }
  e(type: string, v: string): this { const [start, end] = this.put(v); this.entities.push({ type, start, end }); return this }
  n(kind: string, v: string): this { const [start, end] = this.put(v); this.negatives.push({ kind, start, end }); return this }
}
