// A text under construction: plain strings and labeled pieces, flattened into text plus spans. Blocks stay as pieces
// until written, so quoting a reply or lower-casing a transcript keeps every span where it belongs.
export interface Piece { text: string; type?: string; kind?: string }
export type Bit = string | Piece | false | undefined | null | readonly Bit[]
export interface Span { start: number; end: number }

/** A flat list of pieces from any nesting of bits. */
export function flat(b: Bit): Piece[] {
  if (!b) return []
  if (typeof b === "string") return b ? [{ text: b }] : []
  if (Array.isArray(b)) return (b as readonly Bit[]).flatMap(flat)
  return [b as Piece]
}

/** Every line of a block prefixed (a quoted reply: `> `); an empty quoted line keeps no trailing space. */
export function quote(b: Bit, prefix: string): Piece[] {
  const bare = prefix.trimEnd()
  const pieces = flat(b).map((p) => (p.type || p.kind ? p : { text: p.text.replace(/\n/g, `\n${prefix}`).split(`\n${prefix}\n`).join(`\n${bare}\n`).split(`\n${prefix}\n`).join(`\n${bare}\n`) }))
  return [{ text: prefix }, ...pieces]
}

/** The same pieces with their text changed (lower case for a transcript); a change of length is refused. */
export function mapText(b: Bit, f: (s: string) => string): Piece[] {
  return flat(b).map((p) => {
    const text = f(p.text)
    if (text.length !== p.text.length) throw new Error("holdout46: a text change altered a span's length")
    return { ...p, text }
  })
}

export class Draft {
  text = ""
  entities: Array<Span & { type: string }> = []
  negatives: Array<Span & { kind: string }> = []
  /** Name parts of the people in this text, for the name-part check. */
  parts: string[] = []

  put(b: Bit): void {
    for (const p of flat(b)) {
      const start = this.text.length
      this.text += p.text
      const end = this.text.length
      if (p.type) this.entities.push({ start, end, type: p.type })
      else if (p.kind) this.negatives.push({ start, end, kind: p.kind })
    }
  }
}
