// Writes test/fixtures/pii-holdout25/corpus.jsonl: a blind labeled PII corpus (a workplace pension and annuity
// administrator, a furniture retailer's delivery line, a visa and passport appointment agency, a cruise line's guest
// services). Deterministic: same code, same bytes. See test/fixtures/pii-holdout25/README.md.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildLines } from './holdout25/corpus.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout25', 'corpus.jsonl')

export function buildCorpus(): string {
  return buildLines()
    .map((l) => JSON.stringify({ id: l.id, lang: l.lang, kind: l.kind, text: l.text, entities: l.entities.map((e) => ({ type: e.type, start: e.start, end: e.end })), negatives: l.negatives.map((n) => ({ kind: n.kind, start: n.start, end: n.end })) }))
    .join('\n') + '\n'
}

if (import.meta.main) {
  const s = buildCorpus()
  writeFileSync(CORPUS_PATH, s)
  console.log(`wrote ${s.trimEnd().split('\n').length} texts to ${CORPUS_PATH}`)
}
