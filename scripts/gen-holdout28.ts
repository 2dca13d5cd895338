// Writes test/fixtures/pii-holdout28/corpus.jsonl (a coworking space's membership and meeting-room desk, a florist and
// gift-delivery service, a public library and museum membership desk, a driving school), deterministically.
// bun scripts/gen-holdout28.ts [--stats]
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildAll } from './holdout28/corpus.ts'
import { stats } from './holdout28/stats.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout28', 'corpus.jsonl')
export { buildAll }
export function buildCorpus(): string {
  return buildAll().map((b) => JSON.stringify(b.line)).join('\n') + '\n'
}
if (import.meta.main) {
  if (process.argv.includes('--stats')) console.log(stats(buildAll()))
  else { writeFileSync(CORPUS_PATH, buildCorpus()); console.log(`wrote ${CORPUS_PATH}`) }
}
