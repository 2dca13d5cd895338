// One text being written: its characters, its labels and lookalikes (UTF-16 offsets), and the name parts of the
// people in it (for the name-part check). A writer passes every value through its channel's encoder first, so a
// span always covers the value as it appears.
export interface Ent { start: number; end: number; type: string }
export interface Neg { start: number; end: number; kind: string }
/** A value to write: a label (`type`), a lookalike (`kind`) or plain words. */
export interface Val { v: string; type?: string; kind?: string }

export class Draft {
  text = ""
  entities: Ent[] = []
  negatives: Neg[] = []
  parts: string[] = []
  /** Things worth counting in --stats (a soft break inside a value, an emoji before one, ...). */
  marks: string[] = []

  t(s: string): this {
    this.text += s
    return this
  }

  /** Another draft written after this one, its spans moved along. */
  append(o: Draft): this {
    const at = this.text.length
    this.text += o.text
    this.entities.push(...o.entities.map((e) => ({ ...e, start: e.start + at, end: e.end + at })))
    this.negatives.push(...o.negatives.map((n) => ({ ...n, start: n.start + at, end: n.end + at })))
    this.parts.push(...o.parts)
    this.marks.push(...o.marks)
    return this
  }

  put(val: Val, written: string): this {
    const start = this.text.length
    this.text += written
    const end = this.text.length
    if (val.type) this.entities.push({ start, end, type: val.type })
    else if (val.kind) this.negatives.push({ start, end, kind: val.kind })
    return this
  }
}

/**
 * Rewrites a finished draft through a whole-text encoder (quoted-printable wraps lines at 76 columns, so it cannot
 * be done value by value); each span moves to where its first character's encoding starts and its last one's ends.
 */
export function reencode(d: Draft, encode: (text: string) => { out: string; starts: number[]; ends: number[] }): Draft {
  const { out, starts, ends } = encode(d.text)
  const nd = new Draft()
  nd.text = out
  nd.parts = d.parts
  nd.marks = d.marks
  nd.entities = d.entities.map((e) => ({ ...e, start: starts[e.start]!, end: ends[e.end - 1]! }))
  nd.negatives = d.negatives.map((n) => ({ ...n, start: starts[n.start]!, end: ends[n.end - 1]! }))
  return nd
}
