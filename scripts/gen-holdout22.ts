// Writes test/fixtures/pii-holdout22/corpus.jsonl (a blind held-out PII corpus: an audiology clinic, a wine and
// spirits merchant, a marina berth office, a music school with instrument rental). Deterministic.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildCorpus } from './holdout22/corpus.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout22', 'corpus.jsonl')
export { buildCorpus }

if (import.meta.main) {
  const text = buildCorpus()
  mkdirSync(dirname(CORPUS_PATH), { recursive: true })
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.trimEnd().split('\n').length} texts to ${CORPUS_PATH}`)
}
