// Whether a drawn text is kept: spans sound and apart, and every whole-word use of a name part labeled.
import type { Draft } from "./draft.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u

export function keeps(d: Draft): boolean {
  const all = [...d.entities.map((e) => ({ ...e, k: e.type })), ...d.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (v.trim() !== v || v === "" || (i > 0 && all[i - 1]!.end > s.start)) return false
    if (WORD.test(d.text[s.end] ?? " ")) return false
    if ((s.k === "PHONE" ? /\p{N}/u : WORD).test(d.text[s.start - 1] ?? " ")) return false
  }
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = d.text.toLocaleLowerCase()
  if (hay.length !== d.text.length) return false
  for (const part of new Set(d.parts.map((p) => p.toLocaleLowerCase()).filter((p) => p.length >= 3))) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
    }
  }
  return true
}
