// General causes a blind corpus exposed (test/fixtures/pii-holdout17: a university's admissions and student finance,
// an online pharmacy and a removals company; scored once before these changes: PHONE P 0.971 R 0.987, CARD R 0.929),
// each tested on texts written for this file: a Norwegian birth number with its check digits, a number named in a
// Hungarian or Croatian label's own word, a volume after a number, a Dutch callback word, a Swedish prescription in its
// definite form; a card with a date after it, a product's barcode; an SSN named only in a later sentence.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"
import { norwegianId } from "../../../plugins/pii/recognizers/phone-shapes.ts"

const found = (text: string, type: string) =>
  analyze(text)
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end))

test("a Norwegian birth number passes both mod-11 checks; one digit changed, it does not", () => {
  // 15.07.65 and 29.02.99, individual numbers 100, their check digits computed by the two weightings.
  const valid = ["15076510013", "29029910039"]
  for (const id of valid) expect(norwegianId(id)).toBe(true)
  expect(norwegianId("15076510014")).toBe(false)
  expect(norwegianId("1507651001")).toBe(false)
  expect(found(`semesteravgift ikke betalt, ${valid[0]} oppgitt`, "PHONE")).toEqual([])
  expect(found("semesteravgift ikke betalt. fnr 22129627326", "PHONE")).toEqual([])
})

test("a label naming another number in its own language's word for number", () => {
  expect(found("Telefon: (0264) 613 605\nHallgatói szám: 24652211", "PHONE")).toEqual(["(0264) 613 605"])
  expect(found("Mobitel: 091 234 5678\nStudentski broj: 36601234", "PHONE")).toEqual(["091 234 5678"])
})

test("a volume or a weight after a number, a Dutch callback word, a Swedish prescription", () => {
  expect(found("verhuizing 52601 - 44 m³ en 2101 kg", "PHONE")).toEqual([])
  expect(found("Terugbelnummer: 030 2345678", "PHONE")).toEqual(["030 2345678"])
  expect(found("Graag teruggebeld, terugbelnummer 030 234 5678.", "PHONE")).toEqual(["030 234 5678"])
  expect(found("Hon ringde om receptet 0125657644 i går.", "PHONE")).toEqual([])
})

test("a card with a date after it is found; digits after it that continue it are not a card's", () => {
  expect(found("betalt m. kort 6011 0009 9013 9424 11. september 2027", "CARD")).toEqual(["6011 0009 9013 9424"])
  expect(found("paid by card 4111 1111 1111 1111 12/27", "CARD")).toEqual(["4111 1111 1111 1111"])
  expect(found("ref 4111 1111 1111 1111 1234", "CARD")).toEqual([])
})

test("a product's barcode that passes Luhn is no card", () => {
  // 4222222222222 passes Luhn and is a 13-digit Visa: named an EAN, it is a barcode.
  expect(found("product EAN 4222222222222 not affected", "CARD")).toEqual([])
  expect(found("card 4222222222222 declined", "CARD")).toEqual(["4222222222222"])
})

test("nine bare digits are an SSN when it is named before them or in their own sentence, not in a later one", () => {
  expect(found("Paperwork for Ada Byrne (456042645). She has lived in the US. Her SSN is on the form.", "US_SSN")).toEqual([])
  expect(found("Her SSN: 734976105.", "US_SSN")).toEqual(["734976105"])
  expect(found("734976105 is my ssn", "US_SSN")).toEqual(["734976105"])
})

test("what a review found these rules took too far: phones, SSNs and names they must leave alone", () => {
  // A UK or Chinese number that passes a Norwegian birth number's checks, with a phone word near.
  expect(found("Please call me on 02079460012 tomorrow.", "PHONE")).toEqual(["02079460012"])
  expect(found("Phone: 07110002275", "PHONE")).toEqual(["07110002275"])
  // A letter tagging the next number of a signature, not an id's letter.
  expect(found("Office 212 555 0147 M 917 555 0199", "PHONE")).toEqual(["212 555 0147", "917 555 0199"])
  // Any word before a year is no month: a Danish mobile after "2 gange,".
  expect(found("Ring venligst, 2 gange, 2045 6789", "PHONE")).toEqual(["2045 6789"])
  // An abbreviation's dot ends no sentence.
  expect(found("He read out 536221456 (his U.S. social security number) on the call.", "US_SSN")).toEqual(["536221456"])
  expect(found("Caller confirmed 536221456 approx. 2pm as his SSN", "US_SSN")).toEqual(["536221456"])
})
