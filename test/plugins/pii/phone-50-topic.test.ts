// A number named as what a message is about, right before it: that matter's number, not a phone. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number right after `it's about`, `c'est au sujet de`, `es geht um` and their kin is the matter, not a phone", () => {
  expect(phones("Thanks, Aroha. it's about 998 6278 6674\nsee you Tuesday")).toEqual([])
  expect(phones("Bonjour, c'est au sujet de 998 990 6576, merci")).toEqual([])
  expect(phones("Hallo! es geht um 998 9234 7226. gesamt € 2.236,68")).toEqual([])
  expect(phones("Dzień dobry, chodzi o 998 659 5653. dziękuję")).toEqual([])
  expect(phones("cb req re 3972958626")).toEqual([])
})

test("with a phone word or a phone's own shape between, or a phone's `+`, the number is still a phone", () => {
  expect(phones("it's about my new number, 020 7946 0958")).toEqual(["020 7946 0958"])
  expect(phones("it's about +352 621 123 456")).toEqual(["+352 621 123 456"])
  expect(phones("c'est au sujet de ma facture, rappelez-moi au 06 12 34 56 78")).toEqual(["06 12 34 56 78"])
})

test("a number opening with a trunk 0 after a topic's word stays a phone: the words name a phone's matter too", () => {
  expect(phones("Från och med måndag gäller 08-123 456 78 för alla samtal.")).toEqual(["08-123 456 78"])
  expect(phones("Hi, it's about 07700 900123, my mobile, which keeps dropping calls.")).toEqual(["07700 900123"])
  // A phone further back does not make the matter's number a phone: the nearer word decides.
  expect(phones("Helistage +372 5184 6786 – asi puudutab 998 156 8112")).toEqual(["+372 5184 6786"])
})
