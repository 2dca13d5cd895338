// Counts of a built corpus, for `--stats` and the README.
export interface Built { line: string; bare: boolean; biz: string; redraws: number; parts: string[] }

const count = <T>(xs: T[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(String(x), (m.get(String(x)) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
const show = (xs: Array<[string, number]>) => xs.map(([k, v]) => `${k} ${v}`).join(", ")

export function stats(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> })
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const phones = ents.filter((x) => x.e.type === "PHONE")
  const ibans = ents.filter((x) => x.e.type === "IBAN").map((x) => x.v)
  const out = [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((a, r) => a + r.negatives.length, 0)}`,
    `types: ${show(count(ents.map((x) => x.e.type)))}`,
    `PHONE said in words ${phones.filter((x) => /\p{L}/u.test(x.v)).length}; +CC ${phones.filter((x) => x.v.startsWith("+")).length}; 00CC ${phones.filter((x) => x.v.startsWith("00")).length}; glued to a word ${phones.filter((x) => /\p{L}/u.test(x.r.text[x.e.start - 1] ?? " ")).length}`,
    `IBAN lower case ${ibans.filter((v) => v === v.toLowerCase()).length}; compact ${ibans.filter((v) => !/\s/.test(v)).length}; over a line ${ibans.filter((v) => v.includes("\n")).length}`,
    `texts with no PII ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${show(count(recs.map((r) => r.lang)))}`,
    "types per locale:",
    ...[...new Set(recs.map((r) => r.lang))].map((l) => `  ${l}: ${show(count(ents.filter((x) => x.r.lang === l).map((x) => x.e.type)))}`),
    `kinds: ${show(count(recs.map((r) => r.kind)).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `businesses: ${show(count(built.map((b) => b.biz)).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `negatives: ${show(count(recs.flatMap((r) => r.negatives.map((n) => n.kind))))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ]
  return out.join("\n")
}
