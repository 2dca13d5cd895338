// A register's entry with its year after a slash, a candidate's, a plan's, a subscription's and a reference's number (by
// its word, its compound or an abbreviation opening its line) are those numbers, not phones; a phone after the same words,
// under a nearer phone word, is still read. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a serial, a slash and a year's two digits is a register's entry, not a phone, unless a phone word is near", () => {
  expect(phones("Burial book entry 04172/25 is closed.")).toEqual([])
  expect(phones("Gravregister 07731/23, gravsted B-12.")).toEqual([])
  expect(phones("Filed as 02846/19 last spring.")).toEqual([])
  // Under a phone word, the pair after the slash is the phone's last.
  expect(phones("Téléphone : 285118/40")).toEqual(["285118/40"])
})

test("a number under a register's or a subscription's name is no phone; a phone word nearer still reads a phone", () => {
  expect(phones("Registro parroquial 0612 345 678 actualizado.")).toEqual([])
  expect(phones("Abonament 0722 123 456 a fost reînnoit.")).toEqual([])
  expect(phones("Suscripción anual 0612 345 678, renueva en mayo.")).toEqual([])
  expect(phones("Prenumerata, telefonas 8 612 34567")).toEqual(["8 612 34567"])
  expect(phones("Suscripción anual: llámame al 0612 345 678")).toEqual(["0612 345 678"])
})

test("contact lenses name no phone: their subscription's number is none; a phone word after them is one", () => {
  expect(phones("Renovación de lentes de contacto 0612 345 678, en junio.")).toEqual([])
  expect(phones("Lentes de contacto listas, mi teléfono 0612 345 678")).toEqual(["0612 345 678"])
})

test("a candidate's and a plan's number right before it is no phone; a candidate's phone after a phone word is", () => {
  expect(phones("Candidate 0612-345-678 signed the timesheet.")).toEqual([])
  expect(phones("Kandidatas 8-612-34567 pateikė dokumentus.")).toEqual([])
  expect(phones("Кандидат 0671-234-567 подав заяву.")).toEqual([])
  expect(phones("We moved your dental plan 0612-345-678 to June.")).toEqual([])
  expect(phones("Apmaksāts: bēru plāns 2103-4561-207, paldies.")).toEqual([])
  expect(phones("Candidate Ann Byrne, mobile 087 123 4567")).toEqual(["087 123 4567"])
})

test("a compound ending in a word for reference names its number", () => {
  expect(phones("Skattereference 4512 3456 skal rettes.")).toEqual([])
  expect(phones("Betalingsreferanse 912 34 567 gjelder mars.")).toEqual([])
  expect(phones("Telefon 2212 3456. Lønreference: se brevet.")).toEqual(["2212 3456"])
})

test("an abbreviation for number or reference opening a line or a sentence names the number; after a phone word it does not", () => {
  expect(phones("Beleg erhalten.\nNr.: 0171 2345678")).toEqual([])
  expect(phones("Bescheid folgt. Az. 0171 2345678.")).toEqual([])
  expect(phones("- Št.: 041 234 567")).toEqual([])
  expect(phones("Merci. Réf. 9315 4470 218 reçue.")).toEqual([])
  expect(phones("Тел. №: 0888 123 456")).toEqual(["0888 123 456"])
  expect(phones("Tel. Nr. 0171 2345678")).toEqual(["0171 2345678"])
  expect(phones("Handy Nr.: 0171 2345678")).toEqual(["0171 2345678"])
})
