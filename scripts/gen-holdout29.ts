// Held-out PII corpus 29 (a removals and self-storage company, a wedding and events venue, a ski and outdoor rental
// shop, a home-care agency): writes test/fixtures/pii-holdout29/corpus.jsonl deterministically. `--stats` prints the
// README's tables.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build, serialize, type Built } from './holdout29/corpus.ts'
import { stats } from './holdout29/stats.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout29', 'corpus.jsonl')
export function buildAll(): Built[] { return build() }
export function buildCorpus(): string { return serialize(build()) }

if (import.meta.main) {
  const all = build()
  if (process.argv.includes('--stats')) console.log(stats(all))
  else { writeFileSync(CORPUS_PATH, serialize(all)); console.log(`${all.length} texts -> ${CORPUS_PATH}`) }
}
