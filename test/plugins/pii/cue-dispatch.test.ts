// The lower-case cues are searched word by word (a set lookup per word, the expression tried only where a word opens
// one of its phrases): the matches must be the expression's own, on every labeled corpus as written, lower-cased and
// upper-cased.
import { expect, test } from "bun:test"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { allMatches } from "../../../core/index.ts"
import { CUE_THEN_LOWER, cueMatches } from "../../../plugins/pii/recognizers/person-case.ts"

const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures")

// Every corpus, three ways: seconds on a loaded machine, more with each corpus (not a timed test).
test("cueMatches finds exactly what the cue expression finds, at the same places", () => {
  const texts = readdirSync(FIXTURES)
    .filter((d) => /^pii(?:-holdout\d*)?$/.test(d))
    .flatMap((d) => readFileSync(join(FIXTURES, d, "corpus.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text))
  expect(texts.length).toBeGreaterThan(9000)
  const shown = (ms: RegExpExecArray[]) => ms.map((m) => `${m.index}:${m[0]}:${m[1]}`).join("|")
  let compared = 0
  for (const t of texts.flatMap((t) => [t, t.toLowerCase(), t.toUpperCase()])) {
    expect(shown(cueMatches(t))).toBe(shown(allMatches(CUE_THEN_LOWER, t)))
    compared++
  }
  expect(compared).toBe(texts.length * 3)
  // A cue found at all: the comparison is not of two empty lists.
  expect(cueMatches("caller mr lindqvist rang, hi marcus").map((m) => m[1])).toEqual(["caller", "mr", "rang", "hi"])
}, 60_000)
