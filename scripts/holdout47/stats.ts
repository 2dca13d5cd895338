// The counts printed by `bun scripts/gen-holdout47.ts --stats` and kept in the README.
export interface Built { line: string; negOnly: boolean; biz: string; redraws: number; parts: string[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ")
}

export function stats(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> })
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const of = (t: string) => ents.filter((x) => x.e.type === t)
  const langs = [...new Set(recs.map((r) => r.lang))].sort()
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((a, r) => a + r.negatives.length, 0)}`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `lower-case PERSON ${of("PERSON").filter((x) => x.v === x.v.toLowerCase()).length}; Greek PERSON ${of("PERSON").filter((x) => /\p{Script=Greek}/u.test(x.v)).length}; IPv6 ${of("IP_ADDRESS").filter((x) => x.v.includes(":")).length}`,
    `PHONE said in words ${of("PHONE").filter((x) => /^\p{Ll}/u.test(x.v)).length}; E.164 ${of("PHONE").filter((x) => /^\+\d+$/.test(x.v)).length}; in tel: links ${of("PHONE").filter((x) => x.r.text.slice(x.e.start - 4, x.e.start) === "tel:").length}`,
    `negatives-only texts ${built.filter((b) => b.negOnly).length}`,
    `locales ${langs.length}: ${langs.map((l) => `${l} ${recs.filter((r) => r.lang === l).length}`).join(", ")}`,
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${tally(built.map((b) => b.biz))}`,
    `negatives: ${tally(recs.flatMap((r) => r.negatives.map((n) => n.kind)))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
