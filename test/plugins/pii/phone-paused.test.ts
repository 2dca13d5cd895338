// A phone number read out with pauses, as speech-to-text writes a voicemail: digit words then digits (`oh seven nine
// four six, 451637`), or groups of digits parted by commas, ellipses or dashes (`0612, 34, 56, 78`). Found whole in a
// voicemail, or, half said in words, after a phone word; groups of digits alone elsewhere are lists and sums.
// Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"
import { spokenDigits } from "../../../plugins/pii/recognizers/spoken-digits.ts"

const voicemail = (said: string) => `Voicemail 09:10, 0:31\n"Hi, it's Morag about the repeat order. … ${said} … Thanks, bye."`

test("a number half said in words and half in digits is found whole in a voicemail", () => {
  expect(phones(voicemail("oh seven seven one two, 384951"))).toEqual(["oh seven seven one two, 384951"])
  expect(phones(voicemail("oh two oh, 7946 0958"))).toEqual(["oh two oh, 7946 0958"])
  expect(phones("please call me back on oh one three one, 496 0123 after six")).toEqual(["oh one three one, 496 0123"])
})

test("groups of digits parted by pauses are found whole in a voicemail", () => {
  expect(phones(voicemail("0612, 34, 56, 78"))).toEqual(["0612, 34, 56, 78"])
  expect(phones(voicemail("0151... 2345... 6789"))).toEqual(["0151... 2345... 6789"])
  expect(phones(voicemail("089 - 4351 - 1079"))).toEqual(["089 - 4351 - 1079"])
})

test("paused groups outside a voicemail, or no valid number, are no phone", () => {
  expect(phones("Orders 0612, 34, 56, 78 were shipped.")).toEqual([])
  expect(phones("Please call about invoices 4471, 2083, 9512.")).toEqual([])
  expect(phones(voicemail("1, 2, 3, 4"))).toEqual([])
  // Quantities, scores, years and prices in a voicemail's sentence are a list, not a number read out.
  expect(phones(voicemail("we need 120, 450, 300, 250 boxes by Friday"))).toEqual([])
  expect(phones(voicemail("the scores were 12, 50, 30, 25 this week"))).toEqual([])
  expect(phones(voicemail("die Ergebnisse waren 200, 150, 300, 75 Stück"))).toEqual([])
  expect(phones(voicemail("necesito 100, 250, 300, 400 unidades"))).toEqual([])
  expect(phones(voicemail("we looked at 2024, 2025, 2026 plans"))).toEqual([])
  expect(phones(voicemail("the match ended 21 - 18, 21 - 15"))).toEqual([])
  expect(phones(voicemail("temperatures 20, 21, 22, 23, 24 degrees"))).toEqual([])
  expect(phones(voicemail("November 25, 2024"))).toEqual([])
  // A date's day, year and time after its month, in a voicemail too.
  expect(phones(voicemail("I'm free on February 26, 2026 13:30 or after"))).toEqual([])
  expect(phones(voicemail("booked for April 11, 2027, 6:15 pm"))).toEqual([])
  expect(phones(voicemail("from 14 September, 2026 11 am"))).toEqual([])
})

test("groups read after a call phrase in a voicemail's sentence are found", () => {
  expect(phones(voicemail("call me back on 0489, 92, 44, 80 thanks"))).toEqual(["0489, 92, 44, 80"])
  expect(phones(voicemail("bitte zurückrufen unter 0151... 2345... 6789 danke"))).toEqual(["0151... 2345... 6789"])
  expect(phones("Voicemail on 20 July 2027 – from 0121, 282 2438\n\"Hiya, it's Ruaridh.\"")).toEqual(["0121, 282 2438"])
})

test("a phone written whole in a voicemail is found as before", () => {
  expect(phones(voicemail("ring me on 0131 496 0123"))).toEqual(["0131 496 0123"])
})

test("the digits of a number half said in words", () => {
  expect(spokenDigits("oh seven seven one two, 384951")).toBe("07712384951")
  expect(spokenDigits("double seven, 12")).toBe("7712")
})
