// Writes test/fixtures/pii-holdout5/corpus.jsonl: `bun scripts/gen-holdout5.ts`. Deterministic (seeded per language).
import { writeFileSync } from 'node:fs'
import { buildCorpus } from './holdout5/build'

export const CORPUS_PATH = new URL('../test/fixtures/pii-holdout5/corpus.jsonl', import.meta.url)

if (import.meta.main) {
  const text = buildCorpus()
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.split('\n').length - 1} texts to test/fixtures/pii-holdout5/corpus.jsonl`)
}
