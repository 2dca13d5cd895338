// What a text must pass before it is kept: spans trimmed, apart, on word boundaries (a phone may follow a letter:
// this corpus glues some numbers to words), and the name-part rule.
import type { Draft } from "./draft.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u
const PARTICLES = new Set(["van", "der", "den", "de", "la", "da", "dos", "das", "von", "del", "le", "du", "mac", "nic", "ní", "ó", "ui"])
const lower = (s: string) => s.split("").map((c) => (c.toLowerCase().length === 1 ? c.toLowerCase() : c)).join("")

export function keeps(d: Draft): boolean {
  const all = [...d.entities.map((e) => ({ ...e, k: e.type })), ...d.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = d.text.slice(s.start, s.end)
    if (v.trim() !== v || v === "") return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.end] ?? " ")) return false
    const prev = d.text[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /[\p{N}]/u.test(prev) : WORD.test(prev)) return false
  }
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = lower(d.text)
  for (const part of namePartsOf(d.parts)) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return true
}

/** Name parts the rule applies to: three letters or more, particles aside, lower-cased. */
export const namePartsOf = (parts: string[]) => [...new Set(parts.map(lower).filter((p) => p.length >= 3 && !PARTICLES.has(p)))]
