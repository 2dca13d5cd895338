// Phones holdout40 missed, by the general rules that now read them: a number read with pauses right after the caller
// says it is theirs (`my number is`, in the languages covered), a number said digit by digit after `plus` or in four
// words, a number alone in a bracket after a party's name on its line, and a phone key's international number that a
// form wrapped onto the next line. Texts written for this file; the negatives are what the same phrases and pauses
// also come before: quantities, prices, dates, times, meter readings, another number's name.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

// A transcript with no voicemail header: the caller's own words say the number is theirs.
const said = (words: string) => `Recording 4 min — Hello, Tomasz here about the booking. ${words} Bye.`

test("groups read with pauses right after 'my number is' are one phone, in the languages covered", () => {
  expect(phones(said("mit nummer er 31, 62, 44, 07."))).toEqual(["31, 62, 44, 07"])
  expect(phones(said("moje číslo je 0911, 482, 305."))).toEqual(["0911, 482, 305"])
  expect(phones(said("a számom 06, 30, 512, 7734."))).toEqual(["06, 30, 512, 7734"])
  expect(phones(said("номерът ми е 088, 412, 7390."))).toEqual(["088, 412, 7390"])
  expect(phones(said("moj broj je 063... 418... 2207."))).toEqual(["063... 418... 2207"])
  expect(phones(said("mon numéro c'est le 0478... 21... 56... 90."))).toEqual(["0478... 21... 56... 90"])
  expect(phones(said("mi número es el 612 - 48 - 33 - 90."))).toEqual(["612 - 48 - 33 - 90"])
  expect(phones(said("el meu número és el 655, 302, 118."))).toEqual(["655, 302, 118"])
  expect(phones(said("mans numurs ir 26… 418… 903."))).toEqual(["26… 418… 903"])
  expect(phones(said("númerið mitt er 862… 4410."))).toEqual(["862… 4410"])
  expect(phones(said("moja številka je 041... 553... 208."))).toEqual(["041... 553... 208"])
  expect(phones(said("meine Nummer ist 0151... 2345... 6789."))).toEqual(["0151... 2345... 6789"])
})

test("a bare number right after 'my number is' in Catalan and Icelandic is a phone", () => {
  expect(phones(said("el meu número és el 655302118."))).toEqual(["655302118"])
  expect(phones(said("númerið mitt er 8624410... takk."))).toEqual(["8624410"])
})

test("a number said in words after 'you can get me on', after 'plus', or in four words, is found whole", () => {
  expect(phones(said("you can get me on oh one, four nine six, oh one two three."))).toEqual(["oh one, four nine six, oh one two three"])
  expect(phones(said("you can get me on oh seven seven one two, 384951."))).toEqual(["oh seven seven one two, 384951"])
  expect(phones(said("you can get me on plus four four, 20, 7946, 0958."))).toEqual(["plus four four, 20, 7946, 0958"])
  expect(phones(said("my number is plus three five three eight seven one two three four five six seven."))).toEqual(["plus three five three eight seven one two three four five six seven"])
  expect(phones(said("my number is double seven one two... five oh double five."))).toEqual(["double seven one two... five oh double five"])
})

test("quantities, prices, dates, times, readings and other numbers after the same phrases or pauses are no phone", () => {
  expect(phones(said("my order number is 0612, 34, 56, 78."))).toEqual([])
  expect(phones(said("my invoice number is 4471, 2083, 9512."))).toEqual([])
  expect(phones(said("mi número de pedido es el 612 - 48 - 33 - 90."))).toEqual([])
  expect(phones(said("we need 120, 450, 300, 250 boxes."))).toEqual([])
  expect(phones(said("the meter reads 26… 418… 903 kWh."))).toEqual([])
  expect(phones(said("it cost 612 - 48 - 33 euros."))).toEqual([])
  expect(phones(said("my number is 14, the slot is 10:30."))).toEqual([])
  expect(phones(said("mit nummer er 7, dato 12. 03. 2026."))).toEqual([])
  expect(phones(said("Törzsvendég-számom: 793871170."))).toEqual([])
  expect(phones(said("you can get me on Friday the twenty first."))).toEqual([])
})

test("a number alone in a bracket after a party's name on its line is their phone", () => {
  expect(phones("Kunde: 👤 Ingrid Solberg (91234567)\nAbonnement fornyes.")).toEqual(["91234567"])
  expect(phones("Cliente: Sra. Figueiredo (912.345.678)\nLugar D28")).toEqual(["912.345.678"])
  expect(phones("Mojca: g. Zupan (041-234-567). Plačilo prejeto.")).toEqual(["041-234-567"])
  expect(phones("Client: Marta Vidal (612345678)\nParcel·la 12")).toEqual(["612345678"])
})

