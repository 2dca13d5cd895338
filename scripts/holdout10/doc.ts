// A text under construction: literals and values are appended in order and
// each value's span is recorded as it goes in, so no offset is ever searched for.
export interface Span {
  start: number
  end: number
}
export interface Entity extends Span {
  type: string
}
export interface Negative extends Span {
  kind: string
}

export class Doc {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []

  lit(s: string): this {
    this.text += s
    return this
  }

  entity(type: string, value: string): this {
    const start = this.text.length
    this.text += value
    this.entities.push({ type, start, end: this.text.length })
    return this
  }

  negative(kind: string, value: string): this {
    const start = this.text.length
    this.text += value
    this.negatives.push({ kind, start, end: this.text.length })
    return this
  }
}

/** What a slot writes: pieces in order, each plain, an entity or a negative. */
export type Piece = string | { type: string; value: string } | { kind: string; value: string }

export function write(doc: Doc, pieces: readonly Piece[]): void {
  for (const p of pieces) {
    if (typeof p === "string") doc.lit(p)
    else if ("type" in p) doc.entity(p.type, p.value)
    else doc.negative(p.kind, p.value)
  }
}
