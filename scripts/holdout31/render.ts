// The renderer: a text is built by appending literals and values; each value's
// span is recorded where it went (offsets by construction, never by search).
export type EntityType = "EMAIL" | "PHONE" | "CARD" | "IBAN" | "US_SSN" | "UK_NINO" | "IP_ADDRESS" | "PERSON"

/** One run of text: a literal, an entity (`type`) or a hard negative (`neg`). */
export interface Run {
  t: string
  type?: EntityType
  neg?: string
}
export type Piece = Run[]

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

export const lit = (t: string): Piece => [{ t }]
export const ent = (type: EntityType, t: string): Piece => [{ t, type }]
export const neg = (kind: string, t: string): Piece => [{ t, neg: kind }]

export class Builder {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  constructor(private readonly form: "NFC" | "NFD" = "NFC") {}

  add(piece: Piece): this {
    for (const run of piece) {
      const t = run.t.normalize(this.form)
      const start = this.text.length
      this.text += t
      if (run.type) this.entities.push({ type: run.type, start, end: this.text.length })
      else if (run.neg) this.negatives.push({ kind: run.neg, start, end: this.text.length })
    }
    return this
  }
}

/**
 * Fill a template: `{key}` asks `resolve` for a piece; `{w:Word}` is the word
 * as an ordinary word (a `name-word` negative); `{n:kind:text}` a literal
 * negative of that kind.
 */
export function fill(b: Builder, template: string, resolve: (key: string) => Piece): void {
  const re = /\{([A-Za-z0-9_]+|[wn]:[^}]+)\}/g
  let last = 0
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) b.add(lit(template.slice(last, m.index)))
    const key = m[1]!
    if (key.startsWith("w:")) b.add(neg("name-word", key.slice(2)))
    else if (key.startsWith("n:")) {
      const [kind, ...rest] = key.slice(2).split(":")
      b.add(neg(kind!, rest.join(":")))
    } else b.add(resolve(key))
    last = m.index + m[0].length
  }
  if (last < template.length) b.add(lit(template.slice(last)))
}
