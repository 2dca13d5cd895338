// A text under construction: plain pieces, labeled spans (entities) and labeled lookalikes (negatives).
// Offsets are UTF-16 code units, as JavaScript string indices are.
export type Seg = string | { type: string; v: string } | { kind: string; v: string }
export interface Ent { start: number; end: number; type: string }
export interface Neg { start: number; end: number; kind: string }

export const E = (type: string, v: string): Seg => ({ type, v })
export const N = (kind: string, v: string): Seg => ({ kind, v })

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  /** Every name part of every PERSON label, for the name-part rule. */
  parts: string[] = []

  add(...segs: Seg[]): this {
    for (const s of segs) {
      if (typeof s === "string") {
        this.text += s
        continue
      }
      const start = this.text.length
      this.text += s.v
      const end = this.text.length
      if ("type" in s) {
        this.entities.push({ start, end, type: s.type })
        if (s.type === "PERSON") this.parts.push(...s.v.split(/[\s.-]+/).filter(Boolean))
      } else this.negatives.push({ start, end, kind: s.kind })
    }
    return this
  }

  line(...segs: Seg[]): this {
    return this.add(...segs, "\n")
  }
}
