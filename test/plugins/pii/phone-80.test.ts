// holdout80's phone misses, written afresh: a number after a whole address (its numbers, the town, a comma), a free
// number by its name (`numero verde`, `numéro vert`), and Hungarian groups of three said as one word.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const pii = createAnalyzer()
const phones = (text: string) => pii.analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))

test("a number after an address written whole (numbers, town, comma) is a phone; a postcode after the house number is not", () => {
  expect(phones("Cliente : Marie Dubois, Avenue Louise 212, 1050 Ixelles, 0472 18 33 90.")).toEqual(["0472 18 33 90"])
  expect(phones("Klant: Piet Jansen, Oudegracht 41, 3511 AB Utrecht, 030 231 44 87.")).toEqual(["030 231 44 87"])
  expect(phones("Leveransadress: Drottninggatan 58 765 21 Stockholm")).toEqual([])
  expect(phones("endereço rua dom pedro ii 51 40079-277 salvador")).toEqual([])
})

test("a free number by its name is a phone", () => {
  expect(phones("Per assistenza chiami il numero verde 800 414 237 dal lunedì")).toEqual(["800 414 237"])
  expect(phones("Appelez notre numéro vert 0800 12 345 pour toute question")).toEqual(["0800 12 345"])
})

test("a Hungarian number said in groups of three as one word each", () => {
  expect(phones("Így diktálta: nulla hat harminc, négyszázhetvenegy, huszonöt, nyolcvankilenc. Délután hívható.")).toEqual(["nulla hat harminc, négyszázhetvenegy, huszonöt, nyolcvankilenc"])
  expect(phones("A száma: nulla hat húsz, kétszáztizenöt, tizennyolc, ötven")).toEqual(["nulla hat húsz, kétszáztizenöt, tizennyolc, ötven"])
  // A count in words is no phone.
  expect(phones("A csomag háromszázötven forintba került.")).toEqual([])
})
