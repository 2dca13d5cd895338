// A text built left to right: every labeled piece records its UTF-16 offsets as it is appended, so no
// offset is searched for afterwards. In a template `{slot}` is written by its filler and `[Word]` is a
// word that is also a name, used as a word (a `name-word` negative).
export interface Entity { type: string; start: number; end: number }
export interface Negative { kind: string; start: number; end: number }
export type Fill = (d: Draft) => void

export class Draft {
  text = ""
  entities: Entity[] = []
  negatives: Negative[] = []
  /** Every given and family name part of the people named, for the name-part rule. */
  parts: string[] = []

  put(s: string): this {
    this.text += s
    return this
  }

  ent(type: string, v: string): this {
    const start = this.text.length
    this.text += v
    this.entities.push({ type, start, end: this.text.length })
    return this
  }

  neg(kind: string, v: string): this {
    const start = this.text.length
    this.text += v
    this.negatives.push({ kind, start, end: this.text.length })
    return this
  }

  person(v: string, parts: readonly string[]): this {
    this.parts.push(...parts)
    return this.ent("PERSON", v)
  }

  tpl(tpl: string, fills: Record<string, Fill>): this {
    for (const piece of tpl.split(/(\{\w+\}|\[[^\]]+\])/)) {
      if (!piece) continue
      const slot = /^\{(\w+)\}$/.exec(piece)?.[1]
      const word = /^\[([^\]]+)\]$/.exec(piece)?.[1]
      if (slot) {
        const f = fills[slot]
        if (!f) throw new Error(`holdout41: no filler for {${slot}} in ${JSON.stringify(tpl)}`)
        f(this)
      } else if (word) this.neg("name-word", word)
      else this.put(piece)
    }
    return this
  }
}
