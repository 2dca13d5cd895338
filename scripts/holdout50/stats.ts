// The counts `bun scripts/gen-holdout50.ts --stats` prints.
export interface Built {
  line: string
  negOnly: boolean
  biz: string
  redraws: number
  parts: string[]
}
interface Rec { lang: string; kind: string; entities: { type: string; start: number; end: number }[]; negatives: { kind: string }[]; text: string }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return m
}
const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(", ")
const byName = (m: Map<string, number>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(", ")

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ ...e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives)
  const persons = ents.filter((e) => e.type === "PERSON").map((e) => e.v)
  const phones = ents.filter((e) => e.type === "PHONE").map((e) => e.v)
  const nonLatin = /[\p{Script=Georgian}\p{Script=Armenian}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Hangul}]/u
  const redraws = built.map((b) => b.redraws)
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${byCount(tally(ents.map((e) => e.type)))}`,
    `lower-case PERSON ${persons.filter((v) => /^[\p{Ll} '-]+$/u.test(v)).length}; non-Latin PERSON ${persons.filter((v) => nonLatin.test(v)).length}; IPv6 ${ents.filter((e) => e.type === "IP_ADDRESS" && e.v.includes(":")).length}`,
    `PHONE said in words ${phones.filter((v) => /\p{L}/u.test(v)).length}; E.164 ${phones.filter((v) => /^\+\d+$/.test(v)).length}; Arabic-Indic digits ${phones.filter((v) => /[٠-٩]/.test(v)).length}`,
    `negatives-only texts ${built.filter((b) => b.negOnly).length}`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${byName(tally(recs.map((r) => r.lang)))}`,
    `kinds: ${byCount(tally(recs.map((r) => r.kind)))}`,
    `businesses: ${byName(tally(built.map((b) => b.biz)))}`,
    `negatives: ${byCount(tally(negs.map((n) => n.kind)))}`,
    `redraws: ${redraws.reduce((a, b) => a + b, 0)} (max ${Math.max(...redraws)} for one text)`,
  ].join("\n")
}
