// Templates are tagged literals whose holes are slots; rendering appends each
// literal and each slot's text and records where the slot landed, so every
// offset comes from construction on the final string, then is re-checked.
export const ENTITY_TYPES = ["EMAIL", "PHONE", "CARD", "IBAN", "US_SSN", "UK_NINO", "IP_ADDRESS", "PERSON"] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

export type Slot = { readonly v: string; readonly type?: EntityType; readonly neg?: string }
export type Part = string | number | Slot | readonly Part[]

export type Span = { start: number; end: number }
export type Entity = Span & { type: EntityType }
export type Negative = Span & { kind: string }
export type Rendered = { text: string; entities: Entity[]; negatives: Negative[] }

export const ent = (type: EntityType, v: string): Slot => ({ v, type })
export const neg = (kind: string, v: string): Slot => ({ v, neg: kind })

/** Tagged literal: `t\`Hi ${person}, ...\`` → parts, holes kept as slots. */
export function t(strings: TemplateStringsArray, ...holes: Part[]): Part[] {
  const parts: Part[] = []
  strings.forEach((s, i) => {
    if (s) parts.push(s)
    if (i < holes.length) parts.push(holes[i] as Part)
  })
  return parts
}

export function render(parts: readonly Part[]): Rendered {
  const out: Rendered = { text: "", entities: [], negatives: [] }
  const walk = (p: Part): void => {
    if (typeof p === "string" || typeof p === "number") out.text += String(p)
    else if (Array.isArray(p)) for (const q of p) walk(q)
    else {
      const slot = p as Slot
      const start = out.text.length
      out.text += slot.v
      const end = out.text.length
      if (slot.v.length === 0) return
      if (slot.type) out.entities.push({ type: slot.type, start, end })
      else if (slot.neg) out.negatives.push({ kind: slot.neg, start, end })
    }
  }
  for (const p of parts) walk(p)
  return out
}
