// `--stats`: counts per type, kind, locale, business and negative kind.
interface Rec { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> }
export interface Built { line: string; negOnly: boolean; domain: string; redraws: number; parts: string[] }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(", ")
}

const EMOJI_BEFORE = /[\p{Extended_Pictographic}\u{FE0F}] ?$/u

export function stats(built: Built[]): string {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives)
  const persons = ents.filter((x) => x.e.type === "PERSON")
  const phones = ents.filter((x) => x.e.type === "PHONE")
  return [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `lower-case PERSON ${persons.filter((x) => x.v === x.v.toLocaleLowerCase()).length}; Greek or Cyrillic PERSON ${persons.filter((x) => /[\p{Script=Greek}\p{Script=Cyrillic}]/u.test(x.v)).length}`,
    `voicemail PHONE ${phones.filter((x) => x.r.kind === "voicemail").length}; across a line break ${phones.filter((x) => x.v.includes("\n")).length}; in tel: or wa.me links ${phones.filter((x) => /(tel:|wa\.me\/)$/.test(x.r.text.slice(0, x.e.start))).length}`,
    `negatives-only texts ${built.filter((b) => b.negOnly).length}`,
    `emoji right before a span: ${recs.filter((r) => r.entities.some((e) => EMOJI_BEFORE.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length} texts`,
    `locales ${new Set(recs.map((r) => r.lang)).size}: ${tally(recs.map((r) => r.lang))}`,
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${tally(built.map((b) => b.domain))}`,
    `negatives: ${tally(negs.map((n) => n.kind))}`,
    `redraws: ${built.reduce((s, b) => s + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ].join("\n")
}
