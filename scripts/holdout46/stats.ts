// The corpus's counts, as printed by `bun scripts/gen-holdout46.ts --stats` and kept in its README.
export interface Built { line: string; negOnly: boolean; domain: string; redraws: number; parts: string[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}
const show = (xs: Array<[string, number]>) => xs.map(([k, n]) => `${k} ${n}`).join(", ")

export function stats(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as { lang: string; kind: string; text: string; entities: Array<{ start: number; end: number; type: string }>; negatives: Array<{ kind: string }> })
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const persons = ents.filter((x) => x.e.type === "PERSON")
  const phones = ents.filter((x) => x.e.type === "PHONE")
  const langs = tally(recs.map((r) => r.lang)).sort((a, b) => a[0].localeCompare(b[0]))
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((a, r) => a + r.negatives.length, 0)}`,
    `types: ${show(tally(ents.map((x) => x.e.type)))}`,
    `lower-case PERSON ${persons.filter((x) => /^[\p{Ll} '-]+$/u.test(x.v)).length}; Cyrillic PERSON ${persons.filter((x) => /\p{Script=Cyrillic}/u.test(x.v)).length}; IPv6 ${ents.filter((x) => x.e.type === "IP_ADDRESS" && x.v.includes(":")).length}`,
    `PHONE said in words ${phones.filter((x) => /^\p{Ll}/u.test(x.v)).length}; E.164 ${phones.filter((x) => /^\+\d+$/.test(x.v)).length}; in vCard/iCal ${phones.filter((x) => /TEL;|tel:|DESCRIPTION|Dial-in/.test(x.r.text.slice(Math.max(0, x.e.start - 40), x.e.start))).length}`,
    `negatives-only texts ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${langs.length}: ${show(langs)}`,
    `kinds: ${show(tally(recs.map((r) => r.kind)))}`,
    `businesses: ${show(tally(built.map((b) => b.domain)).sort((a, b) => a[0].localeCompare(b[0])))}`,
    `negatives: ${show(tally(recs.flatMap((r) => r.negatives.map((n) => n.kind))))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
