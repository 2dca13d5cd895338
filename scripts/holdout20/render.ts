// The renderer: a tagged template appends each literal and each value and records where the value
// went. Offsets are UTF-16 code units, counted by construction, never found by searching.
export interface Span { type?: string; kind?: string; start: number; end: number }
export interface Val { tag: 'E' | 'N'; label: string; v: string }
export type Part = string | Val | Part[]
export interface Doc { text: string; entities: Span[]; negatives: Span[] }

export const E = (label: string, v: string): Val => ({ tag: 'E', label, v })
export const N = (label: string, v: string): Val => ({ tag: 'N', label, v })

export interface RenderOpts { lower?: boolean; nfd?: boolean }

export function render(parts: Part[], opts: RenderOpts = {}): Doc {
  let text = ''
  const entities: Span[] = []
  const negatives: Span[] = []
  const fix = (s: string) => {
    let out = opts.lower ? s.toLowerCase() : s
    if (opts.nfd) out = out.normalize('NFD')
    return out
  }
  const walk = (p: Part) => {
    if (Array.isArray(p)) return p.forEach(walk)
    if (typeof p === 'string') {
      text += fix(p)
      return
    }
    const v = fix(p.v)
    if (opts.lower && p.tag === 'E' && p.v !== p.v.toLowerCase()) throw new Error(`value not lower case in a lower-case text: ${p.v}`)
    const start = text.length
    text += v
    const span = p.tag === 'E' ? { type: p.label, start, end: text.length } : { kind: p.label, start, end: text.length }
    ;(p.tag === 'E' ? entities : negatives).push(span)
  }
  parts.forEach(walk)
  return { text, entities, negatives }
}

// t`…${value}…` gives the parts of a text; values may be strings (literal), Val, or arrays of parts.
export function t(strings: TemplateStringsArray, ...vals: Part[]): Part[] {
  const out: Part[] = []
  strings.forEach((s, i) => {
    if (s) out.push(s)
    if (i < vals.length) out.push(vals[i] as Part)
  })
  return out
}
