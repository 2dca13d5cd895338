// Review of holdout44's PERSON false positives on a firm's name spelled like a person's (a first name that is also an
// everyday word, then a trade's word). Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a firm's name holding a trade's word after a first name is no person, as a title, a place or a letterhead", () => {
  expect(people("Meeting: Hope Travel Insurance – Sunniva Dahl\nLocation: Hope Travel Insurance")).toEqual(["Sunniva Dahl"])
  expect(people("Grace Lettings Direct\n\nDear Tomasz Nowak,\nyour deposit is held.")).toEqual(["Tomasz Nowak"])
})

test("a person's name beside it is still found, and a sentence after a name is no firm", () => {
  expect(people("Call notes – Hope Travel Insurance\nCustomer: Ingrid Solberg")).toEqual(["Ingrid Solberg"])
  expect(people("Grace Holt rang the council about the bins.")).toEqual(["Grace Holt"])
})
