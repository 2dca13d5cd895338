// The converter of the blind corpora written one text at a time (holdout59, holdout60, holdout61): each text is written out in
// `scripts/holdoutNN/*.ts` with its labels inline (markup.ts); this strips the markers, numbers the records and counts
// them. No PRNG: the file regenerates byte for byte from the texts.
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { parse, TYPES, type Parsed, type Raw } from "./holdout59/markup.ts"

export interface Built { line: string; rec: { id: string; lang: string; kind: string } & Parsed }

/** The corpus of `all` written to `file`: its path, its locales in corpus order, its records, its counts and a command's entry. */
export function handWrittenCorpus(all: readonly Raw[], file: URL) {
  const path = fileURLToPath(file)
  const LOCALES: Array<{ tag: string; per: number }> = [...new Set(all.map((r) => r.lang))].map((tag) => ({ tag, per: all.filter((r) => r.lang === tag).length }))
  const buildAll = (): Built[] =>
    all.map((raw, i) => {
      const id = `${raw.lang}-${raw.kind}-${String(i + 1).padStart(4, "0")}`
      const p = parse(raw.text, id)
      const byStart = <T extends { start: number }>(xs: T[]) => [...xs].sort((a, b) => a.start - b.start)
      const rec = { id, lang: raw.lang, kind: raw.kind, text: p.text, entities: byStart(p.entities), negatives: byStart(p.negatives) }
      return { line: JSON.stringify(rec), rec }
    })
  const stats = (built: Built[]) => statsOf(built, LOCALES)
  const main = (argv: readonly string[]) => {
    const built = buildAll()
    if (argv.includes("--stats")) console.log(stats(built))
    else {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, built.map((b) => b.line).join("\n") + "\n")
    }
  }
  return { CORPUS_PATH: path, LOCALES, buildAll, stats, main }
}

function count<T>(xs: T[], key: (x: T) => string): string {
  const m = new Map<string, number>()
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1)
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, v]) => `${k} ${v}`).join(", ")
}

function statsOf(built: Built[], LOCALES: ReadonlyArray<{ tag: string; per: number }>): string {
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
