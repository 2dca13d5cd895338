// holdout81's card read out after "this one," (a pronoun, no digit of it), written again with another number.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const pii = createAnalyzer()
const cards = (text: string) => pii.analyze(text).filter((f) => f.type === "CARD").map((f) => text.slice(f.start, f.end))

test("a card said in words after 'one' the pronoun is found from its first digit", () => {
  const said = "five five five five, five five five five, five five five five, four four four four"
  expect(cards(`Caller: the old card expired, take the new one, ${said}.`)).toEqual([said])
  expect(cards(`Agent: which card? Caller: this one ${said}`)).toEqual([said])
})

test("words that make no card with or without the first word stay unfound", () => {
  expect(cards("Caller: my card, one five five five, five five five five, five five five five, four four four five")).toEqual([])
})
