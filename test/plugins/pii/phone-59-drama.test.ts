// Ofcom's ranges for drama, written internationally: unassigned in the library's plan, but written as any UK number and
// what made-up records use. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("+44 7700 900xxx and +44 1632 960xxx are phones, as 07700 900xxx already was", () => {
  expect(phones("Reach me on +44 7700 900456 or 07700 900456.")).toEqual(["+44 7700 900456", "07700 900456"])
  expect(phones("Mahad asked for a callback on +44 7700 900123")).toEqual(["+44 7700 900123"])
  expect(phones("Office: +44 1632 960123, mobile +447700900001")).toEqual(["+44 1632 960123", "+447700900001"])
  // The range's own length only, and no id holding its digits.
  expect(phones("Ref 447700900123 on the invoice; order 77009001234.")).toEqual([])
})
