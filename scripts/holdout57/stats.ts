// The counts `--stats` prints: texts, labels by type and locale, phone shapes, IBAN styles, kinds, businesses,
// lookalikes by kind and redraws.
import type { Ent, Neg } from "./draft.ts"

export interface Rec { id: string; lang: string; kind: string; text: string; entities: Ent[]; negatives: Neg[] }
export interface Built { line: string; rec: Rec; bare: boolean; biz: string; redraws: number; parts: string[] }

const count = <T>(xs: T[], key: (x: T) => string) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
const show = (xs: [string, number][]) => xs.map(([k, v]) => `${k} ${v}`).join(", ")

export function stats(built: Built[]): string {
  const recs = built.map((b) => b.rec)
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives.map((n) => ({ r, n, v: r.text.slice(n.start, n.end) })))
  const phones = ents.filter((x) => x.e.type === "PHONE")
  const ibans = ents.filter((x) => x.e.type === "IBAN").map((x) => x.v)
  const locales = [...new Set(recs.map((r) => r.lang))]
  const out = [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${show(count(ents, (x) => x.e.type))}`,
    `PHONE said in words ${phones.filter((x) => /\p{L}/u.test(x.v)).length}; +CC ${phones.filter((x) => x.v.startsWith("+")).length}; 00CC ${phones.filter((x) => x.v.startsWith("00")).length}; glued to a word ${phones.filter((x) => /\p{L}/u.test(x.r.text[x.e.start - 1] ?? " ")).length}`,
    `IBAN lower case ${ibans.filter((v) => v === v.toLowerCase()).length}; compact ${ibans.filter((v) => !/\s/.test(v)).length}; over a line ${ibans.filter((v) => v.includes("\n")).length}`,
    `texts with no PII ${recs.filter((r) => !r.entities.length).length}`,
    `locales ${locales.length}: ${locales.map((l) => `${l} ${recs.filter((r) => r.lang === l).length}`).join(", ")}`,
    "types per locale:",
    ...locales.map((l) => `  ${l}: ${show(count(ents.filter((x) => x.r.lang === l), (x) => x.e.type))}`),
    `kinds: ${show(count(recs, (r) => r.kind).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `businesses: ${show(count(built, (b) => b.biz).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `negatives: ${show(count(negs, (x) => x.n.kind))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ]
  return out.join("\n")
}
