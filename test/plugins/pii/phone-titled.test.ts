// A title and a name, then a colon or "at"/"on", before a number: the person to ask for there, whose phone it is, in
// the covered languages. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number after a title, a name and a colon or at/on is that person's phone", () => {
  expect(phones("Servicio técnico, Sra. Lucía Ortega: 968123456 mañana.")).toEqual(["968123456"])
  expect(phones("Centrum obsługi, pani Zofia Nowak: 506123456")).toEqual(["506123456"])
  expect(phones("Lo contattate tramite Sig. De Santis: 340 123 4567")).toEqual(["340 123 4567"])
  expect(phones("Îl găsiți pe dl. Andrei Ionescu la 0724 123 456.")).toEqual(["0724 123 456"])
  expect(phones("Uffiċċju, Sur Ġorġ Vella: 99123456")).toEqual(["99123456"])
})

test("a title's abbreviation is no licence, and a name running into a number names no phone", () => {
  expect(phones("Donatori, dl. Ionescu: 0724 123 456")).toEqual(["0724 123 456"])
  // No colon and no at/on: the words after the name may be a street's.
  expect(phones("Doručení: pan Novák Vinohradská 2385 27 Brno")).toEqual([])
  // French `sur` is no title: a word after it and `on` name no one.
  expect(phones("Notes sur Google on 23852799 views")).toEqual([])
  // A licence named as such stays one.
  expect(phones("DL 0724 603 771 expires 2027")).toEqual([])
})

test("whom to ask for, or whom a desk's line reaches, names the number after the name", () => {
  expect(phones("For the keys, ask for Wiremu Tane on 97112062.")).toEqual(["97112062"])
  expect(phones("Donor line Keanu (07932) 261184")).toEqual(["(07932) 261184"])
  // The desk's name before the line is no id of the number; an id named after the number still is.
  expect(phones("Donor line Keanu (07932) 261184 is his staff number")).toEqual([])
  // A capitalised word that is no given name is no one to ask for.
  expect(phones("Please ask for Update on 97112062.")).toEqual([])
})
