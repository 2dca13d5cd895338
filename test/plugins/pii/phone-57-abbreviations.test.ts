// A phone's abbreviation typed against its number (`puh.045…`, `Κιν.+30…`), a question opening with "is" before the word
// for number, a caller's key after a bullet, whose number it is, and hundreds said with `sto`. Texts written for this file.
import { expect, test } from "bun:test"
import { saidRuns } from "../../../plugins/pii/recognizers/digit-words.ts"
import { phones } from "./spans.ts"

const digitsOf = (text: string) => saidRuns(text).map((r) => r.digits)

test("Finnish, Greek and Spanish abbreviations for a phone name the number typed against them", () => {
  expect(phones("Terveisin Aino Laine, puh.0401234567")).toEqual(["0401234567"])
  expect(phones("Aino Laine puh.040 123 4567")).toEqual(["040 123 4567"])
  expect(phones("matkapuh. 050 765 4321")).toEqual(["050 765 4321"])
  expect(phones("Ελένη Κ., Κιν.+30 697 765 4321")).toEqual(["+30 697 765 4321"])
  expect(phones("Telf.612345678 (tarde)")).toEqual(["612345678"])
  // The same digits after other words stay what those words name.
  expect(phones("Tilausnumero 0401234567 on toimitettu.")).toEqual([])
})

test("a question opening with 'is' before the word for number asks about a phone; the order's number stays an order's", () => {
  expect(phones("Je číslo 0944/907 961 stále aktuálne?")).toEqual(["0944/907 961"])
  expect(phones("Je číslo 0905 123 456 stále aktuálne?")).toEqual(["0905 123 456"])
  expect(phones("Je číslo objednávky 0905123456 správne?")).toEqual([])
  expect(phones("Zákaznické číslo 0905123456 je platné.")).toEqual([])
  // "Is" inside a sentence is no question's opening: the letter's number is the letter's.
  expect(phones("Na dopise je číslo 04780 278264 a objednávka je L25-145-A.")).toEqual([])
})

test("a caller's key after a list's bullet, with a name and the number in brackets: the caller's phone, from abroad too", () => {
  expect(phones("- Client: Clàudia Ferrer (640815283)\n- Motiu: canvi de cita")).toEqual(["640815283"])
  expect(phones("- Cliente: Rafael Souza (61983671250)\n- Problema: fatura")).toEqual(["61983671250"])
  // A date written as one number stays a date; a bare key's number from no configured plan stays unread.
  expect(phones("• Kunde: Ingrid Solberg (20241130)")).toEqual([])
  expect(phones("- Caller: 1234567890.")).toEqual([])
})

test("whose number it is, as a pronoun after the word for number, makes it a phone's", () => {
  expect(phones("Ela pode atender, o número dela é 85 99380-7870.")).toEqual(["85 99380-7870"])
  expect(phones("el número de ella es 612 345 678")).toEqual(["612 345 678"])
  expect(phones("il numero di lei è 347 123 4567")).toEqual(["347 123 4567"])
  expect(phones("o número do pedido dela é 612345678")).toEqual([])
})

test("Slovak, Slovenian and Croatian hundreds said as a digit word and `sto` are one group of three", () => {
  expect(digitsOf("sedem sto tridsať päť, dvesto štyridsať, osemnásť")).toEqual(["73524018"])
  expect(digitsOf("sedam sto trideset pet, dvjesto četrdeset, osamnaest")).toEqual(["73524018"])
  expect(digitsOf("deväť sto jedenásť, dvesto štyridsať, osemnásť")).toEqual(["91124018"])
  // Italian `sto` ("I am") after a digit word makes no hundreds.
  expect(digitsOf("tre quattro sette otto sto bene")).toEqual(["3478"])
})

test("an hour said after 'at' right before a number said in words is the time's, not the number's first group", () => {
  expect(phones("llámame mañana a las once, seis uno dos, tres cuatro cinco, seis siete ocho")).toEqual(["seis uno dos, tres cuatro cinco, seis siete ocho"])
  expect(phones("chiamami alle dieci, tre quattro sette, uno due tre, quattro cinque sei sette")).toEqual(["tre quattro sette, uno due tre, quattro cinque sei sette"])
  // With no "at" before it, the pair is the number's.
  expect(phones("mi numero: dodici, tre quattro sette, uno due tre, quattro cinque sei sette")).toEqual(["dodici, tre quattro sette, uno due tre, quattro cinque sei sette"])
})

test("under a column headed by a word for number, another column's header (`Case`, `Ärende`) names no number of the row", () => {
  expect(phones("Namn | Nummer | Bästa tid | Ärende\nAntti Heikkilä | 043 5801463 | 18.39 | din teleskopbeställning")).toEqual(["043 5801463"])
  expect(phones("Name | Number | Best time | Case\nAnna Smith | 043 5801463 | 18.39 | your order")).toEqual(["043 5801463"])
  // A column headed by some other number stays that number's.
  expect(phones("personalnr;name;email;kostenstelle\n0340357;Jürgen Hoffmann;j.hoffmann@example.de;CC-54458\n")).toEqual([])
})
