// Writes test/fixtures/pii-holdout11/corpus.jsonl (byte-identical for the same
// code) and prints counts for its README. Usage: bun scripts/gen-holdout11.ts
import { writeFileSync } from "node:fs"
import { resolve } from "node:path"
import { buildCorpus, buildRows } from "./holdout11/corpus.ts"
import { summarize } from "./holdout11/summary.ts"

const out = resolve(import.meta.dirname, "../test/fixtures/pii-holdout11/corpus.jsonl")
writeFileSync(out, buildCorpus())
console.log(summarize(buildRows()))
