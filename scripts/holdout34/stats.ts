// The counts tables of the README, from the built corpus.
import type { Built } from "./corpus.ts"

const EMOJI_BEFORE = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{1F3FB}-\u{1F3FF}] ?$/u

function table(title: string, head: [string, string], rows: Array<[string, number]>, total?: number): string {
  const lines = [`### ${title}`, "", `| ${head[0]} | ${head[1]} |${total ? " % |" : ""}`, `|---|---:|${total ? "---:|" : ""}`]
  for (const [k, v] of rows) lines.push(`| ${k} | ${v} |${total ? ` ${((100 * v) / total).toFixed(1)} |` : ""}`)
  return lines.join("\n")
}
function count<T>(xs: T[], key: (x: T) => string): Array<[string, number]> {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

export function statsTables(all: Built[]): string {
  const ents = all.flatMap((b) => b.record.entities.map((e) => ({ e, t: b.record.text })))
  const negs = all.flatMap((b) => b.record.negatives)
  const lowerPersons = ents.filter(({ e, t }) => {
    const v = t.slice(e.start, e.end)
    return e.type === "PERSON" && v === v.toLowerCase() && v !== v.toUpperCase()
  }).length
  const nfd = all.filter((b) => b.record.text !== b.record.text.normalize("NFC")).length
  const summary: Array<[string, number]> = [
    ["texts", all.length],
    ["entities", ents.length],
    ["negatives", negs.length],
    ["negatives-only texts", all.filter((b) => b.negativesOnly).length],
    ["lower-case PERSON spans", lowerPersons],
    ["texts with an emoji right before a span", all.filter((b) => b.record.entities.some((e) => EMOJI_BEFORE.test(b.record.text.slice(Math.max(0, e.start - 4), e.start)))).length],
    ["texts written in NFD", nfd],
  ]
  return [
    table("Summary", ["measure", "count"], summary),
    table("Entities by type", ["type", "count"], count(ents, (x) => x.e.type), ents.length),
    table("Texts by kind", ["kind", "texts"], count(all, (b) => b.record.kind)),
    table("Texts by business", ["business", "texts"], count(all, (b) => b.biz)),
    table("Texts by language", ["lang", "texts"], count(all, (b) => b.record.lang)),
    table("Texts by region", ["region", "texts"], count(all, (b) => b.locale)),
    table("Negatives by kind", ["kind", "count"], count(negs, (n) => n.kind)),
  ].join("\n\n")
}
