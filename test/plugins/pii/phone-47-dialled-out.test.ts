// A number dialled out with `00` and a country's code after a comma: a phone, as with a `+`, however the clause before
// it names an agreement. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a comma ends what an agreement's word names before a number dialled out with 00", () => {
  expect(phones("zweiter inhaber ist ebenfalls im vertrag, 00352 691 448 120.")).toEqual(["00352 691 448 120"])
  expect(phones("second holder also on the contract, 0044 7911 123 456.")).toEqual(["0044 7911 123 456"])
})

test("a number right after the agreement's word, or with no country's code after 00, stays unfound", () => {
  expect(phones("Miles for booking 0098 720978 were credited.")).toEqual([])
  expect(phones("second holder also on the contract, 0012 3456 7890.")).toEqual([])
})
