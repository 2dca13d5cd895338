// TOP_SCORES says how high each type's findings score; a minScore above the highest of the types asked for is refused
// as finding nothing. A recognizer that scores higher than its type's number would have that refusal turn away a
// minScore that still finds it: this reads five labelled corpora and fails first (every corpus under test/fixtures
// agreed on 2026-12-07; reading them all takes minutes).
import { expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { ENTITY_TYPES, highestUsefulMinScore, TOP_SCORES, unreachableMinScore } from "../../../plugins/pii/entity-types.ts"
import { builtinRecognizers } from "../../../plugins/pii/recognizers/index.ts"

const FIXTURES = join(import.meta.dir, "../../fixtures")
// Between them every type reaches its top score, in a few seconds.
const CORPORA = ["pii", "pii-holdout66", "pii-holdout69", "pii-holdout75", "pii-holdout76"]

function corpusTexts(): string[] {
  const texts: string[] = []
  const strings = (value: unknown): void => {
    if (typeof value === "string") texts.push(value)
    else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v)
  }
  for (const dir of CORPORA) {
    const path = join(FIXTURES, dir, "corpus.jsonl")
    for (const line of readFileSync(path, "utf8").split("\n")) if (line.trim()) strings(JSON.parse(line).text)
  }
  return texts
}

test("no built-in recognizer scores above its type's TOP_SCORES, and each type reaches it somewhere", () => {
  const highest: Record<string, number> = {}
  for (const text of corpusTexts()) for (const r of builtinRecognizers()) for (const f of r.recognize(text)) highest[f.type] = Math.max(highest[f.type] ?? 0, f.score)
  expect(highest).toEqual({ ...TOP_SCORES })
}, 60_000)

test("the highest useful minScore is the highest TOP_SCORES of the types asked for; a type of one's own may reach 1", () => {
  expect(highestUsefulMinScore().score).toBe(1)
  expect(highestUsefulMinScore(["EMAIL", "PHONE"])).toEqual({ score: 0.95, types: "EMAIL, PHONE" })
  expect(highestUsefulMinScore(["PHONE", "ACME_ACCOUNT"]).score).toBe(1)
  for (const type of ENTITY_TYPES) expect(unreachableMinScore(TOP_SCORES[type], [type])).toBeUndefined()
  expect(unreachableMinScore(1, ["IP_ADDRESS"])).toStartWith("must be at most 0.9: no finding of IP_ADDRESS scores above that")
})
