import { expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { stopwordsSource } from "../../../scripts/pii-stopwords.ts"
import { STOPWORDS } from "../../../plugins/pii/data/stopwords.ts"

test("the checked-in frequent-word list is what the script generates from stopwords-iso (run bun scripts/pii-stopwords.ts)", () => {
  const checkedIn = readFileSync(new URL("../../../plugins/pii/data/stopwords.ts", import.meta.url), "utf8")
  expect(checkedIn).toBe(stopwordsSource())
})

test("the list holds frequent words of the covered languages, one lower-case word each", () => {
  // English, Italian, Romanian, Danish, Hungarian, Spanish, Greek, Croatian, Indonesian.
  for (const word of ["last", "della", "mai", "ned", "ott", "pues", "και", "smo", "yang"]) expect(STOPWORDS).toContain(word)
  expect(STOPWORDS.every((w) => w.length > 1 && w === w.toLowerCase() && !/\s/.test(w))).toBe(true)
})
