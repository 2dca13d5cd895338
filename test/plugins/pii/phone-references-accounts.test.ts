// A number under a reference's, a tax account's, a receipt's or a national id's name, in Bulgarian, Catalan, Maltese,
// the Baltic languages, Hungarian, Slovene and Spanish, is that number, not a phone; and twelve digits in three fours with
// no trunk 0 are no national number. A phone beside them, or under a phone word, is still read. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a reference by its name in Bulgarian, Catalan, Maltese, Latvian, Lithuanian, Hungarian and Slovene is no phone", () => {
  expect(phones("Референция: 562-7841-9035. Благодаря!")).toEqual([])
  expect(phones("Референция 934 512 847 220")).toEqual([])
  expect(phones("Referència 5203 4471 896 del pagament.")).toEqual([])
  expect(phones("Referenza: 482 7031 5569\nGrazzi.")).toEqual([])
  expect(phones("Atsauce 7742 0815 639 apstiprināta.")).toEqual([])
  expect(phones("Nuoroda 3481 2290 715")).toEqual([])
  expect(phones("Hivatkozás: 318 5520 7734")).toEqual([])
  expect(phones("Sklic 7104 3385 261")).toEqual([])
})

test("a phone beside a reference, under its phone word, is still read", () => {
  expect(phones("Sklic 7104 3385 261, telefon 041 234 567")).toEqual(["041 234 567"])
  expect(phones("Hivatkozás: 318 5520 7734, hívjon: 06 30 123 4567")).toEqual(["06 30 123 4567"])
  expect(phones("Referència 5203 4471 896. Truqueu-me al 612 345 678")).toEqual(["612 345 678"])
  expect(phones("Референция: 562-7841-9035. Телефон: 0888 123 456")).toEqual(["0888 123 456"])
})

test("a property-tax account and a receipt's number are no phones; a phone after them is", () => {
  expect(phones("Данъчна партида: 427 615 0938")).toEqual([])
  expect(phones("Doy de baja la partida 372 804 1956 del inmueble.")).toEqual([])
  expect(phones("Al rebut 581 304 2217 hi ha un error.")).toEqual([])
  expect(phones("Partida 372 804 1956. Mi teléfono: 011 4321 5678")).toEqual(["011 4321 5678"])
})

test("a national id by its key or its Lithuanian name is no phone, though a phone stands on its line", () => {
  expect(phones("DEBUG sync national_id=699 512 042 phone=0601 234 567")).toEqual(["0601 234 567"])
  expect(phones("Telefonas +370 612 34567. Asmens kodas: 46205141234.")).toEqual(["+370 612 34567"])
})

test("twelve digits in three fours with no trunk 0 are a ticket's or a card's, unless a phone word is near", () => {
  expect(phones("Only one arrived: 3774 1905 2281.")).toEqual([])
  expect(phones("Prišla len 8901 5523 0147, druhá nie.")).toEqual([])
  expect(phones("Call me on 3774 1905 2281 tonight.")).toEqual(["3774 1905 2281"])
  // A trunk 0 opens Germany's and China's twelve in fours: a phone as before.
  expect(phones("Mobil 0151 2345 6789")).toEqual(["0151 2345 6789"])
  expect(phones("Rufen Sie 0151 2345 6789 an.")).toEqual(["0151 2345 6789"])
})
