// Numbers a business gives its own things, written like phones: named by the noun that opens their sentence (an estimate,
// a batch, a locker, a prescription), in several languages; and the phones that stand where such a noun would, which stay
// phones. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number named by the noun opening its sentence, the sentence going on after it, is that thing's", () => {
  expect(phones("Thanks for calling. Estimate 0161 555 0192 covers the two-bed flat.")).toEqual([])
  expect(phones("Hello Sam. The replacement filter order 0207 946 0321 ships on Monday.")).toEqual([])
  expect(phones("Notes: Locker 0113 496 0731 is booked until June.")).toEqual([])
  expect(phones("Le carton 0478 12 34 56 du salon est arrivé.")).toEqual([])
  expect(phones("Sehr geehrte Frau Roth. Die Charge 0221 9876543 wurde zurückgerufen.")).toEqual([])
  expect(phones("Dzień dobry. Paczka 512 345 678 czeka w punkcie.")).toEqual([])
  expect(phones('{"note": "Invoice copy 0117 496 0555 was sent twice"}')).toEqual([])
})

test("a phone where such a noun would stand stays a phone", () => {
  // Opened by a phone word, a call or a name; or the number ends its sentence, or another number follows it.
  expect(phones("Thanks. Mobile 07700 900123 after six.")).toEqual(["07700 900123"])
  expect(phones("Sorry I missed you. Called back 0161 555 0192 at noon.")).toEqual(["0161 555 0192"])
  expect(phones("Update: Hannah Becker 0221 9876543 until Friday.")).toEqual(["0221 9876543"])
  expect(phones("Notiz: De Vries 0221 9876543 ab Montag.")).toEqual(["0221 9876543"])
  expect(phones("Left a message. Warehouse 0113 496 0731.")).toEqual(["0113 496 0731"])
  expect(phones("Reception 0207 946 0321 or 0207 946 0322 for bookings.")).toEqual(["0207 946 0321", "0207 946 0322"])
  // A copula or a preposition opening an answer is no noun (`It is`, `Είναι`, `Depuis`).
  expect(phones("Agent: which number?\nCaller: Είναι 698 571 5552 πριν τις 8.")).toEqual(["698 571 5552"])
  expect(phones("Client : Depuis 06 12 34 56 78 ce matin.")).toEqual(["06 12 34 56 78"])
  // A sentence is opened far before the number: its last words are no opening noun (`… call me on`).
  expect(phones("Hi. If the van is late please call the depot desk 0113 496 0731 today.")).toEqual(["0113 496 0731"])
})

test("a subject's number in more languages, its nouns joined by `and`, and a ticket's title line, is the case's", () => {
  expect(phones("Subject: Crown and bridge estimate 0161 555 0192\n\nDear Ann,")).toEqual([])
  expect(phones("Tema: Užsakymas ir pristatymas 8 612 34567\n\nLaba diena,")).toEqual([])
  expect(phones("Θέμα: Αποσκευή και μίλια 210 123 4567\n\nΚαλημέρα,")).toEqual([])
  expect(phones("#40412 [pending] Storage and packing — 0113 496 0731\nAssigned to: Kim")).toEqual([])
  // A subject or a title naming a phone or a person keeps its number a phone.
  expect(phones("Subject: Callback and quote 0161 555 0192\n\nHi,")).toEqual(["0161 555 0192"])
  expect(phones("#40412 [open] Call back Mrs Ames — 0113 496 0731\nAssigned to: Kim")).toEqual(["0113 496 0731"])
})

test("a table's column headed by a number sign alone or by `item` holds things' numbers, not phones", () => {
  expect(phones("| # | Date | Amount |\n|---|---|---|\n| 0161 555 0192 | 02/03/2026 | € 120,00 |\n| 0113 496 0731 | 03/03/2026 | € 80,00 |")).toEqual([])
  expect(phones("| № | Дата | Сума |\n|---|---|---|\n| 0888 123 456 | 2 май | 10 лв. |\n| 0889 654 321 | 3 май | 12 лв. |")).toEqual([])
  expect(phones("ref,date,item,amount\nA-1,2025-01-02,0161 555 0192,\"12,00\"\nA-2,2025-01-03,0113 496 0731,\"9,50\"")).toEqual([])
  // A phone column beside them is still read.
  expect(phones("#,name,phone\n1,Ann Lee,0161 555 0192\n2,Bo Kim,0113 496 0731")).toEqual(["0161 555 0192", "0113 496 0731"])
})

// Review: any noun no list knew counted as a thing's, and a person's word opening a sentence lost their number, in
// nearly every language. Only the nouns of things (estimates, batches, lockers, prescriptions, orders, claims...) do.
test("a person's word opening the sentence keeps the number that follows a phone", () => {
  expect(phones("Landlord 07700 900123 says the boiler is fixed.")).toEqual(["07700 900123"])
  expect(phones("Doctor 020 7946 0958 will ring back.")).toEqual(["020 7946 0958"])
  expect(phones("Vermieter 0176 23456789 kommt morgen.")).toEqual(["0176 23456789"])
  expect(phones("Le propriétaire 06 12 34 56 78 est d'accord.")).toEqual(["06 12 34 56 78"])
  expect(phones("De loodgieter 06 12345678 komt morgen.")).toEqual(["06 12345678"])
  expect(phones("Kierowca 512 345 678 czeka na dole.")).toEqual(["512 345 678"])
  expect(phones("Volal z čísla 412 345 678 včera.")).toEqual(["412 345 678"])
  expect(phones("Τηλεφωνήστε 694 123 4567 αύριο.")).toEqual(["694 123 4567"])
})
