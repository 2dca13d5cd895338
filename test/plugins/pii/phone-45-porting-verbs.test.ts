// A Slavic verb for porting a number right before its word for number (`převést číslo`): the number being ported is a
// phone, not some other number the verb names. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("the number a Czech or Polish caller wants ported is a phone", () => {
  expect(phones("Chci převést číslo 731-402-118 k vám.")).toEqual(["731-402-118"])
  expect(phones("Chcę przenieść numer 512-334-871 do was.")).toEqual(["512-334-871"])
})

test("an order's number after the verb and the word for number stays an order's", () => {
  expect(phones("Chci převést číslo objednávky 731-402-118.")).toEqual([])
})
