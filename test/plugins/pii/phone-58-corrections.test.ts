// A number corrected after a word for "wrong", "for me" after a word for number, and where a caller is found, in the
// main European languages. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number said again after 'wrong, it is' or 'I mean' is the caller's phone as the first was", () => {
  expect(phones("meine Nummer ist null sieben drei null vier null eins vier falsch, es ist null sieben drei null vier null vier eins")).toEqual([
    "null sieben drei null vier null eins vier",
    "null sieben drei null vier null vier eins",
  ])
  expect(phones("numărul meu e zero șase trei opt nouă trei șase doi șapte greșit e zero șase trei opt nouă șase trei doi șapte")).toHaveLength(2)
  expect(phones("my number is 07700 900123, wrong, it's 07700 900132")).toEqual(["07700 900123", "07700 900132"])
  // "Wrong" between two amounts is no correction of a phone, nor "wrong" said of a noun between two numbers.
  expect(phones("the total was 312 euros, wrong, it is 321 euros")).toEqual([])
  expect(phones("Meine Nummer ist 0171 2345678, die Rechnung ist falsch, 20260312 ist richtig")).toEqual(["0171 2345678"])
})

test("'for me' after a word for number leaves it the caller's; a noun after 'for' still names another number", () => {
  expect(phones("El mejor número para mí es el 741 583 654.")).toEqual(["741 583 654"])
  expect(phones("O mellor número para min é o 741 583 654.")).toEqual(["741 583 654"])
  expect(phones("Najbolji broj za mene je 064/818066.")).toEqual(["064/818066"])
  expect(phones("El número para reclamaciones es el 741 583 654.")).toEqual([])
})

test("where the caller is found, in German, Italian and Spanish word order", () => {
  expect(phones("Sie erreichen mich unter sieben acht zwei zweiunddreißig siebenunddreißig.")).toEqual(["sieben acht zwei zweiunddreißig siebenunddreißig"])
  expect(phones("mi trovate al tre quattro sette, uno due tre, quattro cinque sei sette")).toEqual(["tre quattro sette, uno due tre, quattro cinque sei sette"])
  expect(phones("me encuentras en el seis uno dos, tres cuatro cinco, seis siete ocho")).toEqual(["seis uno dos, tres cuatro cinco, seis siete ocho"])
})