test("a bracket after a name inside a sentence, after no name, or holding no phone is no phone", () => {
  expect(phones("Forwarding the paperwork for Maria Lopez (456042645). She has lived abroad.")).toEqual([])
  expect(phones("Hotel: Hotel Europa (91234567)\nCheck-in 14:00")).toEqual([])
  // A staff member's or a record's bracket holds an id (CXone's agent id), not a phone.
  expect(phones("Agent: Maria Lopez (40211987)\nCustomer: Ingrid Solberg (91234567)")).toEqual(["91234567"])
  expect(phones("Employee: Ingrid Solberg (91234567)\nBetalt.")).toEqual([])
  expect(phones("Kunde: Ingrid Solberg (20241130)\nBetalt.")).toEqual([])
  expect(phones("Kunde: Ingrid Solberg (4500000)\nBetalt.")).toEqual([])
  expect(phones("Kunde: Ingrid Solberg (12.03.2026)\nBetalt.")).toEqual([])
})

test("a phone key's international number wrapped onto the next line is found whole", () => {
  expect(phones("Name: Ann Byrne\nPhone: +353 (0)87 123\n4567\nEmail: ann@example.com")).toEqual(["+353 (0)87 123\n4567"])
  expect(phones("Name: Ann Byrne\nPhone: +1 (416)\n555-0134\nEmail: ann@example.com")).toEqual(["+1 (416)\n555-0134"])
  expect(phones("Vārds: Anna\nTālrunis: +371 26 123\n456\nE-pasts: a@b.lv")).toEqual(["+371 26 123\n456"])
})

test("a line under a phone key that completes no number, or under another key, is not joined", () => {
  // Whole on its line: the next line is the year of something else.
  expect(phones("Phone: +353 87 123 4567\n2026\nNotes: none")).toEqual(["+353 87 123 4567"])
  expect(phones("Order: +353 (0)87 123\n4567\nNotes: none")).toEqual([])
  // A national number's plan depends on the regions: its line is not joined to the next.
  expect(phones("Τηλέφωνο: 21.9776\n4243\nΚινητό: +30 21 2259 5350").filter((p) => p.includes("\n"))).toEqual([])
})

test("a bare number given as one choice of two, the other a phone after its sign or with its +, is a phone", () => {
  expect(phones("[10:02] Ona: 861234567 arba 📞 +370 612 34567, ačiū")).toEqual(["861234567", "+370 612 34567"])
  expect(phones("[10:02] Rui: 912.345.678 ou 📱 +351 913 456 789 obrigado")).toEqual(["912.345.678", "+351 913 456 789"])
  // Some other number before the choice is named so (`Rechnung`), whatever follows it.
  expect(phones("Rechnung 861234567 oder 📞 +49 30 1234567")).toEqual(["+49 30 1234567"])
})

// Found by a review: after "my number is", a list read with pauses was read as one phone.
test("a list after 'my number is' (steps of one size, round numbers, five rising) is no phone; a rising phone is", () => {
  expect(phones(said("my number is 4, 8, 15, 16, 23, 42."))).toEqual([])
  expect(phones(said("my number is 100, 200, 300, 400."))).toEqual([])
  expect(phones(said("my number is 1999, 2000, 2001."))).toEqual([])
  expect(phones(said("my new number is 30, 40, 50, 60."))).toEqual([])
  // Four groups rising, or round with a trunk 0, are a number read out.
  expect(phones(said("mit nummer er 24, 45, 52, 88."))).toEqual(["24, 45, 52, 88"])
  expect(phones(said("my number is 0, 20, 7946, 0958."))).toEqual(["0, 20, 7946, 0958"])
})

test("a number read out whose groups rise in equal steps by chance is still a phone", () => {
  expect(phones(said("moja številka je 051, 406, 761."))).toEqual(["051, 406, 761"])
})

// A log line's status or a date's day after a `+` number written unbroken glued it to the next number (missed whole).
test("an international number written unbroken is whole before a space and more digits", () => {
  expect(phones("GET /callback?phone=+447911123456 200 512")).toEqual(["+447911123456"])
  expect(phones("reach me on +4915112345678 21 March please")).toEqual(["+4915112345678"])
  // Written in groups, the next group may still be the number's: a group after a grouped number is not split off.
  expect(phones("ref 4471 2083 9512 200 boxes")).toEqual([])
})
