// `--stats`: counts of the corpus by type, locale, kind, business and lookalike kind.

export interface Built {
  line: string
  bare: boolean
  biz: string
  redraws: number
  parts: string[]
}

interface Rec {
  lang: string
  kind: string
  text: string
  entities: Array<{ start: number; end: number; type: string }>
  negatives: Array<{ start: number; end: number; kind: string }>
}

function count<T>(xs: T[], key: (x: T) => string): Array<[string, number]> {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
const line = (xs: Array<[string, number]>) => xs.map(([k, n]) => `${k} ${n}`).join(", ")

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives.map((n) => ({ r, n })))
  const persons = ents.filter((x) => x.e.type === "PERSON").map((x) => x.v)
  const phones = ents.filter((x) => x.e.type === "PHONE").map((x) => x.v)
  const out = [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${line(count(ents, (x) => x.e.type))}`,
    `lower-case PERSON ${persons.filter((v) => v === v.toLowerCase()).length}; CAPITALS PERSON ${persons.filter((v) => v === v.toUpperCase() && /\p{Lu}{2}/u.test(v)).length}; "Family, Given" ${persons.filter((v) => v.includes(", ")).length}; IPv6 ${ents.filter((x) => x.e.type === "IP_ADDRESS" && x.v.includes(":")).length}`,
    `PHONE said in words ${phones.filter((v) => /\p{L}/u.test(v)).length}; +CC ${phones.filter((v) => v.startsWith("+")).length}; 00CC ${phones.filter((v) => v.startsWith("00")).length}`,
    `texts with no PII ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${count(recs, (r) => r.lang).sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ")}`,
    "types per locale:",
    ...[...new Set(recs.map((r) => r.lang))].map((l) => `  ${l}: ${line(count(ents.filter((x) => x.r.lang === l), (x) => x.e.type))}`),
    `kinds: ${line(count(recs, (r) => r.kind).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `businesses: ${line(count(built, (b) => b.biz).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `negatives: ${line(count(negs, (x) => x.n.kind))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ]
  return out.join("\n")
}
