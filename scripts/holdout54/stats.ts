// Counts of the corpus, for the README (`bun scripts/gen-holdout54.ts --stats`).

export interface Built {
  line: string
  bare: boolean
  biz: string
  redraws: number
  /** Name parts of everyone in the text. */
  parts: string[]
}

interface Rec { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string; start: number; end: number }> }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
const show = (xs: Array<[string, number]>) => xs.map(([k, n]) => `${k} ${n}`).join(", ")

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives.map((n) => n.kind))
  const phones = ents.filter((x) => x.e.type === "PHONE").map((x) => x.v)
  const ibans = ents.filter((x) => x.e.type === "IBAN").map((x) => x.v)
  const langs = [...new Set(recs.map((r) => r.lang))]
  const out = [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${show(tally(ents.map((x) => x.e.type)))}`,
    `PHONE said in words ${phones.filter((v) => /\p{L}/u.test(v)).length}; +CC ${phones.filter((v) => v.startsWith("+")).length}; 00CC ${phones.filter((v) => v.startsWith("00")).length}; glued to a word ${ents.filter((x) => x.e.type === "PHONE" && /\p{L}/u.test(x.r.text[x.e.start - 1] ?? " ")).length}`,
    `IBAN lower case ${ibans.filter((v) => v === v.toLowerCase()).length}; compact ${ibans.filter((v) => !/\s/.test(v)).length}; over a line ${ibans.filter((v) => v.includes("\n")).length}`,
    `texts with no PII ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${langs.length}: ${show(tally(recs.map((r) => r.lang)))}`,
    "types per locale:",
    ...langs.map((l) => `  ${l}: ${show(tally(ents.filter((x) => x.r.lang === l).map((x) => x.e.type)))}`),
    `kinds: ${show(tally(recs.map((r) => r.kind)).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `businesses: ${show(tally(built.map((b) => b.biz)).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `negatives: ${show(tally(negs))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ]
  return out.join("\n")
}
