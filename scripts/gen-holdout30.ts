// Held-out PII corpus 30 (a real-estate lettings and sales desk, a pest-control and commercial-cleaning company, a hotel
// spa and restaurant reservations desk, a B2B office-supplies reseller): writes test/fixtures/pii-holdout30/corpus.jsonl
// deterministically. `--stats` prints the README's tables.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildAll as build, serialize, type Built } from './holdout30/corpus.ts'
import { stats } from './holdout30/stats.ts'

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout30', 'corpus.jsonl')
export function buildAll(): Built[] { return build() }
export function buildCorpus(): string { return serialize(build()) }

if (import.meta.main) {
  if (process.argv.includes('--stats')) console.log(stats(build()))
  else {
    mkdirSync(dirname(CORPUS_PATH), { recursive: true })
    writeFileSync(CORPUS_PATH, buildCorpus())
    console.log(`wrote ${CORPUS_PATH}`)
  }
}
