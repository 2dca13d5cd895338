// A name between the word for who someone is (a nurse, a fitter, a relative, a guest, whom to ask for) and the number to
// reach them on: the name need be no listed first name, and may be one that is also a word. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a trade's or a carer's name before their number is a person, listed or not", () => {
  expect(people("Update: duty nurse Tamsin 0161 496 0734 until six.")).toEqual(["Tamsin"])
  expect(people("Gas fitter Ruairidh on 07700 900123 tomorrow.")).toEqual(["Ruairidh"])
  expect(people("Kontakt: Rørlegger Eilif på 912 34 567.")).toEqual(["Eilif"])
  expect(people("Hitri odziv: tehnik Gašper na 041 234 567.")).toEqual(["Gašper"])
  // A first name that is also a word.
  expect(people("Out of hours, duty nurse Faith 0161 496 0111.")).toEqual(["Faith"])
})

test("whom to ask for at a desk, in several languages, before the number", () => {
  // Names that are also words: only the desk's `ask for` and the number make them names.
  expect(people("Reception is shut, ask for Patience on 021 555 0147.")).toEqual(["Patience"])
  expect(people("Oficina cerrada, pregunte por Amparo al 55 1234 5678.")).toEqual(["Amparo"])
})

test("a relative's or a neighbour's name before their number, an Irish particle, Cyrillic and lower case included", () => {
  expect(people("If no answer, my sister Ní Riain 087 555 0123.")).toEqual(["Ní Riain"])
  expect(people("Если не отвечу: моя соседка, дочь Зарина 8 912 345-67-89.")).toEqual(["Зарина"])
  expect(people("пишите: Синът ми Ертан 0888 123 456")).toEqual(["Ертан"])
  expect(people("call my brother tomasz kowalczyk 0161 496 0999 instead")).toEqual(["tomasz kowalczyk"])
})

test("a guest after a room and a title, before a colon and the number, without the title", () => {
  expect(people("Room 214 guest Mrs Oyelaran: +44 7700 900456")).toEqual(["Oyelaran"])
  expect(people("Pokoj 88 hosť p. Kováčiková: 0905 123 456")).toEqual(["Kováčiková"])
})

test("what stands between a role and a number that is no one's name stays unread", () => {
  // Everyday words, a company, a unit's letter, a card after `til kort`, a relative's word alone.
  expect(people("Engineer visit booked, call 0871234567")).toEqual([])
  expect(people("Contact Harbourwell on 021 555 0147 for billing.")).toEqual([])
  expect(people("Student C89708414 enrolled in BUS-436")).toEqual([])
  expect(people("Erstatning 450 NOK til kort 4717-8503-4280-1633-076.")).toEqual([])
  expect(people("my son now 0871234567")).toEqual([])
  expect(people("Meter 0412 338 901 reading 4471 m3")).toEqual([])
})

test("a desk, a lodge or an office asked for before its number is no one", () => {
  // Words no first name is, that a desk's or a building's name is: the number is theirs, not a person's.
  expect(people("Ask for Reception on 0161 496 0734.")).toEqual([])
  expect(people("Ask for Billing on 0161 496 0734.")).toEqual([])
  expect(people("Call the porter Lodge on 01223 337733.")).toEqual([])
  expect(people("The warden Office 01632 960123")).toEqual([])
  // A first name that is also a month or a word of a list is still a name there (`Mart`, Estonian March; `Van`).
  expect(people("Tehnik Mart 527 7199")).toEqual(["Mart"])
  expect(people("Technicien Aimé Van den Bossche au 0497.65.18.31.")).toEqual(["Aimé Van den Bossche"])
})
