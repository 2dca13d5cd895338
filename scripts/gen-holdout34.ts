// Writes the blind, labeled PII corpus holdout34 (test/fixtures/pii-holdout34/corpus.jsonl).
// `bun scripts/gen-holdout34.ts` writes it; `--stats` prints the README's tables.
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { buildAllRecords } from "./holdout34/corpus.ts"
import { statsTables } from "./holdout34/stats.ts"

export const CORPUS_PATH = resolve(import.meta.dirname, "../test/fixtures/pii-holdout34/corpus.jsonl")

export interface Text {
  line: string
  nameParts: string[]
  negativesOnly: boolean
}
export function buildAll(): Text[] {
  return buildAllRecords().map((b) => ({ line: JSON.stringify(b.record), nameParts: b.nameParts, negativesOnly: b.negativesOnly }))
}
export function buildCorpus(): string {
  return buildAll().map((t) => `${t.line}\n`).join("")
}

if (import.meta.main) {
  if (process.argv.includes("--stats")) console.log(statsTables(buildAllRecords()))
  else {
    writeFileSync(CORPUS_PATH, buildCorpus())
    console.log(`wrote ${CORPUS_PATH}`)
  }
}
