// Two words in capitals on a line (ALL-CAPS lines are title-cased for the person recognizer) are found in one pass: the
// answer must be the expression's it replaced, on every labeled corpus and on short texts of letters of every case,
// marks, astral letters, lone surrogates, sentence ends and line breaks.
import { expect, test } from "bun:test"
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { twoCapsWords } from "../../../plugins/pii/recognizers/person-caps.ts"

const EXPRESSION = /\p{Lu}{2,}[^\p{Ll}.!?\n]*?[^\p{L}\n]\p{Lu}{2,}/u
const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures")

test("twoCapsWords answers as the expression on every labeled corpus, as written and upper-cased", () => {
  const texts = readdirSync(FIXTURES)
    .filter((d) => /^pii(?:-holdout\d*)?$/.test(d))
    .flatMap((d) => readFileSync(join(FIXTURES, d, "corpus.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { text: string }).text))
  let found = 0
  for (const t of texts.flatMap((t) => [t, t.toUpperCase()])) {
    expect([t.slice(0, 60), twoCapsWords(t)]).toEqual([t.slice(0, 60), EXPRESSION.test(t)])
    if (EXPRESSION.test(t)) found++
  }
  expect(found).toBeGreaterThan(1000)
})

test("twoCapsWords answers as the expression on short texts of any letters and separators", () => {
  const units = ["A", "Ö", "a", "ß", "ǅ", "ʰ", "中", " ", ".", "!", "?", "\n", "-", "1", "\u0301", "𝐀", "𝐚", "\uD835", "\uDC00", "\t", "Σ"]
  let seed = 7
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000
  for (let k = 0; k < 50_000; k++) {
    let s = ""
    for (let n = 1 + Math.floor(random() * 10); n > 0; n--) s += units[Math.floor(random() * units.length)]
    expect([s, twoCapsWords(s)]).toEqual([s, EXPRESSION.test(s)])
  }
  expect([twoCapsWords("CALL EMEKA"), twoCapsWords("CALL. EMEKA"), twoCapsWords("CALL\nEMEKA"), twoCapsWords("CALLEMEKA")]).toEqual([true, false, false, false])
})
