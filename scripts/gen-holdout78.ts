// Writes test/fixtures/pii-holdout78/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout78.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout78/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { ALL, KINDS78 } from "./holdout78/all.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

/** a gambling and lottery operator's customer desks' four kinds. */
export const KINDS: readonly string[] = KINDS78
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout78/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
