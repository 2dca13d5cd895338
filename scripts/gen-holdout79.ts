// Writes test/fixtures/pii-holdout79/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout79.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout79/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { ALL, KINDS79 } from "./holdout79/all.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

/** a roadside-assistance, car-rental and car-sharing operator's customer desks' four kinds. */
export const KINDS: readonly string[] = KINDS79
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout79/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
