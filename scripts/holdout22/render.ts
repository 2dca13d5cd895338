// The renderer: a text is a list of literals and spans; offsets are where each value was appended.
export interface Span { e?: string; n?: string; v: string }
export type Part = string | number | Span | Part[] | null | undefined | false
export const E = (type: string, v: string): Span => ({ e: type, v })
export const N = (kind: string, v: string): Span => ({ n: kind, v })
/** Tagged template: literals stay text, interpolations are parts (strings, spans or lists of them). */
export function x(strs: TemplateStringsArray, ...vals: Part[]): Part[] {
  const out: Part[] = []
  strs.forEach((s, i) => {
    out.push(s)
    if (i < vals.length) out.push(vals[i])
  })
  return out
}
export const join = (parts: Part[], sep: string): Part[] => parts.flatMap((p, i) => (i ? [sep, p] : [p]))
export interface Label { type?: string; kind?: string; start: number; end: number }
export interface Rendered { text: string; entities: Label[]; negatives: Label[] }
export function render(root: Part, opts: { nfd?: boolean; lower?: boolean } = {}): Rendered {
  let text = ''
  const entities: Label[] = []
  const negatives: Label[] = []
  const norm = (s: string) => {
    let t = opts.lower ? s.toLowerCase() : s
    if (opts.nfd) t = t.normalize('NFD')
    return t
  }
  const walk = (p: Part) => {
    if (p === null || p === undefined || p === false) return
    if (typeof p === 'string' || typeof p === 'number') text += norm(String(p))
    else if (Array.isArray(p)) p.forEach(walk)
    else {
      const low = opts.lower && (p.e === 'PERSON' || p.e === 'EMAIL' || p.n === 'name-word' || p.n === 'date')
      const v = opts.nfd ? (low ? p.v.toLowerCase() : p.v).normalize('NFD') : low ? p.v.toLowerCase() : p.v
      const start = text.length
      text += v
      if (p.e) entities.push({ type: p.e, start, end: text.length })
      else negatives.push({ kind: p.n, start, end: text.length })
    }
  }
  walk(root)
  return { text, entities, negatives }
}
