// Writes test/fixtures/pii-holdout23/corpus.jsonl: a car and van rental desk, a home-insurance claims line,
// an energy and water utility, an airline and travel-agency service desk. Deterministic: `bun scripts/gen-holdout23.ts`.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from './holdout23/corpus.ts'

export const CORPUS_PATH = fileURLToPath(new URL('../test/fixtures/pii-holdout23/corpus.jsonl', import.meta.url))

export function buildCorpus(): string {
  return build().map((b) => JSON.stringify(b.line) + '\n').join('')
}

if (import.meta.main) {
  const s = buildCorpus()
  writeFileSync(CORPUS_PATH, s)
  console.log(`wrote ${s.split('\n').length - 1} lines to ${CORPUS_PATH}`)
}
