// Writes test/fixtures/pii-holdout26/corpus.jsonl (a mobile operator's porting and SIM-swap desk, a dental clinic
// chain's booking line, a student-loan servicer, a toll-road and parking-fine operator). `--stats` prints the README's
// tables instead.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildCorpus } from './holdout26/corpus.ts'
import { stats } from './holdout26/stats.ts'

export { buildCorpus }
export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout26', 'corpus.jsonl')

if (import.meta.main) {
  if (process.argv.includes('--stats')) console.log(stats())
  else {
    mkdirSync(dirname(CORPUS_PATH), { recursive: true })
    writeFileSync(CORPUS_PATH, buildCorpus())
    console.log(`wrote ${CORPUS_PATH}`)
  }
}
