// Numbers said with digit groups among the words, French pairs, freephone numbers written without their trunk 0, a
// switchboard named in a bracket, and a number given as another way to reach the one a mail address is. Texts written
// for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("digit words with a group of digits among them, as speech-to-text writes a number said in parts", () => {
  expect(phones("could you call me back on nine oh two 487 double five five oh thanks bye")).toEqual(["nine oh two 487 double five five oh"])
  expect(phones("me podéis llamar al seis nueve ocho 823 cuatro cero cero, gracias")).toEqual(["seis nueve ocho 823 cuatro cero cero"])
  expect(phones("ou liguem-me para o nove um um 789 zero nove quatro")).toEqual(["nove um um 789 zero nove quatro"])
  expect(phones("ni kan nå mig på telefon noll sju sex, 539, nio sju, ett nio")).toEqual(["noll sju sex, 539, nio sju, ett nio"])
  // No phone named before: an order or a year read out stays unfound.
  expect(phones("my order was seven one eight 2026 oh nine double eight")).toEqual([])
})

test("a French number said in pairs, tens and teens in words", () => {
  expect(phones("vous pouvez me rappeler au zéro six cinquante-sept trente-huit zéro six dix merci")).toEqual(["zéro six cinquante-sept trente-huit zéro six dix"])
  expect(phones("mon numéro : zéro sept soixante-et-onze quatre-vingt-dix vingt-deux quatre-vingt-douze")).toEqual(["zéro sept soixante-et-onze quatre-vingt-dix vingt-deux quatre-vingt-douze"])
  expect(phones("mon numéro est le zéro six soixante-dix-neuf 93 soixante-treize quatre-vingt-dix-huit")).toEqual(["zéro six soixante-dix-neuf 93 soixante-treize quatre-vingt-dix-huit"])
  // Ages and sums in words are no number said.
  expect(phones("j'ai vingt et un ans, ma facture fait trente-deux euros et quarante centimes")).toEqual([])
})

test("Ireland's freephone numbers written without a trunk 0, in a signature and with an extension", () => {
  expect(phones("Regards,\nGráinne\nPressed & Co | 1800 581 460 | care@pressedandco.example")).toEqual(["1800 581 460"])
  expect(phones("brennan@northbankphysio.example | 1800681868 ext. 422")).toEqual(["1800681868"])
  expect(phones("order 1800 2026 shipped, invoice 1850 4471 22")).toEqual([])
})

test("a switchboard named in Swedish, Polish, German or Finnish", () => {
  expect(phones("Återuppringning för Per (växel 020-357 149): Johan vill bli uppringd.")).toEqual(["020-357 149"])
  expect(phones("Oddzwonienie — Zofia (centrala 800470377): prosi o kontakt.")).toEqual(["800470377"])
  expect(phones("Zentrale: 030 23125 000")).toEqual(["030 23125 000"])
})

test("a number after a mail address and `or`, or a comma ending the line: another way to reach them", () => {
  expect(phones("Contacto: a.lopes@inbox.example.com ou 928485487. A capa também existe em rosa.")).toEqual(["928485487"])
  expect(phones("• Customer: Divya, divya.k@home.example.org, 7325782461\n• Sentiment: calm")).toEqual(["7325782461"])
  // A date written as digits, or a number a word after names, is none.
  expect(phones("Sent to billing@acme.example, 20231114\nok")).toEqual([])
  expect(phones("billing@acme.example, 4471234 invoice")).toEqual([])
})
