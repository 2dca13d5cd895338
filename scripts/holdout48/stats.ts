// The counts `bun scripts/gen-holdout48.ts --stats` prints.
export interface Built { line: string; negOnly: boolean; biz: string; redraws: number; parts: string[] }

interface Rec { lang: string; kind: string; text: string; entities: Array<{ start: number; end: number; type: string }>; negatives: Array<{ kind: string }> }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return m
}
const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(", ")
const byName = (m: Map<string, number>) => [...m].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k} ${v}`).join(", ")

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives)
  const of = (t: string) => ents.filter((x) => x.e.type === t)
  const said = of("PHONE").filter((x) => /^\p{Ll}/u.test(x.v)).length
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${byCount(tally(ents.map((x) => x.e.type)))}`,
    `lower-case PERSON ${of("PERSON").filter((x) => x.v === x.v.toLowerCase()).length}; Cyrillic PERSON ${of("PERSON").filter((x) => /\p{Script=Cyrillic}/u.test(x.v)).length}; IPv6 ${of("IP_ADDRESS").filter((x) => x.v.includes(":")).length}`,
    `PHONE said in words ${said}; E.164 ${of("PHONE").filter((x) => /^\+\d+$/.test(x.v)).length}`,
    `negatives-only texts ${built.filter((b) => b.negOnly).length}`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${byName(tally(recs.map((r) => r.lang)))}`,
    `kinds: ${byCount(tally(recs.map((r) => r.kind)))}`,
    `businesses: ${byName(tally(built.map((b) => b.biz)))}`,
    `negatives: ${byCount(tally(negs.map((n) => n.kind)))}`,
    `redraws: ${built.reduce((s, b) => s + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
