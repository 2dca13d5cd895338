// person-contact asks, for each cue word, whether it opens its line, a chat's turn or a key: read back in place now, the
// answers must be those of the expressions on the 40 units before the word, for texts of every shape a cue can follow.
import { expect, test } from "bun:test"
import { seededRandom } from "../../../core/clock.ts"
import { opensKey, opensLine, opensTag } from "../../../plugins/pii/recognizers/line-start.ts"

const LINE_OPENS = /(?:^|\n)[ \t]*$/
const TAG_OPENS = /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,30}\][ \t]+)?$/
const BEFORE_KEY = /(?:^|\n|[.!?;:,][ \t]+|\|[ \t]*)$/
const UNITS = ["a", "B", " ", " ", "\t", "\n", "[", "]", "7", ":", ".", "|", ",", "!", "?", ";", "é"]

test("opensLine, opensTag and opensKey answer as the expressions they replace", () => {
  const rnd = seededRandom(12)
  const counts = { line: 0, stamp: 0, key: 0 }
  for (let k = 0; k < 40000; k++) {
    let text = ""
    for (let n = Math.floor(rnd() * 60); n > 0; n--) text += UNITS[Math.floor(rnd() * UNITS.length)]
    // A stamp closing the text, of any length around the 1 to 30 units allowed (`[10:42] `).
    if (rnd() < 0.3) text += `${rnd() < 0.5 ? "\n" : ""}${" ".repeat(Math.floor(rnd() * 2))}[${"1:".repeat(Math.floor(rnd() * 17))}]${" ".repeat(Math.floor(rnd() * 3))}`
    for (const at of [text.length, Math.floor(rnd() * (text.length + 1))]) {
      const before = text.slice(Math.max(0, at - 40), at)
      expect([opensLine(text, at), opensTag(text, at), opensKey(text, at)]).toEqual([LINE_OPENS.test(before), TAG_OPENS.test(before), BEFORE_KEY.test(before)])
      counts.line += Number(opensLine(text, at))
      counts.stamp += Number(opensTag(text, at) && !opensLine(text, at))
      counts.key += Number(opensKey(text, at))
    }
  }
  // Each answers yes often enough that the comparison is not of two noes.
  expect(Math.min(counts.line, counts.stamp, counts.key)).toBeGreaterThan(300)
})

test("a name after a chat's stamp, a line's greeting or a key's clause is read as before", () => {
  expect(opensTag("[10:42] ", 8)).toBe(true)
  expect(opensTag("ok [10:42] ", 11)).toBe(false)
  expect(opensLine("hello\n  ", 8)).toBe(true)
  expect(opensKey("Thanks. ", 8)).toBe(true)
  expect(opensKey("Thanks ", 7)).toBe(false)
})
