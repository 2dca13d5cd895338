// Writes test/fixtures/pii-holdout74/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout74.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout74/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { ALL, KINDS74 } from "./holdout74/all.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

/** holdout64's kinds plus `summary`, less `ticket` and `sms` (scripts/holdout74/mk.ts). */
export const KINDS: readonly string[] = KINDS74
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout74/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
