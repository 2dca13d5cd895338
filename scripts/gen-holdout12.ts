/**
 * Writes test/fixtures/pii-holdout12/corpus.jsonl: a blind, seeded PII corpus for a parcel courier,
 * a marketplace's seller support and a food-delivery app. `bun scripts/gen-holdout12.ts`
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildCorpus } from "./holdout12/corpus.ts";

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout12/corpus.jsonl", import.meta.url));

if (import.meta.main) {
  const text = buildCorpus();
  writeFileSync(CORPUS_PATH, text);
  console.log(`wrote ${text.split("\n").length - 1} lines to test/fixtures/pii-holdout12/corpus.jsonl`);
}
