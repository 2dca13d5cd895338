// Tagged-literal renderer: literals are appended, values are appended and
// their offsets recorded on the final string, so no span is found by search.
export type EntityType = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'US_SSN' | 'UK_NINO' | 'IP_ADDRESS' | 'PERSON'

export interface Span { start: number; end: number }
export interface Entity extends Span { type: EntityType }
export interface Negative extends Span { kind: string }

/** A value for a hole: plain text, an entity, a lookalike, or several pieces in a row. */
export type Piece = string | number | { text: string; type: EntityType } | { text: string; neg: string } | Piece[]

export const E = (type: EntityType, text: string): Piece => ({ text, type })
export const N = (neg: string, text: string): Piece => ({ text, neg })

export interface Rendered { text: string; entities: Entity[]; negatives: Negative[] }

export function createDoc() {
  let text = ''
  const entities: Entity[] = []
  const negatives: Negative[] = []
  const add = (piece: Piece): void => {
    if (Array.isArray(piece)) { for (const p of piece) add(p); return }
    if (typeof piece === 'string' || typeof piece === 'number') { text += String(piece); return }
    const start = text.length
    text += piece.text
    if ('type' in piece) entities.push({ type: piece.type, start, end: text.length })
    else negatives.push({ kind: piece.neg, start, end: text.length })
  }
  /** Appends a tagged literal: `doc.t\`Hi ${E('PERSON', 'Anna')}\``. */
  const t = (strings: TemplateStringsArray, ...values: Piece[]): void => {
    strings.forEach((s, i) => {
      text += s
      if (i < values.length) add(values[i] as Piece)
    })
  }
  const done = (): Rendered => ({ text, entities, negatives })
  return { t, add, done }
}

export type Doc = ReturnType<typeof createDoc>
