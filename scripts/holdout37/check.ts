// The generator's own check before it keeps a text: spans on word boundaries, and every
// name part covered. A text that fails is drawn again from the next seed.
import type { Doc } from "./doc.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u

export function selfCheck(d: Doc): boolean {
  const t = d.text
  const spans = [...d.entities.map((e) => ({ ...e, k: e.type })), ...d.negatives.map((n) => ({ ...n, k: n.kind }))]
  for (const s of spans) {
    const v = t.slice(s.start, s.end)
    if (!v || v.trim() !== v || WORD.test(t[s.end] ?? " ")) return false
    const before = t[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /\d/.test(before) : WORD.test(before)) return false
  }
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word" || n.kind === "date")]
  const hay = t.toLowerCase()
  for (const part of d.nameParts) {
    for (const form of new Set([part.normalize("NFC").toLowerCase(), part.normalize("NFD").toLowerCase()])) {
      for (let at = hay.indexOf(form); at >= 0; at = hay.indexOf(form, at + 1)) {
        if (!ok.some((s) => s.start <= at && at + form.length <= s.end)) return false
      }
    }
  }
  return true
}
