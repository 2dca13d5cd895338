// Writes test/fixtures/pii-holdout61/corpus.jsonl, a blind labeled PII corpus of hand-written texts (see its README).
// `bun scripts/gen-holdout61.ts` writes it; `--stats` prints its counts. No PRNG: every text is written out in
// `scripts/holdout61/*.ts` with its labels inline, and this file only strips the markers and numbers the records.
import { fileURLToPath } from "node:url"
import { ALL } from "./holdout61/all.ts"
import { KINDS } from "./holdout61/markup.ts"
import { handWrittenCorpus } from "./hand-written-corpus.ts"

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout61/corpus.jsonl", import.meta.url))
export { KINDS }
const corpus = handWrittenCorpus(ALL, CORPUS_PATH)
/** Locales in corpus order, with their number of texts. */
export const LOCALES = corpus.LOCALES
export const buildAll = corpus.buildAll
export const stats = corpus.stats

if (import.meta.main) corpus.main(process.argv)
