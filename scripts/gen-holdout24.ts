// Writes test/fixtures/pii-holdout24/corpus.jsonl (home care, crypto KYC desk, sports club, food recall line),
// deterministically: bun scripts/gen-holdout24.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildCorpus } from './holdout24/corpus.ts'

export { buildCorpus }
export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout24', 'corpus.jsonl')

if (import.meta.main) {
  mkdirSync(dirname(CORPUS_PATH), { recursive: true })
  const s = buildCorpus()
  writeFileSync(CORPUS_PATH, s)
  console.log(`wrote ${s.trimEnd().split('\n').length} texts to ${CORPUS_PATH}`)
}
