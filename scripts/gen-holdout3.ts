// Builds test/fixtures/pii-holdout3/corpus.jsonl: the third held-out labeled
// PII corpus, written without looking at the recognizers or the other
// corpora. Seeded per language, so the output is byte-identical on every run.
//
//   bun scripts/gen-holdout3.ts          # rewrite the corpus and print counts
//   bun scripts/gen-holdout3.ts --check  # fail if the file on disk differs
//
// Every label is re-checked here against the final text and against the
// published rules of its type before anything is written.
import { readFileSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { makeCtx, render, type Rendered } from "./holdout3/render.ts"
import { EN, type Template } from "./holdout3/templates-en.ts"
import { EN2, EN3, LONG } from "./holdout3/templates-en2.ts"
import { DE, ES, FR, IT, NL } from "./holdout3/templates-west.ts"
import { DA, FI, NO, PL, PT, SV } from "./holdout3/templates-more.ts"
import { EXTRA } from "./holdout3/templates-extra.ts"
import { checkLabels, fair } from "./holdout3/check.ts"
import { createRng } from "./holdout3/values.ts"

const OUT = resolve(import.meta.dirname, "../test/fixtures/pii-holdout3/corpus.jsonl")

/** Language, its templates, how many texts, and its seed. */
const PLAN: [string, Template[], number, number][] = [
  ["en", [...EN, ...EN2, ...EN3, ...LONG, ...(EXTRA.en ?? [])], 230, 0x3e01],
  ["de", [...DE, ...(EXTRA.de ?? [])], 48, 0x3e02],
  ["fr", [...FR, ...(EXTRA.fr ?? [])], 42, 0x3e03],
  ["es", [...ES, ...(EXTRA.es ?? [])], 42, 0x3e04],
  ["it", [...IT, ...(EXTRA.it ?? [])], 36, 0x3e05],
  ["nl", [...NL, ...(EXTRA.nl ?? [])], 36, 0x3e06],
  ["pl", [...PL, ...(EXTRA.pl ?? [])], 36, 0x3e07],
  ["pt", [...PT, ...(EXTRA.pt ?? [])], 36, 0x3e08],
  ["sv", [...SV, ...(EXTRA.sv ?? [])], 24, 0x3e09],
  ["da", [...DA, ...(EXTRA.da ?? [])], 20, 0x3e0a],
  ["no", [...NO, ...(EXTRA.no ?? [])], 20, 0x3e0b],
  ["fi", [...FI, ...(EXTRA.fi ?? [])], 20, 0x3e0c],
]

export interface Line {
  id: string
  lang: string
  kind: string
  text: string
  entities: { type: string; start: number; end: number }[]
  negatives: { kind: string; start: number; end: number }[]
}

/** Regions of the PHONE labels, counted while building (the JSONL does not carry them). */
export const phoneRegions: Record<string, number> = {}

export function buildCorpus(): Line[] {
  const lines: Line[] = []
  for (const k of Object.keys(phoneRegions)) delete phoneRegions[k]
  for (const [lang, templates, count, seed] of PLAN) {
    const r = createRng(seed)
    for (let i = 0; i < count; i++) {
      const [kind, template] = templates[i % templates.length]!
      let out: Rendered | undefined
      // A lookalike drawn by chance valid (e.g. a 16-digit reference passing Luhn) is drawn again.
      for (let attempt = 0; attempt < 50 && !out; attempt++) {
        const got = render(template, makeCtx(r, lang))
        if (fair(got)) out = got
      }
      if (!out) throw new Error(`${lang} template ${i % templates.length}: no fair draw`)
      const id = `h3-${lang}-${kind}-${String(i + 1).padStart(4, "0")}`
      checkLabels(id, out)
      for (const g of out.regions) phoneRegions[g] = (phoneRegions[g] ?? 0) + 1
      const { text, entities, negatives } = out
      lines.push({ id, lang, kind, text, entities, negatives })
    }
  }
  return lines
}

function counts(lines: Line[]) {
  const byLang: Record<string, Record<string, number>> = {}
  const neg: Record<string, number> = {}
  let onlyNeg = 0
  for (const l of lines) {
    const row = (byLang[l.lang] ??= { texts: 0 })
    row.texts = (row.texts ?? 0) + 1
    for (const e of l.entities) row[e.type] = (row[e.type] ?? 0) + 1
    for (const n of l.negatives) neg[n.kind] = (neg[n.kind] ?? 0) + 1
    if (l.entities.length === 0) onlyNeg++
  }
  return { byLang, neg, onlyNeg }
}

if (import.meta.main) {
  const lines = buildCorpus()
  const body = lines.map((l) => JSON.stringify(l)).join("\n") + "\n"
  if (process.argv.includes("--check")) {
    const disk = readFileSync(OUT, "utf8")
    if (disk !== body) {
      console.error("corpus.jsonl differs from the generator's output: run bun scripts/gen-holdout3.ts")
      process.exit(1)
    }
    console.log(`ok: ${lines.length} texts reproduce byte for byte`)
  } else {
    writeFileSync(OUT, body)
    console.log(JSON.stringify({ ...counts(lines), phoneRegions }, null, 1))
  }
}
