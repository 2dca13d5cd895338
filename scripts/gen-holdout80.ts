// Writes test/fixtures/pii-holdout80/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout80.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout80/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { ALL, KINDS80 } from "./holdout80/all.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

/** a debt-collection agency's, a property manager's, an online-course platform's and an appliance warranty desk's four kinds. */
export const KINDS: readonly string[] = KINDS80
/** The corpus's path, its locales in corpus order (each with its number of texts), its records, its counts. */
export const { CORPUS_PATH, LOCALES, buildAll, stats, main } = handWrittenCorpus(ALL, new URL("../test/fixtures/pii-holdout80/corpus.jsonl", import.meta.url))

if (import.meta.main) main(process.argv)
