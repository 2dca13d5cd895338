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

/** An NFD text in which a combining mark stands before an entity's start. */
const marksBefore = (r: Rec) => r.text === r.text.normalize("NFD") && r.text !== r.text.normalize("NFC") && r.entities.some((e) => /\p{M}/u.test(r.text.slice(0, e.start)))
/** An emoji (pictograph, flag, skin tone, variation selector, tag end) right before a span, a space allowed. */
const emojiBefore = (r: Rec) => [...r.entities, ...r.negatives].some((s) => /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{1F3FB}-\u{1F3FF}\u{E007F}]$/u.test(r.text.slice(Math.max(0, s.start - 12), s.start).replace(/ $/, "")))

type Ent = Rec["entities"][number] & { r: Rec }
const SPOKEN = /^(oh|zero|one|two|three|four|five|six|seven|eight|nine|double)( |, )/

function phoneForms(ents: Ent[]): [string, number][] {
  const ph = ents.filter((e) => e.type === "PHONE").map((e) => ({ e, s: e.r.text.slice(e.start, e.end), before: e.r.text.slice(0, e.start), after: e.r.text.slice(e.end) }))
  const n = (f: (x: (typeof ph)[number]) => boolean) => ph.filter(f).length
  const nextPhone = (x: (typeof ph)[number]) => x.e.r.entities.find((o) => o.type === "PHONE" && o.start > x.e.end)
  return [
    ["starts with +", n((x) => x.s.startsWith("+"))], ["starts with 00", n((x) => x.s.startsWith("00"))], ["starts with (", n((x) => x.s.startsWith("("))],
    ["trunk 0 (national)", n((x) => /^0\d/.test(x.s))], ["with (0)", n((x) => x.s.includes("(0)"))], ["compact (digits only)", n((x) => /^\+?\d+$/.test(x.s))],
    ["with a slash", n((x) => /\d\/\d/.test(x.s))], ["with dots", n((x) => /\d\.\d/.test(x.s))], ["spoken digits", n((x) => SPOKEN.test(x.s))],
    ["right after a letter or colon", n((x) => /[\p{L}:]$/u.test(x.before))], ["extension after", n((x) => /^ \(?(ext|x\d|poste|ramal|lokal|intern|Durchwahl|alanumero|lisanumber|klapka|kl\.|дод|kućni|lok)/i.test(x.after))],
    ["time or date after", n((x) => x.e.r.negatives.some((g) => (g.kind === "time" || g.kind === "date") && g.start > x.e.end && g.start - x.e.end <= 3 && !x.e.r.text.slice(x.e.end, g.start).includes("\n")))],
    ["joined to the next by 'or'", n((x) => { const o = nextPhone(x); return !!o && / (or|o|ou|oder|eller|tai|või|alebo|або|ili) $/.test(x.e.r.text.slice(x.e.end, o.start)) })],
    ["in a CSV or table cell", n((x) => x.e.r.kind === "csv" || x.e.r.kind === "table")],
  ]
}

export function statsTables(built: Built[]): string {
  const recs = built.map((b) => JSON.parse(b.line) as Rec)
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ ...e, r })))
  const negs = recs.flatMap((r) => r.negatives.map((n) => ({ ...n, r })))
  const lowerPersons = ents.filter((e) => e.type === "PERSON" && /\p{Ll}/u.test(e.r.text.slice(e.start, e.end)) && !/\p{Lu}/u.test(e.r.text.slice(e.start, e.end))).length
  const emoji = recs.filter(emojiBefore).length
  const summary: [string, number][] = [
    ["texts", recs.length], ["entities", ents.length], ["negatives", negs.length], ["negatives-only texts", built.filter((b) => b.negOnly).length],
    ["texts with an emoji right before a span", emoji], ["NFD texts with a combining mark before a span", recs.filter(marksBefore).length], ["lower-case PERSON spans", lowerPersons],
  ]
  return [
    table("Summary", "what", summary),
    table("Entities by type", "type", count(ents, (e) => e.type), ents.length),
    table("Phone spans by form", "form", phoneForms(ents)),
    table("Texts by kind", "kind", count(recs, (r) => r.kind)),
    table("Texts by language", "lang", count(recs, (r) => r.lang)),
    table("Texts by region", "region", count(built, (b) => regionById(b.region).label)),
    table("Texts by business", "business", count(built, (b) => b.biz)),
    table("Negatives by kind", "kind", count(negs, (n) => n.kind)),
  ].join("\n")
}
