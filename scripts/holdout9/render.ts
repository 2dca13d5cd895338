// Tagged-literal templates whose holes are labeled values. The renderer
// appends each literal and each value and records where the value went, so
// every offset comes from construction on the final text (UTF-16 indices).

export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"

export interface Labeled {
  label: "entity" | "negative"
  type: string
  value: string
}

export interface Piece {
  strings: readonly string[]
  holes: Hole[]
}
/** A hole is plain text, a labeled value, or a nested piece (rendered in place). */
export type Hole = string | number | Labeled | Piece

export interface Span {
  type: string
  start: number
  end: number
}

export interface Rendered {
  text: string
  entities: Span[]
  negatives: { kind: string; start: number; end: number }[]
}

export const t = (strings: TemplateStringsArray, ...holes: Hole[]): Piece => ({ strings: [...strings], holes })

export const ent = (type: EntityType, value: string): Labeled => ({ label: "entity", type, value })
export const neg = (kind: string, value: string): Labeled => ({ label: "negative", type: kind, value })

export function render(piece: Piece): Rendered {
  const out: Rendered = { text: "", entities: [], negatives: [] }
  append(out, piece)
  return out
}

function append(out: Rendered, piece: Piece): void {
  piece.strings.forEach((literal, i) => {
    out.text += literal
    if (i >= piece.holes.length) return
    const hole = piece.holes[i]!
    if (typeof hole !== "object") out.text += String(hole)
    else if ("strings" in hole) append(out, hole)
    else {
      const start = out.text.length
      out.text += hole.value
      const span = { start, end: out.text.length }
      if (hole.label === "entity") out.entities.push({ type: hole.type, ...span })
      else out.negatives.push({ kind: hole.type, ...span })
    }
  })
}
