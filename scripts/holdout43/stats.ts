// The corpus's counts, for its README (`bun scripts/gen-holdout43.ts --stats`).
export interface Built { line: string; negOnly: boolean; domain: string; redraws: number; parts: string[] }

export function stats(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as { text: string; lang: string; kind: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> })
  const tally = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ")
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const persons = ents.filter((x) => x.e.type === "PERSON")
  const phones = ents.filter((x) => x.e.type === "PHONE")
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((a, r) => a + r.negatives.length, 0)}`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `lower-case PERSON ${persons.filter((x) => x.v === x.v.toLowerCase()).length}; Cyrillic or Greek PERSON ${persons.filter((x) => /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(x.v)).length}`,
    `voicemail PHONE ${phones.filter((x) => x.r.kind === "voicemail").length}; across a line break ${phones.filter((x) => x.v.includes("\n")).length}; in tel:, sms: or wa.me links ${phones.filter((x) => /(tel:|sms:|wa\.me\/)$/.test(x.r.text.slice(0, x.e.start))).length}; glued to a word ${phones.filter((x) => /\p{L}$/u.test(x.r.text.slice(0, x.e.start))).length}`,
    `negatives-only texts ${built.filter((b) => b.negOnly).length}`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${tally(recs.map((r) => r.lang))}`,
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${tally(built.map((b) => b.domain))}`,
    `negatives: ${tally(recs.flatMap((r) => r.negatives.map((n) => n.kind)))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
