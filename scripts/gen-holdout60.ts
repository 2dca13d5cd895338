// Writes test/fixtures/pii-holdout60/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout60.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout60/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { ALL } from "./holdout60/all.ts"
import { KINDS, parse, TYPES, type Parsed } from "./holdout60/markup.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout60/corpus.jsonl", import.meta.url))
export { KINDS }
/** Locales in corpus order, with their number of texts. */
export const LOCALES: Array<{ tag: string; per: number }> = [...new Set(ALL.map((r) => r.lang))].map((tag) => ({ tag, per: ALL.filter((r) => r.lang === tag).length }))

export interface Built { line: string; rec: { id: string; lang: string; kind: string } & Parsed }

export function buildAll(): Built[] {
  return ALL.map((raw, i) => {
    const id = `${raw.lang}-${raw.kind}-${String(i + 1).padStart(4, "0")}`
    const p = parse(raw.text, id)
    const byStart = <T extends { start: number }>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start)
    const rec = { id, lang: raw.lang, kind: raw.kind, text: p.text, entities: byStart(p.entities), negatives: byStart(p.negatives) }
    return { line: JSON.stringify(rec), rec }
  })
}

function count<T>(xs: T[], key: (x: T) => string): string {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(", ")
}

export function stats(built: Built[]): string {
  const recs = built.map((b) => b.rec)
  const ents = recs.flatMap((r) => r.entities.map((e) => ({ r, e, v: r.text.slice(e.start, e.end) })))
  const negs = recs.flatMap((r) => r.negatives)
  const phones = ents.filter((x) => x.e.type === "PHONE")
  const out = [
    `texts ${recs.length}; entities ${ents.length}; negatives ${negs.length}`,
    `types: ${count(ents, (x) => x.e.type)}`,
    `PHONE said in words ${phones.filter((x) => /\p{L}{2}/u.test(x.v)).length}; +CC ${phones.filter((x) => x.v.startsWith("+")).length}; 00CC ${phones.filter((x) => x.v.startsWith("00")).length}`,
    `texts with no PII ${recs.filter((r) => r.entities.length === 0).length}; texts with no negative ${recs.filter((r) => r.negatives.length === 0).length}`,
    `locales ${LOCALES.length}: ${LOCALES.map((l) => `${l.tag} ${l.per}`).join(", ")}`,
    "types per locale:",
    ...LOCALES.map((l) => `  ${l.tag}: ${count(ents.filter((x) => x.r.lang === l.tag), (x) => x.e.type)}`),
    "kinds per locale:",
    ...LOCALES.map((l) => `  ${l.tag}: ${count(recs.filter((r) => r.lang === l.tag), (r) => r.kind)}`),
    `kinds: ${count(recs, (r) => r.kind)}`,
    `negatives: ${count(negs, (n) => n.kind)}`,
  ]
  for (const t of TYPES) if (!ents.some((x) => x.e.type === t)) out.push(`(no ${t})`)
  return out.join("\n")
}

if (import.meta.main) {
  const built = buildAll()
  if (process.argv.includes("--stats")) console.log(stats(built))
  else {
    mkdirSync(dirname(CORPUS_PATH), { recursive: true })
    writeFileSync(CORPUS_PATH, built.map((b) => b.line).join("\n") + "\n")
  }
}
