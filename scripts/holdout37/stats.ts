// `--stats`: counts per type, kind, language, business and negative kind.
interface Built { line: string; negativesOnly: boolean; business: string; redraws: number }
interface Rec { lang: string; kind: string; text: string; entities: Array<{ type: string; start: number; end: number }>; negatives: Array<{ kind: string }> }

const tally = (xs: string[]) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")
}

export function printStats(built: Built[]): void {
  const recs: Rec[] = built.map((b) => JSON.parse(b.line))
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives)
  const emo = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{1F3FB}-\u{1F3FF}] ?$/u
  const lines = [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `PHONE share ${((100 * ents.filter((x) => x.e.type === "PHONE").length) / ents.length).toFixed(1)}%`,
    `types: ${tally(ents.map((x) => x.e.type))}`,
    `lower-case PERSON ${ents.filter((x) => x.e.type === "PERSON" && x.v === x.v.toLowerCase()).length}`,
    `negatives-only texts ${built.filter((b) => b.negativesOnly).length}`,
    `emoji right before a span: ${recs.filter((r) => r.entities.some((e) => emo.test(r.text.slice(Math.max(0, e.start - 4), e.start)))).length} texts`,
    `NFD texts with a combining mark before a span: ${recs.filter((r) => r.text !== r.text.normalize("NFC") && r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start)))).length}`,
    `languages ${new Set(recs.map((r) => r.lang)).size}: ${tally(recs.map((r) => r.lang))}`,
    `kinds: ${tally(recs.map((r) => r.kind))}`,
    `businesses: ${tally(built.map((b) => b.business))}`,
    `negatives: ${tally(negs.map((n) => n.kind))}`,
    `redraws: ${built.reduce((s, b) => s + b.redraws, 0)} (max ${Math.max(...built.map((b) => b.redraws))} for one text)`,
  ]
  console.log(lines.join("\n"))
}
