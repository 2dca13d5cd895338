import { describe, expect, test } from "bun:test"
import { patternOnLineBefore, wordsOnLineBefore } from "../../../plugins/pii/recognizers/phone-line-words.ts"
import { NUMBER_NOUNS, OTHER_WORDS } from "../../../plugins/pii/recognizers/phone-words.ts"

// On a long line the words before a number are found from where they first end on it, read once: the answer must be
// the one a read from the line's start gives, at every point a number can follow a word (after a space or a comma).
describe("words on a long line before a number", () => {
  let seed = 11
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
  const vocabulary = ["Anna", "Berg", "call", "the", "order", "no", "number", "lots", "lot", "serials", "Amelia", "ref", "referral", "020", "7946", "case", "é", "Ståle", "nº", "Bestellnummer"]
  const gaps = [" ", " ", ", ", "; ", "-", "\t", ": ", "/"]
  const line = (words: number) => Array.from({ length: words }, () => vocabulary[next(vocabulary.length)]! + gaps[next(gaps.length)]!).join("")
  // Long lines with and without the words, between short ones and after a line break.
  const texts = [
    line(400),
    `${line(3)}\n${line(300)}\n${line(2)}`,
    `${"Anna 020 7946 0958, ".repeat(60)}order ${"Anna 020 7946 0958, ".repeat(60)}`,
    "Anna 020 7946 0958, ".repeat(80),
    // Two long lines, the first with the words early, the second with none: each line is its own.
    `${line(300)}\n${"Anna 020 7946 0958, ".repeat(60)}`,
  ]
  const LIST = /(?<![\p{L}])(?:serials?|lots?)(?![\p{L}])/iu

  test.each(texts.map((t, i) => [i, t]))("text %d: as a read from the line's start", (_, text) => {
    let long = 0
    for (let start = 1; start < text.length; start++) {
      if (!/[ ,\t]/.test(text[start - 1]!)) continue
      const lineStart = text.lastIndexOf("\n", start - 1) + 1
      if (start - lineStart >= 512) long++
      for (const words of [OTHER_WORDS, NUMBER_NOUNS]) expect(wordsOnLineBefore(words, text, lineStart, start)).toBe(words.test(text, lineStart, start))
      if (!/\p{L}/u.test(text[start]!)) expect(patternOnLineBefore(LIST, text, lineStart, start)).toBe(LIST.test(text.slice(lineStart, start)))
    }
    expect(long).toBeGreaterThan(100)
  })

  test("a number after the line's words has them before it, one before them does not", () => {
    const text = `${"Anna 020 7946 0958, ".repeat(40)}Serials, order: ${"Anna 020 7946 0958, ".repeat(40)}`
    const before = text.indexOf("Serials") - 15
    const after = text.lastIndexOf("020")
    expect([wordsOnLineBefore(OTHER_WORDS, text, 0, before), wordsOnLineBefore(OTHER_WORDS, text, 0, after)]).toEqual([false, true])
    expect([patternOnLineBefore(LIST, text, 0, before), patternOnLineBefore(LIST, text, 0, after)]).toEqual([false, true])
  })
})
