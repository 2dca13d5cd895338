// A call summary names whom it spoke with, then their part in brackets (`(customer)`), in Finnish, Turkish, Serbian and
// Icelandic too, where the given name is often also a word. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a name followed by the customer's part in brackets is a person's, the summary's verb left out", () => {
  expect(people("Puhuttu Aamu Heikkilä (asiakas). Soittakaa takaisin iltapäivällä.")).toEqual(["Aamu Heikkilä"])
  expect(people("Görüşülen Deniz Yılmaz (müşteri). Lütfen yarın arayın.")).toEqual(["Deniz Yılmaz"])
  expect(people("Разговарао са Звезда Јовић (корисник). Молим повратни позив.")).toEqual(["Звезда Јовић"])
})

test("a lone word before brackets, or brackets holding no party, name no one", () => {
  expect(people("Meter read at Riverside Depot (north gate).")).toEqual([])
  expect(people("Order for Garden (customer) left at the door.")).toEqual([])
})
