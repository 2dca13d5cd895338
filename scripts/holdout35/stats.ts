// The generator's own span check and the `--stats` summary.
import type { Entity, Negative } from "./doc.ts"

const WORD = /[\p{L}\p{N}\p{M}]/u
/** Spans in bounds, trimmed, not overlapping, on word boundaries, never splitting a surrogate pair. */
export function sane(text: string, ents: Entity[], negs: Negative[]): boolean {
  const all = [...ents.map((e) => ({ ...e, k: e.type })), ...negs.map((n) => ({ ...n, k: n.kind }))].sort((a, b) => a.start - b.start)
  return all.every((s, i) => {
    const v = text.slice(s.start, s.end)
    const before = text[s.start - 1] ?? " "
    const c0 = text.charCodeAt(s.start)
    const c1 = text.charCodeAt(s.end - 1)
    return v.length > 0 && v.trim() === v && (i === 0 || all[i - 1]!.end <= s.start) && !WORD.test(text[s.end] ?? " ") &&
      (s.k === "PHONE" ? !/\d/.test(before) : !WORD.test(before)) && !(c0 >= 0xdc00 && c0 <= 0xdfff) && !(c1 >= 0xd800 && c1 <= 0xdbff)
  })
}

interface Rec { lang: string; kind: string; text: string; entities: Array<Entity>; negatives: Array<Negative> }
const tally = (xs: string[]) => Object.fromEntries([...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]))

export function stats(recs: Rec[]): string {
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const types = tally(ents.map((x) => x.e.type))
  const emo = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{1F3FB}-\u{1F3FF}] ?$/u
  return JSON.stringify({
    texts: recs.length, entities: ents.length, types, phoneShare: +((types.PHONE ?? 0) / ents.length).toFixed(3),
    lowerPersons: ents.filter((x) => x.e.type === "PERSON" && x.v === x.v.toLowerCase()).length,
    negatives: recs.reduce((s, r) => s + r.negatives.length, 0), negativeKinds: tally(recs.flatMap((r) => r.negatives.map((n) => n.kind))),
    negativesOnly: recs.filter((r) => r.entities.length === 0 && r.negatives.length > 0).length,
    emojiBeforeSpan: recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length,
    nfdWithMarkBeforeSpan: recs.filter((r) => r.lang !== "en" && r.text !== r.text.normalize("NFC") && r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start)))).length,
    langs: tally(recs.map((r) => r.lang)), kinds: tally(recs.map((r) => r.kind)),
  }, null, 1)
}
