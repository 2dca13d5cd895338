// Renders a template into text and labels. A template is a tagged literal whose
// holes are Parts; the renderer appends each literal and each value and records
// where the value went, so every offset comes from construction.
export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"

export interface Part {
  text: string
  type?: EntityType
  neg?: string
}

export type Hole = Part | string | Hole[]

export interface Rendered {
  text: string
  entities: { type: EntityType; start: number; end: number }[]
  negatives: { kind: string; start: number; end: number }[]
}

/** Tagged literal: t`Hi ${v.first()},` gives a Hole list. */
export const t = (lit: TemplateStringsArray, ...holes: Hole[]): Hole[] => {
  const out: Hole[] = []
  lit.forEach((s, i) => {
    out.push(s)
    if (i < holes.length) out.push(holes[i] as Hole)
  })
  return out
}

export function render(holes: Hole[]): Rendered {
  const r: Rendered = { text: "", entities: [], negatives: [] }
  const walk = (h: Hole) => {
    if (typeof h === "string") r.text += h
    else if (Array.isArray(h)) h.forEach(walk)
    else {
      const start = r.text.length
      r.text += h.text
      const end = r.text.length
      if (h.type) r.entities.push({ type: h.type, start, end })
      else if (h.neg) r.negatives.push({ kind: h.neg, start, end })
    }
  }
  holes.forEach(walk)
  return r
}
