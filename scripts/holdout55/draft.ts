// A text as segments with labels and lookalikes, and the checks a text must pass before it is kept.
export interface Seg { text: string; type?: string; neg?: string }
export interface Span { start: number; end: number }
export interface Out { text: string; entities: Array<{ type: string } & Span>; negatives: Array<{ kind: string } & Span> }

const WORD = /[\p{L}\p{N}\p{M}]/u

/** Lower case that keeps every UTF-16 offset (a character whose lower case is longer stays as it is). */
export function lowerKeep(s: string): string {
  const whole = s.toLowerCase()
  if (whole.length === s.length) return whole
  return Array.from(s, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join("")
}
/** Folds a word for comparing names: lower case, final sigma as sigma. */
export const fold = (s: string) => lowerKeep(s).replace(/ς/g, "σ")

/** Joins segments, taking a value's final period as the sentence's. */
export function assemble(segs: Seg[], lower: boolean): Out {
  let text = ""
  const entities: Out["entities"] = []
  const negatives: Out["negatives"] = []
  segs.forEach((s, i) => {
    let t = s.text
    if (!s.type && !s.neg && i > 0 && /\.$/.test(segs[i - 1]!.text) && (segs[i - 1]!.type || segs[i - 1]!.neg) && t.startsWith(".")) t = t.slice(1)
    const start = text.length
    text += t
    if (s.type) entities.push({ type: s.type, start, end: text.length })
    else if (s.neg) negatives.push({ kind: s.neg, start, end: text.length })
  })
  return { text: lower ? lowerKeep(text) : text, entities, negatives }
}

/** Every span trimmed and on word boundaries (a phone may follow a letter); every whole-word use of a name part labeled or a
 * name-word; no name-word a name part of someone in the text. */
export function keeps(o: Out, parts: string[]): boolean {
  const spans = [...o.entities.map((e) => ({ ...e, k: e.type })), ...o.negatives.map((n) => ({ ...n, k: n.kind }))]
  for (const s of spans) {
    const v = o.text.slice(s.start, s.end)
    if (!v || v.trim() !== v) return false
    if (WORD.test(o.text[s.end] ?? " ")) return false
    const prev = o.text[s.start - 1] ?? " "
    if (s.k === "PHONE" ? /[\p{N}\p{M}]/u.test(prev) : WORD.test(prev)) return false
  }
  const ok = spans.filter((s) => s.k === "PERSON" || s.k === "EMAIL" || s.k === "name-word")
  const hay = fold(o.text)
  for (const part of new Set(parts.map(fold))) {
    for (let at = hay.indexOf(part); at >= 0; at = hay.indexOf(part, at + 1)) {
      if (WORD.test(hay[at - 1] ?? " ") || WORD.test(hay[at + part.length] ?? " ")) continue
      if (!ok.some((s) => s.start <= at && at + part.length <= s.end)) return false
    }
  }
  const folded = new Set(parts.map(fold))
  return !o.negatives.some((n) => n.kind === "name-word" && folded.has(fold(o.text.slice(n.start, n.end))))
}
