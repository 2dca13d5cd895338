// The counts `--stats` prints, read back from the built lines.
export interface Built { line: string; negOnly: boolean; biz: string; redraws: number; parts: string[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return m
}
const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ")
const byName = (m: Map<string, number>) => [...m].sort((a, b) => a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ")

export function stats(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> })
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ type: e.type, v: r.text.slice(e.start, e.end) })))
  const persons = ents.filter((e) => e.type === "PERSON").map((e) => e.v)
  const phones = ents.filter((e) => e.type === "PHONE").map((e) => e.v)
  const langs = tally(recs.map((r) => r.lang))
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((n, r) => n + r.negatives.length, 0)}`,
    `types: ${byCount(tally(ents.map((e) => e.type)))}`,
    `lower-case PERSON ${persons.filter((v) => v === v.toLowerCase()).length}; Greek PERSON ${persons.filter((v) => /\p{Script=Greek}/u.test(v)).length}; IPv6 ${ents.filter((e) => e.type === "IP_ADDRESS" && e.v.includes(":")).length}`,
    `PHONE said in words ${phones.filter((v) => /^\p{Ll}/u.test(v)).length}; E.164 ${phones.filter((v) => /^\+\d+$/.test(v)).length}`,
    `negatives-only texts ${built.filter((b) => b.negOnly).length}`,
    `locales ${langs.size}: ${byName(langs)}`,
    `kinds: ${byCount(tally(recs.map((r) => r.kind)))}`,
    `businesses: ${byName(tally(built.map((b) => b.biz)))}`,
    `negatives: ${byCount(tally(recs.flatMap((r) => r.negatives.map((n) => n.kind))))}`,
    `redraws: ${built.reduce((n, b) => n + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
