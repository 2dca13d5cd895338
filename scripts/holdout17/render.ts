// Texts are built from literal pieces and labeled spans; offsets come from the lengths of what
// was appended before each span (UTF-16 code units, as JavaScript counts), never from a search.
export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"

export interface Span {
  text: string
  type?: EntityType
  neg?: string
}

export type Piece = string | Span | readonly Piece[]

export interface Entity { type: EntityType; start: number; end: number }
export interface Negative { kind: string; start: number; end: number }
export interface Rendered { text: string; entities: Entity[]; negatives: Negative[] }

export const ent = (type: EntityType, text: string): Span => ({ text, type })
export const neg = (kind: string, text: string): Span => ({ text, neg: kind })

/** Tagged literal: `t\`Hi ${name}\`` keeps the pieces in order for render(). */
export function t(strings: TemplateStringsArray, ...values: Piece[]): Piece[] {
  const out: Piece[] = []
  strings.forEach((s, i) => {
    out.push(s)
    if (i < values.length) out.push(values[i] as Piece)
  })
  return out
}

export function render(pieces: Piece): Rendered {
  let text = ""
  const entities: Entity[] = []
  const negatives: Negative[] = []
  const walk = (p: Piece) => {
    if (typeof p === "string") {
      text += p
      return
    }
    if (Array.isArray(p)) {
      for (const q of p) walk(q)
      return
    }
    const span = p as Span
    if (typeof span.text !== "string") throw new Error(`a template interpolated a ${typeof p}, not a string or a span`)
    const start = text.length
    text += span.text
    if (span.type) entities.push({ type: span.type, start, end: text.length })
    else if (span.neg) negatives.push({ kind: span.neg, start, end: text.length })
  }
  walk(pieces)
  return { text, entities, negatives }
}
