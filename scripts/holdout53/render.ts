// Renders a template: `{slot}` holes filled by the scene, `[[nw:word]]` a name-word lookalike, the rest plain text.
import type { Seg } from "./draft.ts"
import type { Scene } from "./scene.ts"

export function render(template: string, scene: Scene): Seg[] {
  const out: Seg[] = []
  const re = /\{([A-Za-z0-9~]+)\}|\[\[nw:([^\]]+)\]\]/g
  let at = 0
  for (const m of template.matchAll(re)) {
    if (m.index! > at) out.push({ t: template.slice(at, m.index) })
    if (m[1]) out.push(...scene.slot(m[1]))
    else out.push({ t: m[2]!, kind: "name-word" })
    at = m.index! + m[0].length
  }
  if (at < template.length) out.push({ t: template.slice(at) })
  return out
}
