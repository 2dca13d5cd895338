// The renderer: a template's `{slot}` holes and `[[nw:word]]` name-word lookalikes become segments.
import type { Seg } from "./draft.ts"

export interface Slots {
  slot(key: string): Seg[]
  nameWord(word: string): Seg[]
}

const HOLE = /\{([^{}]+)\}|\[\[nw:([^\]]+)\]\]/g

export function render(template: string, scene: Slots): Seg[] {
  const out: Seg[] = []
  let at = 0
  const literal = (t: string) => {
    // A value that ends in a period (`12.05.26 г.`, `Sr.`) takes the sentence's period.
    const last = out[out.length - 1]
    out.push({ t: last && /\.$/.test(last.t) && t.startsWith(".") ? t.slice(1) : t })
  }
  for (const m of template.matchAll(HOLE)) {
    if (m.index! > at) literal(template.slice(at, m.index))
    out.push(...(m[1] !== undefined ? scene.slot(m[1]) : scene.nameWord(m[2]!)))
    at = m.index! + m[0].length
  }
  if (at < template.length) literal(template.slice(at))
  return out
}

/** The holes of a template, to tell whether a locale can fill it. */
export const holes = (template: string) => [...template.matchAll(HOLE)].map((m) => m[1] ?? `nw:${m[2]}`)
