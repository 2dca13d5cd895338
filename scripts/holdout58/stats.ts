// Counts of a built corpus, for `--stats` and the README.
export interface Built {
  line: string
  rec: { id: string; lang: string; kind: string; text: string; entities: Array<{ start: number; end: number; type: string }>; negatives: Array<{ start: number; end: number; kind: string }> }
  bare: boolean
  biz: string
  redraws: number
  parts: string[]
}
const tally = (xs: string[]) => { const m = new Map<string, number>(); for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1); return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) }
const show = (xs: Array<[string, number]>) => xs.map(([k, v]) => `${k} ${v}`).join(", ")

export function stats(built: Built[]): string {
  const ents = built.flatMap((b) => b.rec.entities.map((e) => ({ b, e, v: b.rec.text.slice(e.start, e.end) })))
  const negs = built.flatMap((b) => b.rec.negatives.map((n) => n.kind))
  const phones = ents.filter((x) => x.e.type === "PHONE")
  const ibans = ents.filter((x) => x.e.type === "IBAN").map((x) => x.v)
  const locs = [...new Set(built.map((b) => b.rec.lang))]
  return [
    `texts ${built.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${show(tally(ents.map((x) => x.e.type)))}`,
    `PHONE said in words ${phones.filter((x) => /\p{L}/u.test(x.v)).length}; +CC ${phones.filter((x) => x.v.startsWith("+")).length}; 00CC ${phones.filter((x) => x.v.startsWith("00")).length}; glued to a word ${phones.filter((x) => /\p{L}/u.test(x.b.rec.text[x.e.start - 1] ?? " ")).length}`,
    `IBAN lower case ${ibans.filter((v) => v === v.toLowerCase()).length}; compact ${ibans.filter((v) => !/\s/.test(v)).length}; over a line ${ibans.filter((v) => v.includes("\n")).length}`,
    `texts with no PII ${built.filter((b) => b.rec.entities.length === 0).length}`,
    `locales ${locs.length}: ${locs.map((l) => `${l} ${built.filter((b) => b.rec.lang === l).length}`).join(", ")}`,
    "types per locale:",
    ...locs.map((l) => `  ${l}: ${show(tally(ents.filter((x) => x.b.rec.lang === l).map((x) => x.e.type)))}`),
    `kinds: ${show(tally(built.map((b) => b.rec.kind)).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `businesses: ${show(tally(built.map((b) => b.biz)).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `negatives: ${show(tally(negs))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
