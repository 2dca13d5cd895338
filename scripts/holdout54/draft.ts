// A text as segments: plain text, labels and lookalikes; assembled with UTF-16 offsets and checked before it is kept.

export interface Seg { t: string; e?: string; n?: string }
export interface Span { start: number; end: number }
export interface Draft {
  text: string
  entities: Array<{ type: string } & Span>
  negatives: Array<{ kind: string } & Span>
}

const WORD = /[\p{L}\p{N}\p{M}]/u
/** Lower case that keeps every character's length (so offsets hold). */
export const lowerKeep = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

export function assemble(segs: Seg[], lower: boolean): Draft {
  let text = ""
  const entities: Draft["entities"] = []
  const negatives: Draft["negatives"] = []
  for (const s of segs) {
    const t = lower ? lowerKeep(s.t) : s.t
    const start = text.length
    text += t
    if (s.e) entities.push({ type: s.e, start, end: text.length })
    else if (s.n) negatives.push({ kind: s.n, start, end: text.length })
  }
  return { text, entities, negatives }
}

function spansSound(d: Draft): boolean {
  const all = [...d.entities.map((e) => ({ ...e, k: e.type })), ...d.negatives.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  return all.every((s, i) => {
    const v = d.text.slice(s.start, s.end)
    if (!v || v.trim() !== v) return false
    if (i > 0 && all[i - 1]!.end > s.start) return false
    if (WORD.test(d.text[s.end] ?? " ")) return false
    const before = d.text[s.start - 1] ?? " "
    return s.k === "PHONE" ? !/[\p{N}\p{M}]/u.test(before) : !WORD.test(before)
  })
}

/** Every whole-word use of a name part is inside a PERSON or EMAIL label or a `name-word` lookalike; no name-word is
 * a name part of someone in the text. */
function namesCovered(d: Draft, parts: string[]): boolean {
  const ok = [...d.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...d.negatives.filter((n) => n.kind === "name-word")]
  const hay = lowerKeep(d.text)
  const lowParts = parts.map(lowerKeep)
  for (const part of lowParts.filter((p) => p.length >= 3)) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return d.negatives.filter((n) => n.kind === "name-word").every((n) => !lowParts.includes(lowerKeep(d.text.slice(n.start, n.end))))
}

export const keeps = (d: Draft, parts: string[]) => spansSound(d) && namesCovered(d, parts)
