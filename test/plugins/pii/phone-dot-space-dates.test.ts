// A date written with a space after each dot, as Czech, Slovak and German write it (`02. 02. 2026`), is no phone, even
// under a phone word; a phone beside one is still read. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a day, a month and a year with a space after each dot are a date", () => {
  expect(phones("Platba přijata 14. 05. 2026, děkujeme.")).toEqual([])
  expect(phones("Termín se posouvá na 03. 11. 2025.")).toEqual([])
  expect(phones("Zavolejte mi 07. 09. 2026 dopoledne.")).toEqual([])
})

test("a phone beside such a date, or dotted in pairs, is still a phone", () => {
  expect(phones("Zavolejte mi 07. 09. 2026 na 602 123 456.")).toEqual(["602 123 456"])
  expect(phones("Appelez le 06.12.34.56.78 demain.")).toEqual(["06.12.34.56.78"])
})
