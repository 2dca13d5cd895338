// Builds test/fixtures/pii-holdout10/corpus.jsonl: a US public-sector contact
// center, a pharmacy chain and a Canadian (and Swiss) utility. Seeded: the same
// code writes the same bytes. `bun scripts/gen-holdout10.ts` rewrites the file;
// `--check` only compares.
import { readFileSync, writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { createRng } from "./holdout10/rng.ts"
import { type Line, render, type Template } from "./holdout10/template.ts"
import { EN_CA, FR_CA } from "./holdout10/templates-ca.ts"
import { DE_CH, FR_CH } from "./holdout10/templates-ch.ts"
import { ES_US } from "./holdout10/templates-es.ts"
import { EN_US } from "./holdout10/templates-us.ts"

export const CORPUS_PATH = resolve(import.meta.dirname, "../test/fixtures/pii-holdout10/corpus.jsonl")

// locale, lang written in the file, templates, how many texts, seed.
const PLAN: [string, string, Template[], number, number][] = [
  ["en-US", "en", EN_US, 230, 10_001],
  ["es-US", "es", ES_US, 50, 10_002],
  ["en-CA", "en", EN_CA, 40, 10_003],
  ["fr-CA", "fr", FR_CA, 44, 10_004],
  ["de-CH", "de", DE_CH, 40, 10_005],
  ["fr-CH", "fr", FR_CH, 36, 10_006],
]

export function buildCorpus(): Line[] {
  const lines: Line[] = []
  const counters = new Map<string, number>()
  for (const [locale, lang, templates, count, seed] of PLAN) {
    const r = createRng(seed)
    for (let i = 0; i < count; i++) {
      const t = templates[i % templates.length]!
      const n = (counters.get(`${lang}-${t[0]}`) ?? 0) + 1
      counters.set(`${lang}-${t[0]}`, n)
      const id = `${lang}-${t[0]}-${String(n).padStart(4, "0")}`
      lines.push({ id, lang, kind: t[0], ...render(t, r, locale) })
    }
  }
  return lines
}

export function corpusText(): string {
  return buildCorpus()
    .map((l) => JSON.stringify(l))
    .join("\n")
    .concat("\n")
}

if (import.meta.main) {
  const text = corpusText()
  if (process.argv.includes("--check")) {
    const same = readFileSync(CORPUS_PATH, "utf8") === text
    console.log(same ? "corpus.jsonl is up to date" : "corpus.jsonl differs from the generator")
    process.exitCode = same ? 0 : 1
  } else {
    writeFileSync(CORPUS_PATH, text)
    console.log(`wrote ${text.split("\n").length - 1} texts to ${CORPUS_PATH}`)
  }
}
