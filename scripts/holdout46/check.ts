// What a drawn text must pass before it is kept: spans trimmed and on word boundaries, and every whole-word use of
// a name part inside a PERSON or EMAIL label or a name-word lookalike; every "@" inside an EMAIL label.
import type { Draft } from "./draft.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u

export function keeps(d: Draft): boolean {
  const all = [...d.entities.map((e) => ({ ...e, k: e.type })), ...d.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (!v || v.trim() !== v) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.end] ?? " ")) return false
    if ((s.k === "PHONE" ? /\p{N}/u : WORD).test(d.text[s.start - 1] ?? " ")) return false
  }
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = d.text.toLowerCase()
  if (hay.length !== d.text.length) return false
  for (const part of new Set(d.parts.map((p) => p.toLowerCase()))) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  const mails = d.entities.filter((e) => e.type === "EMAIL")
  for (let at = d.text.indexOf("@"); at >= 0; at = d.text.indexOf("@", at + 1)) if (!mails.some((m) => m.start < at && at < m.end)) return false
  return true
}
