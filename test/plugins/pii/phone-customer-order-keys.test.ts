// A number after the word that says it is a customer's, an account's or an order's number, in the Greek, Serbian,
// Croatian, Icelandic, Romanian and Spanish ways of writing it, is that number, not a phone; so is a number under a key
// naming an amount or a book. The phone words of the same languages still name a phone. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a word for number and the party or thing it numbers names that number", () => {
  expect(phones("Λογαριασμός νερού, Αρ. πελάτη 0421 778 3306, ζώνη Β.")).toEqual([])
  expect(phones("Број корисника 0612 448 9031, рачун за март.")).toEqual([])
  expect(phones("| Broj korisnika | 05512083347 |")).toEqual([])
  expect(phones("Ticket 41, N.º cliente 0611 202 3344, contador 9K11.")).toEqual([])
  expect(phones("Bestellt am Montag, Nr. Kunde 0171 2233445.")).toEqual([])
})

test("the same words before a phone's own word, or a speaker's tag, leave it a phone", () => {
  expect(phones("Αρ. τηλεφώνου 210 555 0147, ευχαριστώ.")).toEqual(["210 555 0147"])
  expect(phones("Број мобилног 064 123 4567, позовите после 17h.")).toEqual(["064 123 4567"])
  expect(phones("Овде Ана, мој број је 011 639 3866.")).toEqual(["011 639 3866"])
  expect(phones("| Broj mobitela | 091 234 5678 |")).toEqual(["091 234 5678"])
  expect(phones("mi lascia un numero cliente: 347 123 4567")).toEqual(["347 123 4567"])
})

test("an order's, a customer's or an account's word of these languages names its number", () => {
  expect(phones("Narudžba: 591 846 564\nDostava sutra.")).toEqual([])
  expect(phones("Поруџбина 0448 120 339 је послата.")).toEqual([])
  expect(phones("Viðskiptanúmer 0552 771 3098, lestur 40 m³.")).toEqual([])
  expect(phones("Pöntunarnúmerið er 0613 229 4410.")).toEqual([])
  expect(phones("Cont client 0722 334 1190, factura lunii martie.")).toEqual([])
  // A phone's compound of the same form is a phone's.
  expect(phones("Símanúmer 0552 771 3098, hringdu eftir kl. 17.")).toEqual(["0552 771 3098"])
})

test("a key naming an amount or a book names its value, however near a phone word", () => {
  expect(phones("2026-03-01T10:00:00Z INFO callback.queued amount=3476.12 agent=\"Ana\"")).toEqual([])
  expect(phones("callback:\n  isbn: 0-9687-7601-9\n  phone: 020 7946 0958")).toEqual(["020 7946 0958"])
  expect(phones("2026-03-01T10:00:00Z INFO callback.queued to=020 7946 0958")).toEqual(["020 7946 0958"])
})
