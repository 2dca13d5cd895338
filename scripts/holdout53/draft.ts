// The text being written as segments (plain, labeled or lookalike), and the checks a text must pass to be kept.
export interface Seg { t: string; type?: string; kind?: string }
export interface Span { start: number; end: number }
export interface Out { text: string; entities: Array<Span & { type: string }>; negatives: Array<Span & { kind: string }> }

const WORD = /[\p{L}\p{N}\p{M}]/u
export const lowerKeep = (s: string) => Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")

/** Joins segments, lower-casing the whole text when asked (the length of every character kept). */
export function assemble(segs: Seg[], lower: boolean): Out {
  let text = ""
  const entities: Out["entities"] = []
  const negatives: Out["negatives"] = []
  for (const s of segs) {
    const t = lower ? lowerKeep(s.t) : s.t
    const start = text.length
    text += t
    if (s.type) entities.push({ type: s.type, start, end: text.length })
    else if (s.kind) negatives.push({ kind: s.kind, start, end: text.length })
  }
  const body = text.trimEnd()
  return { text: body, entities: entities.map((e) => ({ type: e.type, start: e.start, end: e.end })).map(({ type, start, end }) => ({ type, start, end })), negatives }
}

/** Spans trimmed, on word boundaries, apart; every whole-word use of a name part labeled or a name-word lookalike. */
export function keeps(o: Out, parts: string[]): boolean {
  const all = [...o.entities, ...o.negatives].sort((a, b) => a.start - b.start)
  for (let i = 0; i < all.length; i++) {
    const s = all[i]!
    const v = o.text.slice(s.start, s.end)
    if (!v || v.trim() !== v || (i > 0 && all[i - 1]!.end > s.start)) return false
    if (WORD.test(o.text[s.end] ?? " ")) return false
    if (!("type" in s && s.type === "PHONE") && WORD.test(o.text[s.start - 1] ?? " ")) return false
    if ("type" in s && s.type === "PHONE" && /[\p{N}\p{M}]/u.test(o.text[s.start - 1] ?? " ")) return false
  }
  const ok = [...o.entities.filter((e) => e.type === "PERSON" || e.type === "EMAIL"), ...o.negatives.filter((n) => n.kind === "name-word")]
  const hay = lowerKeep(o.text)
  const lparts = parts.map(lowerKeep)
  for (const part of lparts.filter((p) => p.length >= 3)) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  return !o.negatives.some((n) => n.kind === "name-word" && lparts.includes(lowerKeep(o.text.slice(n.start, n.end))))
}
