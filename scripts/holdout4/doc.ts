// A text built piece by piece: every label's offsets are where the value was appended,
// and finish() re-checks each one against the final string.
export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"

export interface Span { start: number; end: number }
export interface Entity extends Span { type: EntityType }
export interface Negative extends Span { kind: string }
export interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: Entity[]
  negatives: Negative[]
}

export class Doc {
  text = ""
  readonly entities: Array<Entity & { value: string }> = []
  readonly negatives: Array<Negative & { value: string }> = []

  /** Plain text, not labeled. */
  t(s: string): this {
    this.text += s
    return this
  }

  /** A PII value, labeled with its type. */
  e(type: EntityType, value: string): this {
    const start = this.text.length
    this.text += value
    this.entities.push({ type, start, end: this.text.length, value })
    return this
  }

  /** A lookalike that is not PII, recorded as a negative of this kind. */
  n(kind: string, value: string): this {
    const start = this.text.length
    this.text += value
    this.negatives.push({ kind, start, end: this.text.length, value })
    return this
  }

  /** A lookalike given as [kind, value]. */
  nv([kind, value]: readonly [string, string]): this {
    return this.n(kind, value)
  }

  finish(id: string, lang: string, kind: string): Line {
    for (const s of [...this.entities, ...this.negatives]) {
      if (s.start >= s.end || s.end > this.text.length || this.text.slice(s.start, s.end) !== s.value) {
        throw new Error(`${id}: a span does not hold its value`)
      }
    }
    return {
      id,
      lang,
      kind,
      text: this.text,
      entities: this.entities.map(({ type, start, end }) => ({ type, start, end })),
      negatives: this.negatives.map(({ kind: k, start, end }) => ({ kind: k, start, end })),
    }
  }
}
