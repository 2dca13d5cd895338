// Writes test/fixtures/pii-holdout21/corpus.jsonl (accounting and tax returns, home alarm monitoring,
// a childcare nursery, e-scooter and bike share). Deterministic: bun scripts/gen-holdout21.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build, serialize } from './holdout21/corpus.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout21', 'corpus.jsonl')

export function buildCorpus(): string {
  return serialize(build().lines)
}

if (import.meta.main) {
  mkdirSync(dirname(CORPUS_PATH), { recursive: true })
  const text = buildCorpus()
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.trimEnd().split('\n').length} texts to ${CORPUS_PATH}`)
}
