// The renderer: appends literals and values and records where each value went. Offsets are never searched for.
export interface Label { type?: string; kind?: string; start: number; end: number }
export class Builder {
  text = ''
  entities: Label[] = []
  negatives: Label[] = []
  names = new Set<string>()
  constructor(public nfd = false) {}
  private add(s: string): [number, number] { const v = this.nfd ? s.normalize('NFD') : s; const st = this.text.length; this.text += v; return [st, this.text.length] }
  t(s: string): this { this.add(s); return this }
  e(type: string, v: string): this { const [start, end] = this.add(v); this.entities.push({ type, start, end }); return this }
  n(kind: string, v: string): this { const [start, end] = this.add(v); this.negatives.push({ kind, start, end }); return this }
}
