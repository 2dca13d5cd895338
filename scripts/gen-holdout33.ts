// holdout33: a blind, labeled PII corpus (internet/TV/phone provider, car-sharing + EV charging, charity office, radiology/lab line).
// `bun scripts/gen-holdout33.ts` writes the corpus; `--stats` prints the README tables.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTexts, toLine } from './holdout33/corpus.ts';
import { statsMarkdown } from './holdout33/stats.ts';

export const CORPUS_PATH = join(import.meta.dir, '..', 'test', 'fixtures', 'pii-holdout33', 'corpus.jsonl');

export interface BuiltLine {
  line: string;
  nameParts: string[];
  negativesOnly: boolean;
}

export function buildAll(): BuiltLine[] {
  return buildTexts().map((t) => ({ line: toLine(t), nameParts: t.nameParts, negativesOnly: t.negOnly }));
}

export function buildCorpus(): string {
  return buildAll().map((b) => b.line).join('\n') + '\n';
}

if (import.meta.main) {
  if (process.argv.includes('--stats')) {
    console.log(statsMarkdown(buildTexts()));
  } else {
    writeFileSync(CORPUS_PATH, buildCorpus());
    console.log(`wrote ${CORPUS_PATH}`);
  }
}
