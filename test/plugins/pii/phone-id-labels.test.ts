// Numbers a business writes like phones under a label naming some other number: a two-cell row of a `|` table read as
// its key and value, and the classes of ids (sessions, chargers, registrations, referrals, samples, customers, orders,
// lines, transfers) in the covered languages. Texts written for this file.
import { expect, test } from "bun:test"
import { labelledValues } from "../../../core/index.ts"
import { phones } from "./spans.ts"

test("a two-cell row of a pipe table is a key and its value", () => {
  const text = "| Item | Value |\n|---|---|\n| Telefon | 0171 2345678 |\n| Order no. | 0301 5557788 |"
  const pairs = labelledValues(text).map((v) => [v.label, text.slice(v.start, v.end)])
  expect(pairs).toContainEqual(["telefon", "0171 2345678"])
  expect(pairs).toContainEqual(["order no", "0301 5557788"])
  // A row of three cells is a table's, read under its header, not as a pair.
  const wide = "| a | b | c |\n| Phone | 0171 2345678 | x |"
  expect(labelledValues(wide).some((v) => v.label === "phone")).toBe(false)
})

test("a phone under a phone key of a pipe table is a phone; an order's or a donation's number is not", () => {
  expect(phones("| Field | Value |\n|---|---|\n| Phone | 0171 2345678 |\n| Donation ref | (020) 555 0147 |")).toEqual(["0171 2345678"])
  expect(phones("| Feld | Wert |\n|---|---|\n| Bestellnr. | 030 5557788 |\n| Mobil | 0171 2345678 |")).toEqual(["0171 2345678"])
})
