// The corpus's counts, for `--stats` and the README.
export interface Built { line: string; negOnly: boolean; domain: string; redraws: number; parts: string[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(", ")
}

export function stats(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> })
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const persons = ents.filter((x) => x.e.type === "PERSON").map((x) => x.v)
  const phones = ents.filter((x) => x.e.type === "PHONE")
  const before = (x: (typeof ents)[number], n: number) => x.r.text.slice(Math.max(0, x.e.start - n), x.e.start)
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${recs.reduce((a, r) => a + r.negatives.length, 0)}`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `lower-case PERSON ${persons.filter((v) => v === v.toLowerCase()).length}; Cyrillic PERSON ${persons.filter((v) => /\p{Script=Cyrillic}/u.test(v)).length}`,
    `voicemail PHONE ${phones.filter((x) => x.r.kind === "voicemail").length}; said in words ${phones.filter((x) => /^\p{Ll}/u.test(x.v)).length}; across a line break ${phones.filter((x) => x.v.includes("\n")).length}; in tel:, sms: or wa.me links ${phones.filter((x) => /(tel:|sms:|wa\.me\/)$/.test(before(x, 6))).length}; glued to a word ${phones.filter((x) => /\p{L}$/u.test(before(x, 1))).length}`,
    `negatives-only texts ${recs.filter((r) => r.entities.length === 0).length}`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${tally(recs.map((r) => r.lang)).replace(/ 16/g, "")} (16 each)`,
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${tally(built.map((b) => b.domain))}`,
    `negatives: ${tally(recs.flatMap((r) => r.negatives.map((n) => n.kind)))}`,
    `redraws: ${built.reduce((a, b) => a + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
