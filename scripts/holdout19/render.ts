// The renderer: a text is a tree of literals and spans; build() appends them in order and records
// where each span's value went. Offsets come from construction, never from searching the text.
export interface Span { span: 'E' | 'N'; label: string; v: string }
export type Piece = string | number | Span | readonly Piece[]

export const E = (type: string, v: string): Span => ({ span: 'E', label: type, v })
export const N = (kind: string, v: string): Span => ({ span: 'N', label: kind, v })

/** Tagged template: literals stay literals, interpolated spans keep their labels. */
export function r(strs: TemplateStringsArray, ...vals: Piece[]): Piece[] {
  const out: Piece[] = []
  strs.forEach((s, i) => {
    out.push(s)
    if (i < vals.length) out.push(vals[i] as Piece)
  })
  return out
}

/** Maps every literal and every span value (lower-casing a speech-to-text transcript, say). */
export function mapText(p: Piece, f: (s: string) => string): Piece {
  if (typeof p === 'string') return f(p)
  if (typeof p === 'number') return f(String(p))
  if (Array.isArray(p)) return p.map((q) => mapText(q, f))
  const s = p as Span
  return { ...s, v: f(s.v) }
}

export interface Label { type?: string; kind?: string; start: number; end: number }
export interface Built { text: string; entities: Label[]; negatives: Label[] }

export function build(p: Piece): Built {
  const out: Built = { text: '', entities: [], negatives: [] }
  const walk = (q: Piece): void => {
    if (typeof q === 'string') out.text += q
    else if (typeof q === 'number') out.text += String(q)
    else if (Array.isArray(q)) q.forEach(walk)
    else {
      const s = q as Span
      if (s.v.length === 0 || s.v.trim() !== s.v) throw new Error(`bad span value ${JSON.stringify(s.v)}`)
      const start = out.text.length
      out.text += s.v
      if (s.span === 'E') out.entities.push({ type: s.label, start, end: out.text.length })
      else out.negatives.push({ kind: s.label, start, end: out.text.length })
    }
  }
  walk(p)
  return out
}
