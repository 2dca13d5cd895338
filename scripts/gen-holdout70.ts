// Writes test/fixtures/pii-holdout70/corpus.jsonl, a blind labeled PII corpus of hand-written hurried, informal and
// mixed-language texts (see its README). `bun scripts/gen-holdout70.ts` writes it; `--stats` prints its counts. No PRNG:
// every text is written out in `scripts/holdout70/*.ts` with its labels inline; this file only strips the markers and numbers the records.
import { ALL, KINDS70 } from "./holdout70/all.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

/** holdout64's kinds plus `summary`. */
export const KINDS: readonly string[] = KINDS70
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout70/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
