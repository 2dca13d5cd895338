// Writes test/fixtures/pii-holdout20/corpus.jsonl: a blind labeled PII corpus (veterinary clinic,
// gym and fitness club, home solar installer, concert and theatre box office). Deterministic.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildLines } from './holdout20/corpus.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout20', 'corpus.jsonl')

export function buildCorpus(): string {
  return buildLines().map((l) => JSON.stringify(l)).join('\n') + '\n'
}

if (import.meta.main) {
  const text = buildCorpus()
  writeFileSync(CORPUS_PATH, text)
  console.log(`wrote ${text.trimEnd().split('\n').length} texts to ${CORPUS_PATH}`)
}
