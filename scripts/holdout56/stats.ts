// `--stats`: the corpus's counts.
export interface Built { line: string; bare: boolean; biz: string; redraws: number; parts: string[] }
interface Rec { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> }

const count = <T>(xs: T[], key: (x: T) => string) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return m
}
const fmt = (m: Map<string, number>, byCount = true) =>
  [...m].sort((a, b) => (byCount ? b[1] - a[1] || a[0].localeCompare(b[0]) : a[0].localeCompare(b[0]))).map(([k, v]) => `${k} ${v}`).join(", ")

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const phones = ents.filter((x) => x.e.type === "PHONE").map((x) => x)
  const ibans = ents.filter((x) => x.e.type === "IBAN").map((x) => x.v)
  const locales = [...new Set(recs.map((r) => r.lang))]
  const out = [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((a, r) => a + r.negatives.length, 0)}`,
    `types: ${fmt(count(ents, (x) => x.e.type))}`,
    `PHONE said in words ${phones.filter((x) => /\p{L}/u.test(x.v)).length}; +CC ${phones.filter((x) => /^(\+|\(\+)/.test(x.v)).length}; 00CC ${phones.filter((x) => x.v.startsWith("00")).length}; glued to a word ${phones.filter((x) => /\p{L}/u.test(x.r.text[x.e.start - 1] ?? " ")).length}`,
    `IBAN lower case ${ibans.filter((v) => v === v.toLowerCase()).length}; compact ${ibans.filter((v) => !/\s/.test(v)).length}; over a line ${ibans.filter((v) => v.includes("\n")).length}`,
    `texts with no PII ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${locales.length}: ${locales.map((l) => `${l} ${recs.filter((r) => r.lang === l).length}`).join(", ")}`,
    "types per locale:",
    ...locales.map((l) => `  ${l}: ${fmt(count(ents.filter((x) => x.r.lang === l), (x) => x.e.type))}`),
    `kinds: ${fmt(count(recs, (r) => r.kind), false)}`,
    `businesses: ${fmt(count(built, (b) => b.biz), false)}`,
    `negatives: ${fmt(count(recs.flatMap((r) => r.negatives), (n) => n.kind))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ]
  return out.join("\n")
}
