// Writes test/fixtures/pii-holdout27/corpus.jsonl: a blind held-out PII corpus (a phone and laptop repair chain, a
// hospital outpatient appointments line, a children's camp and after-school club desk, a rail and airport
// lost-property office). `bun scripts/gen-holdout27.ts` writes it; `--stats` prints the README's tables.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { generate, serialize } from './holdout27/corpus.ts'
import { stats } from './holdout27/stats.ts'

export const CORPUS_PATH = fileURLToPath(new URL('../test/fixtures/pii-holdout27/corpus.jsonl', import.meta.url))
export function buildCorpus(): string { return serialize(generate().lines) }

if (import.meta.main) {
  if (process.argv.includes('--stats')) {
    const g = generate()
    console.log(stats(g.lines, g.meta))
  } else {
    writeFileSync(CORPUS_PATH, buildCorpus())
    console.log(`wrote ${CORPUS_PATH}`)
  }
}
