// What a text must satisfy to be kept: spans trimmed, apart, on word boundaries, and every whole-word
// use of a name part inside a PERSON or EMAIL label or a name-word negative. A failing text is redrawn.
import type { Draft } from "./draft.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u

/** Lower case one UTF-16 unit at a time so offsets do not move. */
export const lowerUnits = (s: string) => s.split("").map((c) => { const l = c.toLowerCase(); return l.length === 1 ? l : c }).join("")

export function wholeWordHits(hay: string, part: string): number[] {
  const p = lowerUnits(part)
  const out: number[] = []
  for (let at = hay.indexOf(p); at >= 0; at = hay.indexOf(p, at + 1)) {
    if (!WORD.test(hay[at - 1] ?? " ") && !WORD.test(hay[at + p.length] ?? " ")) out.push(at)
  }
  return out
}

export function keeps(d: Draft): boolean {
  const spans = [...d.entities.map((e) => ({ ...e, k: e.type })), ...d.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const v = d.text.slice(s.start, s.end)
    if (!v || v.trim() !== v) return false
    if (i > 0 && spans[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.end] ?? " ")) return false
    const before = d.text[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /[\p{L}\p{N}]/u.test(before) : WORD.test(before)) return false
  }
  const covered = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = lowerUnits(d.text)
  for (const part of d.parts) {
    if (part.length < 3) continue
    for (const at of wholeWordHits(hay, part)) if (!covered.some((s) => s.start <= at && at + part.length <= s.end)) return false
  }
  return true
}
