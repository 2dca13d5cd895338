// The counts `--stats` prints (and the README copies).

export interface Built { line: string; negOnly: boolean; biz: string; redraws: number; parts: string[] }
interface Rec { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ")
}
const sorted = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ")
}

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives)
  const phones = ents.filter((x) => x.e.type === "PHONE")
  const persons = ents.filter((x) => x.e.type === "PERSON")
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `lower-case PERSON ${persons.filter((x) => x.v === x.v.toLowerCase()).length}; CAPITALS PERSON ${persons.filter((x) => /\p{Lu}{3}/u.test(x.v) && x.v === x.v.toUpperCase()).length}; IPv6 ${ents.filter((x) => x.e.type === "IP_ADDRESS" && x.v.includes(":")).length}`,
    `PHONE said in words ${phones.filter((x) => /\p{L}/u.test(x.v)).length}; +CC ${phones.filter((x) => x.v.startsWith("+")).length}; 00CC ${phones.filter((x) => x.v.startsWith("00")).length}`,
    `texts with no PII ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${sorted(recs.map((r) => r.lang))}`,
    `types per locale:`,
    ...[...new Set(recs.map((r) => r.lang))].map((l) => `  ${l}: ${tally(ents.filter((x) => x.r.lang === l).map((x) => x.e.type))}`),
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${sorted(built.map((b) => b.biz))}`,
    `negatives: ${tally(negs.map((n) => n.kind))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
