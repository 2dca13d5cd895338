// The counts tables printed by `--stats` (and copied into the README).
import type { Built } from "./corpus.ts"
import { regionById } from "./regions.ts"

interface Rec {
  id: string
  lang: string
  kind: string
  text: string
  entities: { type: string; start: number; end: number }[]
  negatives: { kind: string; start: number; end: number }[]
}

const count = <T>(xs: T[], key: (x: T) => string) => {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

const table = (title: string, head: string, rows: [string, number][], total?: number) =>
  [`### ${title}`, "", `| ${head} | count |${total ? " share |" : ""}`, `|---|---:|${total ? "---:|" : ""}`, ...rows.map(([k, v]) => `| ${k} | ${v} |${total ? ` ${((100 * v) / total).toFixed(1)}% |` : ""}`), ""].join("\n")

const MARK_BEFORE = /\p{M}/u

/** Texts in which a combining mark stands somewhere before a span's start. */
function marksBefore(r: Rec): boolean {
  const first = Math.min(...r.entities.map((e) => e.start), Infinity)
  return Number.isFinite(first) && r.text.normalize("NFD") === r.text && /[\u0300-\u036f]/.test(r.text) && [...r.text.slice(0, Math.max(...r.entities.map((e) => e.start)))].some((ch) => MARK_BEFORE.test(ch) && /[\u0300-\u036f]/.test(ch))
}

export function statsTables(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as Rec)
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ ...e, r })))
  const negs = recs.flatMap((r) => r.negatives.map((n) => ({ ...n, r })))
  const lowerPersons = ents.filter((e) => e.type === "PERSON" && /\p{Ll}/u.test(e.r.text.slice(e.start, e.end)) && !/\p{Lu}/u.test(e.r.text.slice(e.start, e.end))).length
  const emoji = recs.filter((r) => /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(r.text)).length
  const summary: [string, number][] = [
    ["texts", recs.length], ["entities", ents.length], ["negatives", negs.length], ["negatives-only texts", built.filter((b) => b.negOnly).length],
    ["texts with emoji", emoji], ["NFD texts with a combining mark before a span", recs.filter(marksBefore).length], ["lower-case PERSON spans", lowerPersons],
  ]
  return [
    table("Summary", "what", summary),
    table("Entities by type", "type", count(ents, (e) => e.type), ents.length),
    table("Texts by kind", "kind", count(recs, (r) => r.kind)),
    table("Texts by language", "lang", count(recs, (r) => r.lang)),
    table("Texts by region", "region", count(built, (b) => regionById(b.region).label)),
    table("Texts by business", "business", count(built, (b) => b.biz)),
    table("Negatives by kind", "kind", count(negs, (n) => n.kind)),
  ].join("\n")
}
