// A card's expiry (a month and a year) and a web log's status and byte count are no phone, whatever phone word is near.
// Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a card's expiry month and year after a phone word is no phone", () => {
  expect(phones("Call me back about it. Visa ending 0114, valid thru 09/2031, billing phone 0161 496 0753")).toEqual(["0161 496 0753"])
  expect(phones("Her card number is 4539 1488 0343 6467, exp 03/2031.")).toEqual([])
  expect(phones("Nazovi me. Broj kartice 4539 1488 0343 6467, vrijedi do 08/2029.")).toEqual([])
})

test("the status and size after a logged request are no phone; a phone in the same log line is", () => {
  const log = '10.1.2.3 - - [12/Mar/2026:10:00:01] "POST /callback?tel=1 HTTP/1.1" 302 5512 "-" caller 020 7946 0321'
  expect(phones(log)).toEqual(["020 7946 0321"])
})
