// Writes test/fixtures/pii-holdout77/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout77.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout77/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { ALL, KINDS77 } from "./holdout77/all.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

/** a marketplace trust-and-safety desk's four kinds. */
export const KINDS: readonly string[] = KINDS77
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout77/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
