// A greeted name whose first name is also a word, a middle initial, a field's remark in brackets that is no speaker's role, and a trade
// word closing a company's name. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a greeting, a first name that is also a word, and a surname closing the phrase: the person", () => {
  expect(people("hi rose whitacre, your parcel 4471 is at the depot")).toEqual(["rose whitacre"])
  expect(people("hallo ernst pfister, ihr termin ist morgen")).toEqual(["ernst pfister"])
  expect(people("hey will okafor, the van is ready")).toEqual(["will okafor"])
  // Whom a greeting addresses when it is no person, and a second word that is everyday: nothing.
  expect(people("hi grace everyone, the office closes at five")).toEqual([])
  expect(people("hi hope you are well, the invoice is attached")).toEqual([])
  for (const text of ["hi mark down, prices are lower", "hello summer sale! 20% off", "hi june payment, reminder", "dear april showers, a poem", "hi will power! go", "hi ray tracing", "hi may update, see the app", "hi grace booking, confirmed"]) expect([text, people(text)]).toEqual([text, []])
})

test("a field's key with a remark on its value's state in brackets is no speaker tag", () => {
  expect(people("Booking: ZX41\nCard (declined): ending 0041\nPhone (old): none")).toEqual([])
  // A speaker's role in brackets still tags a person.
  expect(people("Tamsin (agent): how can I help?")).toEqual(["Tamsin"])
})

test("a trade word closing a company's name: no person in it", () => {
  expect(people("Thanks, Brookside Car & Van Hire")).toEqual([])
  expect(people("Booked with Kestrel Plant Hire | ref 7781")).toEqual([])
})

test("a middle initial stays inside the name it is written in", () => {
  expect(people("Driver: Priya G. Kulkarni\nLicence: checked")).toEqual(["Priya G. Kulkarni"])
  expect(people("site visit booked for Tomasz K. Wójcik on Friday")).toEqual(["Tomasz K. Wójcik"])
  // A letter and a full stop between words that are no name: still nothing.
  expect(people("see Section A. Berlin office hours")).toEqual([])
})

test("the keys of whom a booking, a claim or a visit names besides the customer hold a name (a known first name or an initial)", () => {
  expect(people("Claim: 77\nAdjuster: R. Castellano\nStatus: open")).toEqual(["R. Castellano"])
  expect(people("Claim: 77\nSurveyor: D. Okonkwo-Baird\n")).toEqual(["D. Okonkwo-Baird"])
  expect(people("Booking: ZX1\nAdditional driver: Tomasz K. Wójcik\n")).toEqual(["Tomasz K. Wójcik"])
  // A team or a firm under such a key is none.
  expect(people("Claim: 77\nAdjuster: Remote Team\nEngineer: Acme Ltd")).toEqual([])
})

test("a first name that is also a word, alone on its line above a quoted mail, signs the reply; a desk quoted is none", () => {
  expect(people("Thanks for sorting the refund.\n\nPatience\n\n-----Original Message-----\nFrom: desk@example.com\nWe have refunded it.")).toEqual(["Patience"])
  expect(people("All sorted now.\n\nHope\n\nOn 3 May 2026, Claims wrote:\n> your claim is open")).toEqual(["Hope"])
  // The same word alone above more of the letter is no signature.
  expect(people("The van is booked.\n\nHope\n\nthe parcel comes tomorrow and the driver will call")).toEqual([])
})

test("under a mail's signature delimiter (-- ), a listed first name that is also a word signs it", () => {
  expect(people("call me back on the mobile\n\n-- \nWill ✅\nSent from my phone\n")).toEqual(["Will"])
  expect(people("see the figures\n-- \nMay 2026 report attached")).toEqual([])
})
