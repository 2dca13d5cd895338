// Renders a template: literals are appended, each `{slot}` is filled by code
// and its offsets recorded from the text built so far (UTF-16, like JS).
export interface Span { start: number; end: number }
export interface Entity extends Span { type: string }
export interface Negative extends Span { kind: string }
export interface Record13 {
  id: string
  lang: string
  kind: string
  text: string
  entities: Entity[]
  negatives: Negative[]
}

/** What a slot produces: a labeled entity, a labeled negative, or plain text. */
export type Fill = { v: string; type?: string; kind?: string }

export function render(template: string, fill: (slot: string) => Fill): Omit<Record13, 'id' | 'lang' | 'kind'> {
  let text = ''
  const entities: Entity[] = []
  const negatives: Negative[] = []
  const parts = template.split(/\{([a-zA-Z0-9_:.|-]+)\}/)
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      text += part
      return
    }
    const f = fill(part)
    const start = text.length
    text += f.v
    if (f.type) entities.push({ type: f.type, start, end: text.length })
    else if (f.kind) negatives.push({ kind: f.kind, start, end: text.length })
  })
  return { text, entities, negatives }
}
