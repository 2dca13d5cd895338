import { describe, expect, test } from "bun:test"
import { labelledValueOf, labelledValues } from "../../core/index.ts"

// labelledValueOf reads only the values that start near a span once a text has many: it must name the value a read of
// every value names, the first in the text's order when several hold the span (a table's cell and a `key: value` pair).
describe("labelledValueOf on a text of many values", () => {
  const everyValue = (text: string, start: number, end: number) =>
    labelledValues(text).find((v) => v.start <= start && end <= v.end && 2 * (end - start) >= v.end - v.start)

  const texts = [
    // A CSV whose rows are also `key: value` lines: a number is in its cell and in the line's value, which starts
    // before the cell but comes after it in the text's values.
    ["h1,h2,h3", ...Array.from({ length: 12 }, (_, i) => `a: x,030 12${i} 4567,y`)].join("\n"),
    ["name,phone,note", ...Array.from({ length: 12 }, (_, i) => `Ann ${i},030 12${i} 4567,ref: 44${i}1 22`)].join("\n"),
    Array.from({ length: 30 }, (_, i) => `Tel: 030 ${1000 + i} 567   Fax: 030 ${2000 + i}`).join("\n"),
    `{${Array.from({ length: 20 }, (_, i) => `"k${i}": "v ${i} 0${i}12 345"`).join(", ")}}`,
  ]

  test.each(texts.map((t, i) => [i, t]))("text %d: every span gets the value a read of all values gives", (_, text) => {
    expect(labelledValues(text).length).toBeGreaterThan(16)
    let named = 0
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= Math.min(text.length, start + 24); end++) {
        const want = everyValue(text, start, end)
        if (want) named++
        expect(labelledValueOf(text, start, end)).toBe(want)
      }
    }
    expect(named).toBeGreaterThan(0)
  })

  test("a number in a cell of a row that is also a `key: value` line is the cell's", () => {
    const text = texts[0]!
    const at = text.indexOf("030 125 4567")
    expect(labelledValueOf(text, at, at + 12)?.label).toBe("h2")
  })
})

// The values of the last few texts are kept (a recognizer may ask about a text of its own between two questions about
// the analyzed one): each answer must still be its own text's, in any order of asking.
describe("labelledValues over texts asked in turn", () => {
  const keys = ["phone", "email", "surname", "city", "iban", "ssn"]
  const many = (key: string) => Array.from({ length: 20 }, (_, i) => `${key}_${i}: v${i}`).join("\n")
  const texts = keys.map(many)

  test("each text's labels are its own, whichever was asked before", () => {
    const order = [0, 1, 0, 2, 3, 4, 5, 1, 0, 5, 5, 2, 4, 0, 3, 1]
    for (const k of order) {
      expect(labelledValues(texts[k]!).map((v) => v.label)).toEqual(Array.from({ length: 20 }, (_, i) => `${keys[k]} ${i}`))
      const at = texts[k]!.indexOf("v7")
      expect(labelledValueOf(texts[k]!, at, at + 2)?.label).toBe(`${keys[k]} 7`)
    }
  })
})
