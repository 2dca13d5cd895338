// A WhatsApp link's number, a number after an abbreviation for number in a sentence that calls, a person's bracketed
// number, where someone is reached (Estonian, Czech, Galician), a national number a form wrapped, a `+` number read out
// with pauses; and the serial, membership and accession numbers that are none. Texts written for this file.
import { expect, test } from "bun:test"
import { found, phones } from "./spans.ts"

test("a WhatsApp link's number is a phone, its digits alone; a path with letters or an invalid number is none", () => {
  expect(phones("Message me on wa.me/447911123456 tonight.")).toEqual(["447911123456"])
  expect(phones("Chat: https://api.whatsapp.com/send?phone=447911123456&text=hi")).toEqual(["447911123456"])
  expect(phones("Join wa.me/447911123456abc now")).toEqual([])
  expect(phones("Link wa.me/1234567 here")).toEqual([])
})

test("a WhatsApp link's or a phone key's number written without its `+` is a phone, not a card, though 13 digits pass Luhn", () => {
  expect(phones("https://api.whatsapp.com/send?phone=4915112345678")).toEqual(["4915112345678"])
  expect(phones("Ping me: wa.me/4915112345678")).toEqual(["4915112345678"])
  expect(phones('{"name":"x","phone":"4915112345678"}')).toEqual(["4915112345678"])
  expect(found('{"name":"x","phone":"4915112345678"}', "CARD")).toEqual([])
  expect(phones('{"phone_imei":"495640874249688"}')).toEqual([])
  // Named a card, or too long for any plan, it is the card it passes for.
  expect(found("Card: 4915112345678", "CARD")).toEqual(["4915112345678"])
  expect(found("Phone: 4111111111111111", "CARD")).toEqual(["4111111111111111"])
})

test("an abbreviation for number in a sentence that calls names a phone; in another sentence it names a document", () => {
  expect(phones("Puede llamarme al No. 612 345 678 mañana.")).toEqual(["612 345 678"])
  expect(phones("Bitte unter Nr. 030 1234567 zurückrufen.")).toEqual(["030 1234567"])
  expect(phones("Tel. 031 872 86 25 oder Nr. 031 078 22 86. Danke")).toEqual(["031 872 86 25", "031 078 22 86"])
  // The call is in the sentence before.
  expect(phones("Bitte anrufen. Das steht unter Nr. 030 1234567 im Katalog.")).toEqual([])
  expect(phones("Bestellung 4711 oder Nr. 031 078 22 86 bitte")).toEqual([])
})

test("a number in brackets after a person's initial or title and name is theirs, a word for number between or not", () => {
  expect(phones("Caller: R. Okafor (3126714420).")).toEqual(["3126714420"])
  expect(phones("Notiz: pan Jan Dvořák (č. 00420 602 123 456).")).toEqual(["00420 602 123 456"])
  expect(phones("Not: Sn. Ayşe Kaya (No: 0090 212 345 67 89).")).toEqual(["0090 212 345 67 89"])
  // A thing's name before the bracket, title-cased, with a word for number inside: its number.
  expect(phones("> El Piano Vertical (N.º 4878484) Está Listo")).toEqual([])
})

test("where someone is reached in Estonian, Czech and Galician names a phone written unbroken", () => {
  expect(phones("Olen kättesaadav 51234567 pärast kella 10.")).toEqual(["51234567"])
  expect(phones("Zastihnete mě na 602123456 odpoledne.")).toEqual(["602123456"])
  expect(phones("Chámeme ao 981123456 pola tarde.")).toEqual(["981123456"])
})

test("a national number a form wrapped under its phone key is read whole; under another key it is none", () => {
  expect(phones("Telefoon: 02 512\n34 56\nE-mail: a@b.be")).toEqual(["02 512\n34 56"])
  expect(phones("Notitie: 02 512\n34 56\nE-mail: a@b.be")).toEqual([])
})

test("a `+` number read out with pauses keeps its `+`", () => {
  expect(phones("Voicemail: hi, my number is +44… 20… 7946… 0958, thanks")).toEqual(["+44… 20… 7946… 0958"])
  expect(phones("VM 10:20\nDobrý den, moje číslo je +420… 602… 123… 456. Díky")).toEqual(["+420… 602… 123… 456"])
})

test("a serial, a membership and a museum's accession number are no phones, a phone word farther away or not", () => {
  expect(phones("Soita huoltoon, laitteen sarjanumero 8334-710-7652 on kyljessä.")).toEqual([])
  expect(phones("Helistage meile, seadme seerianumber 4204-897-2378 on sildil.")).toEqual([])
  expect(phones("Sunați-ne, centrala are seria 8039-731-7681.")).toEqual([])
  expect(phones("Mitgliedschaft 512-376-1049 verlängert.")).toEqual([])
  expect(phones("Номер: E.512-1998 · Номер: E.377-2004")).toEqual([])
})
