// What a text must satisfy before it is kept (else it is drawn again): spans trimmed, apart, on word boundaries and
// whole surrogate pairs, and every whole-word use of a name part inside a PERSON or EMAIL label or a name-word.
import type { Draft } from "./draft.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u

function spansSound(d: Draft): boolean {
  const all = [...d.entities, ...d.negatives].sort((a, b) => a.start - b.start)
  return all.every((s, i) => {
    const v = d.text.slice(s.start, s.end)
    if (!(s.start < s.end) || v.trim() !== v) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.end] ?? " ") || WORD.test(d.text[s.start - 1] ?? " ")) return false
    const first = d.text.charCodeAt(s.start), last = d.text.charCodeAt(s.end - 1)
    return !(first >= 0xdc00 && first <= 0xdfff) && !(last >= 0xd800 && last <= 0xdbff)
  })
}

function namePartsCovered(d: Draft): boolean {
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = d.text.toLowerCase()
  if (hay.length !== d.text.length) return false
  for (const part of d.parts.map((p) => p.toLowerCase()).filter((p) => p.length >= 3)) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return true
}

export const keeps = (d: Draft) => spansSound(d) && namePartsCovered(d)
