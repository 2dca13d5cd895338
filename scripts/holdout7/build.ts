// The renderer: a tagged template whose holes are entities, negatives or plain
// strings. Offsets are recorded while the text is appended, never searched.

export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"
export interface Span {
  start: number
  end: number
}
export interface Entity extends Span {
  type: EntityType
}
export interface Negative extends Span {
  kind: string
}
export interface Ent {
  ent: EntityType
  v: string
}
export interface Neg {
  neg: string
  v: string
}
export type Hole = string | number | Ent | Neg | Rendered | Hole[]

export interface Rendered {
  text: string
  entities: Entity[]
  negatives: Negative[]
}

export const E = (ent: EntityType, v: string): Ent => ({ ent, v })
export const N = (neg: string, v: string): Neg => ({ neg, v })

function put(out: Rendered, h: Hole): void {
  if (Array.isArray(h)) {
    for (const x of h) put(out, x)
    return
  }
  if (typeof h === "string" || typeof h === "number") {
    out.text += String(h)
    return
  }
  if ("text" in h) {
    const base = out.text.length
    out.text += h.text
    for (const e of h.entities) out.entities.push({ ...e, start: e.start + base, end: e.end + base })
    for (const n of h.negatives) out.negatives.push({ ...n, start: n.start + base, end: n.end + base })
    return
  }
  const start = out.text.length
  out.text += h.v
  const end = out.text.length
  if (h.v.length === 0) throw new Error("empty span")
  if ("ent" in h) out.entities.push({ type: h.ent, start, end })
  else out.negatives.push({ kind: h.neg, start, end })
}

/** x`literal ${E("PERSON", "Anna")} literal` */
export function x(lits: TemplateStringsArray, ...holes: Hole[]): Rendered {
  const out: Rendered = { text: "", entities: [], negatives: [] }
  lits.forEach((lit, i) => {
    out.text += lit
    if (i < holes.length) put(out, holes[i] as Hole)
  })
  return out
}

/** Joins rendered pieces (e.g. chat lines) into one text, shifting offsets. */
export function join(parts: Rendered[], sep = "\n"): Rendered {
  const out: Rendered = { text: "", entities: [], negatives: [] }
  parts.forEach((p, i) => {
    if (i > 0) out.text += sep
    const base = out.text.length
    out.text += p.text
    for (const e of p.entities) out.entities.push({ ...e, start: e.start + base, end: e.end + base })
    for (const n of p.negatives) out.negatives.push({ ...n, start: n.start + base, end: n.end + base })
  })
  return out
}
