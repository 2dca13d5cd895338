// A text built left to right. A labeled piece records its UTF-16 offsets as it is appended,
// and a template's `{slot}` is written by the slot's filler, so no label is computed afterwards.
export interface Entity { type: string; start: number; end: number }
export interface Negative { kind: string; start: number; end: number }
export type Filler = (t: Draft) => void

export class Draft {
  body = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Every given and family name part of the people named: the name-part rule reads them. */
  parts: string[] = []

  put(s: string): this {
    this.body += s
    return this
  }

  label(type: string, v: string): this {
    const start = this.body.length
    this.body += v
    this.entities.push({ type, start, end: this.body.length })
    return this
  }

  decoy(kind: string, v: string): this {
    const start = this.body.length
    this.body += v
    this.negatives.push({ kind, start, end: this.body.length })
    return this
  }

  name(written: string, parts: readonly string[]): this {
    this.parts.push(...parts)
    return this.label("PERSON", written)
  }

  /** Writes `tpl`, handing each `{slot}` to its filler; `[word]` is a name-word negative. */
  tpl(tpl: string, fill: Record<string, Filler>): this {
    for (const piece of tpl.split(/(\{\w+\}|\[[^\]]+\])/)) {
      if (!piece) continue
      const slot = /^\{(\w+)\}$/.exec(piece)?.[1]
      const word = /^\[([^\]]+)\]$/.exec(piece)?.[1]
      if (slot) {
        const f = fill[slot]
        if (!f) throw new Error(`holdout39: no filler for {${slot}} in ${JSON.stringify(tpl)}`)
        f(this)
      } else if (word) this.decoy("name-word", word)
      else this.put(piece)
    }
    return this
  }
}
