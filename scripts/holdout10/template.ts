// A template is a genre and a text with holes; rendering fills the holes with
// fresh values and records every span on the final text.
import { Doc, write } from "./doc.ts"
import type { Rng } from "./rng.ts"
import { cast, pieces } from "./slots.ts"

export type Template = [kind: string, text: string]

export interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: { type: string; start: number; end: number }[]
  negatives: { kind: string; start: number; end: number }[]
}

export function render(template: Template, r: Rng, locale: string): Pick<Line, "text" | "entities" | "negatives"> {
  const doc = new Doc()
  write(doc, pieces(template[1], cast(r, locale)))
  return { text: doc.text, entities: doc.entities, negatives: doc.negatives }
}
