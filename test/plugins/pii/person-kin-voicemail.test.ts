// Whose someone is (`my flatmate Eira`), whom a voicemail is for, and who names themself before a number (`Storm here,
// best number is …`) name a person, listed or not, an everyday word that is a listed name too; an everyday word alone
// there, a business partner or a message for a desk does not. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a relative, a flatmate or a neighbour named after my is a name, listed or not", () => {
  expect(people("If I'm out, my flatmate Tauaki picks up on 0141 496 0000.")).toEqual(["Tauaki"])
  expect(people("If I'm out, my neighbour Patience picks up on 0703-866-0000.")).toEqual(["Patience"])
  expect(people("Gdy mnie nie ma, moja żona Wiesława odbiera pod 701-000-094.")).toEqual(["Wiesława"])
  expect(people("Jos olen poissa, poikani Väinö vastaa numerossa 050-000 1234.")).toEqual(["Väinö"])
})

test("a voicemail's addressee and a caller naming themself before a number are names", () => {
  expect(people("Voicemail for Tauaki from 07700 900123 (0:31): please call back")).toEqual(["Tauaki"])
  expect(people("Hi. Siosaia here, best number is 0412 000 111.")).toEqual(["Siosaia"])
  expect(people("Hi. Lio Fonoti here, call me on 0412 000 111.")).toEqual(["Lio Fonoti"])
})

test("an everyday word after my kin, a desk's voicemail, a word before here with no number: no name", () => {
  expect(people("Asked my friend. Still waiting on the parcel, my friend Still thinks so.")).toEqual([])
  expect(people("Voicemail for Sales from 020 7946 0000 (0:12): call back")).toEqual([])
  expect(people("Delivery here, best number is the one on the box.")).toEqual([])
  expect(people("Our partner Brightline handles the install.")).toEqual([])
})
