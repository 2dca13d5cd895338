// Writes test/fixtures/pii-holdout81/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout81.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout81/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { ALL, KINDS81 } from "./holdout81/all.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

/** a home-care agency's, a solar and heat-pump installer's, a sports club's and a pet-food subscription's seven kinds. */
export const KINDS: readonly string[] = KINDS81
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout81/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
