// holdout31: a blind, labeled PII corpus of a veterinary clinic and pet
// insurer, a car rental and roadside desk, an energy and water utility's
// billing desk, and a university admissions and housing office, written from
// 22 regions in 12 languages. `bun scripts/gen-holdout31.ts` writes
// test/fixtures/pii-holdout31/corpus.jsonl; `--stats` prints the README tables.
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { build, type Built } from "./holdout31/corpus.ts"
import { statsTables } from "./holdout31/stats.ts"

export const CORPUS_PATH = resolve(import.meta.dirname, "../test/fixtures/pii-holdout31/corpus.jsonl")

/** Every text: its JSON line, the name parts of every person made for it, and whether it holds negatives only. */
export function buildAll(): Built[] {
  return build()
}

export function buildCorpus(): string {
  return buildAll()
    .map((b) => b.line)
    .join("\n")
    .concat("\n")
}

if (import.meta.main) {
  if (process.argv.includes("--stats")) console.log(statsTables(buildAll()))
  else {
    writeFileSync(CORPUS_PATH, buildCorpus())
    console.log(`wrote ${CORPUS_PATH}`)
  }
}
