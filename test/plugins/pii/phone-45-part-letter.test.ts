// A lone capital after a lower-case word opens a part's or a code's number (an OEM part number's `A`): no phone, in any
// language. A capital that tags a phone, and an article at a sentence's start, still name one. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number after a lone capital in mid-sentence is a part's or a code's", () => {
  expect(phones("The wiper motor, part A 221 820 42 42, came cracked.")).toEqual([])
  expect(phones("Bitte das Teil B 612 345 67 89 nochmals senden.")).toEqual([])
  expect(phones("La pièce A 0612 345 678 est arrivée cassée.")).toEqual([])
})

test("a capital tagging a phone, or an article opening a sentence, leaves the number a phone", () => {
  expect(phones("Office 020 7946 0321 M 07700 900461")).toEqual(["020 7946 0321", "07700 900461"])
  expect(phones("Hívjon vissza, kérem.\nA 06 20 319 4455 számon elér.")).toEqual(["06 20 319 4455"])
  expect(phones("reach me on T 020 7946 0321")).toEqual(["020 7946 0321"])
})
