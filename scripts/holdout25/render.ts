// The renderer: a text is a list of parts; literals are appended as they are, each value is appended and its
// [start, end) recorded as it goes in. Nothing is found by searching.
export type EntType = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'US_SSN' | 'UK_NINO' | 'IP_ADDRESS' | 'PERSON'
export interface Val { v: string; type?: EntType; kind?: string }
export type Part = string | number | Val | Part[] | null | undefined | false
export interface Span { type?: EntType; kind?: string; start: number; end: number }
export interface Rendered { text: string; entities: Span[]; negatives: Span[] }

export const E = (type: EntType, v: string): Val => ({ v, type })
export const N = (kind: string, v: string): Val => ({ v, kind })

// tagged template: t`Name: ${person}\n` keeps values as values
export function t(strs: TemplateStringsArray, ...vals: Part[]): Part[] {
  const out: Part[] = []
  strs.forEach((s, i) => { out.push(s); if (i < vals.length) out.push(vals[i]) })
  return out
}

export function render(parts: Part[], nfd = false): Rendered {
  let text = ''
  const entities: Span[] = []
  const negatives: Span[] = []
  const walk = (p: Part) => {
    if (p === null || p === undefined || p === false) return
    if (Array.isArray(p)) { for (const q of p) walk(q); return }
    if (typeof p === 'number') { text += String(p); return }
    if (typeof p === 'string') { text += nfd ? p.normalize('NFD') : p; return }
    const v = nfd ? p.v.normalize('NFD') : p.v
    const start = text.length
    text += v
    if (p.type) entities.push({ type: p.type, start, end: text.length })
    else negatives.push({ kind: p.kind, start, end: text.length })
  }
  walk(parts)
  return { text, entities, negatives }
}

// change a value's text (lower case for SMS and transcripts) keeping its label
export const mapV = (p: Part, f: (s: string) => string): Part =>
  p === null || p === undefined || p === false || typeof p === 'number' ? p : Array.isArray(p) ? p.map((q) => mapV(q, f)) : typeof p === 'string' ? f(p) : { ...p, v: f(p.v) }
