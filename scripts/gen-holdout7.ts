// Writes test/fixtures/pii-holdout7/corpus.jsonl: the bank, insurer and
// telecom contact-center corpus (seeded; the same code gives the same bytes).
// Usage: bun scripts/gen-holdout7.ts [--check]
import { readFileSync, writeFileSync } from "node:fs"
import { buildCorpus } from "./holdout7/corpus"

export const CORPUS_PATH = new URL("../test/fixtures/pii-holdout7/corpus.jsonl", import.meta.url).pathname

if (import.meta.main) {
  const text = buildCorpus()
  if (process.argv.includes("--check")) {
    const same = readFileSync(CORPUS_PATH, "utf8") === text
    console.log(same ? "corpus.jsonl is up to date" : "corpus.jsonl differs from the generator")
    process.exit(same ? 0 : 1)
  }
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.split("\n").length - 1} lines to ${CORPUS_PATH}`)
}
