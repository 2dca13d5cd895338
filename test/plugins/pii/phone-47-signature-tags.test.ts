// A signature's line of phones, each tagged with one capital (`M`, `T`, `F`) between separators: each tagged number is
// a phone, bare digits and a 3-3-3 grouping included. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number tagged with one capital between a signature's separators is a phone", () => {
  const signature = "--\nMara Quist\nNorthwind Freight\nT (312) 555-0186 | M 7735550142 | F 3125550199\nmara.quist@northwind.example"
  expect(phones(signature)).toEqual(["(312) 555-0186", "7735550142", "3125550199"])
  expect(phones("Anne Weber\nD +352 26 88 44 53 · M 691-448-120 · F 26884459")).toEqual(["+352 26 88 44 53", "691-448-120", "26884459"])
})

test("a capital and digits outside a signature's separators stay unfound", () => {
  expect(phones("Order shipped in box M 7735550142 today.")).toEqual([])
  expect(phones("Seats | Row F 3125550199 booked")).toEqual([])
  expect(phones("| Part | Batch |\n|---|---|\n| Valve | F 3125550199 |")).toEqual([])
})
