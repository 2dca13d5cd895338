// A product's or a parcel's barcode named so is no phone, whichever language names it, though a numbering plan reads its
// digits (`Barcode 0275 0457 0686`); a phone number in the same text still is one. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number named a barcode, an EAN or a GTIN is no phone, in a sentence, a table, a YAML key or another language", () => {
  expect(phones("Parcel logged. Barcode 031245678904.")).toEqual([])
  expect(phones("| Barcode | 086419753102 |\n| Weight | 4 kg |")).toEqual([])
  expect(phones("item:\n  barcode: 047512983366\n  size: M")).toEqual([])
  expect(phones("EAN 0412 345 678 on the box.")).toEqual([])
  expect(phones("Kod kreskowy 059342725431, paczka czeka.")).toEqual([])
  expect(phones("Streckkod 0707 123 456 på lådan.")).toEqual([])
})

test("a phone beside a barcode is still found", () => {
  expect(phones("Barcode 031245678904. Call me on 0161 496 0000.")).toEqual(["0161 496 0000"])
  expect(phones("Streckkod 4006381333931, ring mig på 070-123 45 67.")).toEqual(["070-123 45 67"])
})
