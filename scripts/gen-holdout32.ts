// Generates test/fixtures/pii-holdout32/corpus.jsonl (deterministic); `--stats` prints the README tables.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildAll, buildCorpus } from "./holdout32/corpus.ts";
import { statsMarkdown } from "./holdout32/stats.ts";

export const CORPUS_PATH = fileURLToPath(new URL("../test/fixtures/pii-holdout32/corpus.jsonl", import.meta.url));
export { buildAll, buildCorpus };

if (import.meta.main) {
  if (process.argv.includes("--stats")) console.log(statsMarkdown(buildAll()));
  else {
    writeFileSync(CORPUS_PATH, buildCorpus());
    console.log(`wrote ${buildAll().length} texts to ${CORPUS_PATH}`);
  }
}
