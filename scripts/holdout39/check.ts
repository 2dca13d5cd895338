// What the generator checks before it keeps a text: spans trimmed, on word boundaries, in
// text order and apart; every whole-word use of a name part inside a PERSON or EMAIL label or
// a name-word negative. A text that fails is drawn again from the next seed.
import type { Draft } from "./text.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u

export function wordHits(hay: string, part: string): Array<[number, number]> {
  const out: Array<[number, number]> = []
  const p = lowerUnits(part)
  for (let at = hay.indexOf(p); at >= 0; at = hay.indexOf(p, at + 1)) {
    if (!WORD.test(hay[at - 1] ?? " ") && !WORD.test(hay[at + p.length] ?? " ")) out.push([at, at + p.length])
  }
  return out
}

/** Lower case one UTF-16 unit at a time, so offsets stay put (Turkish İ lowers to two units). */
export const lowerUnits = (s: string) => s.split("").map((c) => { const l = c.toLowerCase(); return l.length === 1 ? l : c }).join("")

export function passes(d: Draft): boolean {
  const spans = [...d.entities.map((e) => ({ ...e, k: e.type })), ...d.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i]!
    const v = d.body.slice(s.start, s.end)
    if (!v || v.trim() !== v) return false
    if (i > 0 && spans[i - 1]!.end > s.start) return false
    if (WORD.test(d.body[s.end] ?? " ")) return false
    const before = d.body[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /[\p{L}\p{N}]/u.test(before) : WORD.test(before)) return false
  }
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = lowerUnits(d.body)
  for (const part of d.parts) {
    for (const [a, b] of wordHits(hay, part)) if (!ok.some((s) => s.start <= a && b <= s.end)) return false
  }
  return true
}
