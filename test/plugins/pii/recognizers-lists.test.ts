// Who is called on which number, as lists, forms and records write it: a name then its number (`Petra on07911…`,
// `co-signer 🎓 Maria Lindqvist 0701234567`), "other", "new" and "old" number in the languages of the default regions,
// a form's key with a remark (`Patient (child):`), the word "name" as a key with a record's contact beside it.
// Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("a name, then `on` and the number, spaced or glued, is whom to call there", () => {
  expect(phones("Present: Harriet Pole and Simon Dyer - Harriet on 0161 496 0734, Simon on07911 123456 12/03/2026; ref 44")).toEqual(["0161 496 0734", "07911 123456"])
  // A batch, a lot or a place before a number is no person's: a lone word that is also a first name does not make one.
  expect(phones("Recall check: Lot 5141062 and batch 73H8196 of product 4006381333931")).toEqual([])
  expect(phones("shipped to Georgia 2128-846 on Monday")).toEqual([])
})

test("a given name and a surname right before a number, as an item of a list or a line, is that person's", () => {
  expect(phones("[12:40] Eva: also add my guarantor 🔁 Marta Kowalska 600123456 / 48 22 123 45 67")).toContain("600123456")
  // Inside a company's name it is not.
  expect(phones("deliveries from Mark & Spencer Bakery 6661326679 weekly")).toEqual([])
})

test("`other`, `new` and `old` number name a phone in more languages, before or after their word for number", () => {
  expect(phones("Drugi numer:601 234 567")).toEqual(["601 234 567"])
  expect(phones("Iné číslo:0905123456")).toEqual(["0905123456"])
  expect(phones("Muu numero: 040 123 4567")).toEqual(["040 123 4567"])
  expect(phones("numărul vechi: 0721234567, numărul nou: 0731234567")).toEqual(["0721234567", "0731234567"])
  expect(phones("número antic 612/345 678, número nou:93-123-45-67.")).toEqual(["612/345 678", "93-123-45-67"])
  expect(phones("Work no.0161-4960734 (extn 18)")).toEqual(["0161-4960734"])
})

test("call words of Catalan and Polish cases name the number after them", () => {
  expect(phones("truqueu-me al612345678.")).toEqual(["612345678"])
  expect(phones("proszę o kontakt pod numerem601234567.")).toEqual(["601234567"])
})

test("a label naming a person before a number does not make the number some other number", () => {
  expect(phones("Patient (child): Sara Lind, 0046 8 123 456 78.")).toEqual(["0046 8 123 456 78"])
  // A code before the number in its field is still the field's number.
  expect(phones("policy ref\tANN 2530 6735")).toEqual([])
})

test("a number read out after `it's` is no name", () => {
  const text = "agent: what's the best number\ncaller: it's nine four five two one two one six after 1:00 pm"
  expect(people(text)).toEqual([])
})

test("a form's key with a remark in lower case is a key, and its value the name", () => {
  expect(people("Appointment 2 May 2026\nPatient (child): 📞 Amara Oduya\nSubmitted 2026-05-02")).toEqual(["Amara Oduya"])
  expect(people("Co-signer: 🎓 Tumelo Ditshego\nAuthorised user: Ġakbu Borg")).toEqual(["Tumelo Ditshego", "Ġakbu Borg"])
  // A speaker's tag with a role stays a speaker.
  expect(people("Anna (agent): Hello, how can I help?")).toEqual(["Anna"])
})

test("the key `name` holds a person's name when the record holds a contact, whether or not the first name is listed", () => {
  expect(people('{"user":{"name":"Tumelo Ditshego","phone":"+267 71 234 567"}}')).toEqual(["Tumelo Ditshego"])
  expect(people("| role | name | phone |\n|---|---|---|\n| driver | Kagiso Mmopi | +267 71 234 567 |")).toEqual(["Kagiso Mmopi"])
  // A product's name is no person's.
  expect(people('{"name":"Premium Plan","price":9.99}')).toEqual([])
})

test("a name before a number makes no phone of a date, a round sum, another number's remark, or a sentence's object", () => {
  expect(phones("Signed by Mark on 20241130")).toEqual([])
  expect(phones("Meeting with Rose on 20241130 at 10")).toEqual([])
  expect(phones("Refund: Anna Berg 4500000")).toEqual([])
  expect(phones("Claimant: Anna Berg (policy no), 0123456789")).toEqual([])
  expect(phones("Payee: Anna Berg (account), 12345678")).toEqual([])
  // A relative's number, and a list's, still are phones.
  expect(phones("or my wife Precious on 71875834. Thanks")).toEqual(["71875834"])
  // `new` or `other` inside a longer name of some other number does not make it a phone's.
  expect(phones("Número de la nueva reserva: 0912345678")).toEqual([])
  expect(phones("numero altri servizi 0312345678")).toEqual([])
  expect(phones("Registered no.01234567")).toEqual([])
})

test("a company's, a team's or a product's name under a name key is no person's", () => {
  expect(people('{"name":"Billing Team","id":10234567}')).toEqual([])
  expect(people('{"queue":{"name":"Priority Support","createdAt":"2026-11-30T10:00:00Z"}}')).toEqual([])
  expect(people('{"name":"Acme Logistics","phone":"+44 161 496 0734"}')).toEqual([])
  expect(people("Registered keeper: Hertz UK Ltd")).toEqual([])
  expect(people("Guarantor: Barclays Bank")).toEqual([])
})

test("a speaker's tag with a role in brackets stays a speaker, and a surname Oh stays a name", () => {
  expect(people("Mensah (customer): Good Morning")).toEqual(["Mensah"])
  expect(people("spoke with mr oh about the bill")).toEqual(["oh"])
})
