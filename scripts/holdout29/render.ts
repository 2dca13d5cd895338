// The renderer: appends literals and values and records where each labeled value went. Nothing is searched for.
export interface Span { type?: string; kind?: string; start: number; end: number }
export class Builder {
  text = ''
  ents: Span[] = []
  negs: Span[] = []
  constructor(readonly nfd = false, readonly lower = false) {}
  private norm(s: string): string { const x = this.lower ? s.toLowerCase() : s; return this.nfd ? x.normalize('NFD') : x.normalize('NFC') }
  t(...parts: string[]): this { for (const p of parts) this.text += this.norm(p); return this }
  e(type: string, v: string): this { const start = this.text.length; this.text += this.norm(v); this.ents.push({ type, start, end: this.text.length }); return this }
  n(kind: string, v: string): this { const start = this.text.length; this.text += this.norm(v); this.negs.push({ kind, start, end: this.text.length }); return this }
  get last(): string { return this.text.slice(-1) }
}
