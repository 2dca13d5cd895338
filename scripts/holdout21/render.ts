// The renderer: a text is a list of pieces, literals and labeled values. It appends each piece and
// records where each value went, so offsets come from construction and nothing is found by searching.
export interface Span {
  readonly label: 'ent' | 'neg'
  readonly type: string
  readonly v: string
}
export type Piece = string | number | Span | readonly Piece[] | null | undefined | false

export const ENT = (type: string, v: string): Span => ({ label: 'ent', type, v })
export const NEG = (type: string, v: string): Span => ({ label: 'neg', type, v })

/** A tagged template that keeps its values as pieces: t`Name: ${P} tel. ${ph}`. */
export function t(strings: TemplateStringsArray, ...vals: Piece[]): Piece[] {
  const out: Piece[] = []
  strings.forEach((s, i) => {
    out.push(s)
    if (i < vals.length) out.push(vals[i])
  })
  return out
}

export interface Label {
  type?: string
  kind?: string
  start: number
  end: number
}
export interface Rendered {
  text: string
  entities: Label[]
  negatives: Label[]
}

export interface RenderOpts {
  /** write every piece in NFD (a macOS export): names then hold combining marks and their spans count them */
  nfd?: boolean
  /** lower-case every piece (speech-to-text) */
  lower?: boolean
}

export function render(pieces: Piece[], opts: RenderOpts = {}): Rendered {
  let text = ''
  const entities: Label[] = []
  const negatives: Label[] = []
  const fix = (s: string) => {
    let r = opts.nfd ? s.normalize('NFD') : s
    if (opts.lower) r = r.toLowerCase()
    return r
  }
  const walk = (p: Piece): void => {
    if (p === null || p === undefined || p === false) return
    if (typeof p === 'string' || typeof p === 'number') {
      text += fix(String(p))
      return
    }
    if (Array.isArray(p)) {
      for (const q of p) walk(q)
      return
    }
    const s = p as Span
    const v = fix(s.v)
    const start = text.length
    text += v
    if (s.label === 'ent') entities.push({ type: s.type, start, end: text.length })
    else negatives.push({ kind: s.type, start, end: text.length })
  }
  walk(pieces)
  return { text, entities, negatives }
}

/** joins pieces with a separator piece */
export function join(items: readonly Piece[], sep: Piece): Piece[] {
  const out: Piece[] = []
  items.forEach((x, i) => {
    if (i > 0) out.push(sep)
    out.push(x)
  })
  return out
}
