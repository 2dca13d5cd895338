// `--stats`: the counts the README reports.
import type { Built } from "../gen-holdout36.ts"

interface Rec { id: string; lang: string; kind: string; text: string; entities: { type: string; start: number; end: number }[]; negatives: { kind: string; start: number; end: number }[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(", ")
}

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const phones = ents.filter((x) => x.e.type === "PHONE").length
  const emo = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((s, r) => s + r.negatives.length, 0)}`,
    `PHONE share ${((100 * phones) / ents.length).toFixed(1)}%`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `lower-case PERSON ${ents.filter((x) => x.e.type === "PERSON" && x.v === x.v.toLowerCase()).length}`,
    `negatives-only texts ${recs.filter((r) => !r.entities.length && r.negatives.length).length}`,
    `emoji right before a span: ${recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length} texts`,
    `NFD texts with a combining mark before a span: ${recs.filter((r) => r.text !== r.text.normalize("NFC") && r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start)))).length}`,
    `languages ${new Set(recs.map((r) => r.lang)).size}: ${tally(recs.map((r) => r.lang))}`,
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${tally(built.map((b) => b.spec.biz))}`,
    `negatives: ${tally(recs.flatMap((r) => r.negatives.map((n) => n.kind)))}`,
    `redraws: ${built.reduce((s, b) => s + b.tries, 0)} (max ${Math.max(...built.map((b) => b.tries))} for one text)`,
  ].join("\n")
}
