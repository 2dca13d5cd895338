// Counts of the corpus for `--stats`: types, locales, kinds, businesses, lookalikes, redraws.
export interface Built { line: string; bare: boolean; biz: string; redraws: number; parts: string[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ")
}

export function stats(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> })
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ ...e, v: r.text.slice(e.start, e.end), lang: r.lang })))
  const phones = ents.filter((e) => e.type === "PHONE").map((e) => e.v)
  const langs = [...new Set(recs.map((r) => r.lang))]
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((n, r) => n + r.negatives.length, 0)}`,
    `types: ${tally(ents.map((e) => e.type))}`,
    `PHONE said in words ${phones.filter((v) => /\p{L}/u.test(v)).length}; +CC ${phones.filter((v) => v.startsWith("+")).length}; 00CC ${phones.filter((v) => v.startsWith("00")).length}`,
    `IBAN lower case ${ents.filter((e) => e.type === "IBAN" && e.v === e.v.toLowerCase()).length}; compact ${ents.filter((e) => e.type === "IBAN" && !/\s/.test(e.v)).length}; over a line ${ents.filter((e) => e.type === "IBAN" && e.v.includes("\n")).length}`,
    `texts with no PII ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${langs.length}: ${tally(recs.map((r) => r.lang))}`,
    "types per locale:",
    ...langs.map((l) => `  ${l}: ${tally(ents.filter((e) => e.lang === l).map((e) => e.type))}`),
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${tally(built.map((b) => b.biz))}`,
    `negatives: ${tally(recs.flatMap((r) => r.negatives.map((n) => n.kind)))}`,
    `redraws: ${built.reduce((n, b) => n + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
