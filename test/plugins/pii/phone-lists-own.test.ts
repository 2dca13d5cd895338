// Phone numbers a caller gives one after another in sentences (`… on 876-555-0147. 876-555-0199 or +1 …`), as their own
// (`my number is`, `meu número é`), or where someone else answers (`picks up on`, `odbiera pod`); numbers written with a
// trunk digit before the area code's bracket, dotted as Belgium and Brazil write them, or in the plan of a country
// whose code the text gives; and the negatives each rule must leave alone. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number that ends a sentence and one that starts the next are two phones, not one run too long for either", () => {
  expect(phones("Bookings: Delroy can be reached on 876-555-0147. 876-555-0199 or +1 876 555 0123 after six.")).toEqual(["876-555-0147", "876-555-0199", "+1 876 555 0123"])
  expect(phones("Ring Gwen on 07700 900123. 029 2018 0000 is the shop.")).toEqual(["07700 900123", "029 2018 0000"])
  expect(phones("WhatsApp 9123 4567. 8123 4567 or +65 6123 4567 for the depot.")).toEqual(["9123 4567", "8123 4567", "+65 6123 4567"])
  // A date written with dots and spaces after a number stays apart from it, and is no phone.
  expect(phones("Zavolejte na +420 603 123 456 23. 11. 2027 odpoledne.")).toEqual(["+420 603 123 456"])
  // The phone word before the first number names that one, not a number in the next sentence; nor does a card before it.
  expect(phones("Numbers given: mobile 07700 900123, home +44 161 496 0000. 993 114 502 117 refunded.")).toEqual(["07700 900123", "+44 161 496 0000"])
  expect(phones("Tel 0161 496 0000, card 4111-1111-1111-1111. 07077795800 new account.")).toEqual(["0161 496 0000"])
  // Order numbers in sentences stay order numbers.
  expect(phones("Order 48213377. 55120983 was the other order.")).toEqual([])
})

test("the caller's own number, said so, is a phone in whatever country's plan it is valid", () => {
  expect(phones("Ana here, my number is (11) 3456-7890.")).toEqual(["(11) 3456-7890"])
  expect(phones("Aqui é Ana, meu número é (11) 93309-8762.")).toEqual(["(11) 93309-8762"])
  expect(phones("Bună ziua, numărul meu este 11 3456 7890.")).toEqual(["11 3456 7890"])
  // Some other number of the caller's, with its own noun, is not their phone.
  expect(phones("my order number is 532 415 22 18 thanks")).toEqual([])
  expect(phones("meu número de pedido é (11) 3456-7890")).toEqual([])
})

test("whoever answers at a number, said with the verb, makes it a phone", () => {
  expect(phones("Gdy mnie nie ma, mój syn Tomek odbiera pod 512-345-678.")).toEqual(["512-345-678"])
  expect(phones("If I'm out, my flatmate Jo picks up on 📞 876-555-0199.")).toEqual(["876-555-0199"])
  expect(phones("Als ik er niet ben, neemt mijn zus Eva op via 06-12345678.")).toEqual(["06-12345678"])
  // The same shape with no such verb is a reference.
  expect(phones("Zlecenie 512-345-678 wysłane.")).toEqual([])
})

test("a lone trunk digit before an area code in brackets is part of the number", () => {
  expect(phones("Arayın: 0 (532) 415 22 18, teşekkürler")).toEqual(["0 (532) 415 22 18"])
  expect(phones("Звоните по телефону 8 (495) 123-45-67 после обеда")).toEqual(["8 (495) 123-45-67"])
  expect(phones("please call 1 (876) 555-0147 today")).toEqual(["1 (876) 555-0147"])
})

test("a bracket opened after a number and holding what follows is no part of it", () => {
  expect(phones("Voicemail from +234 (0)803 123 4567 (0:31): call me back")).toEqual(["+234 (0)803 123 4567"])
})

test("a Belgian mobile with a slash and dotted pairs, and a Brazilian number dotted after its area code, are phones", () => {
  expect(phones("Mijn nummer is 0476/12.34.56, bedankt.")).toEqual(["0476/12.34.56"])
  expect(phones("meu celular: 21 98765.4321")).toEqual(["21 98765.4321"])
  // A dotted amount or a coordinate is neither.
  expect(phones("Totaal 0476/12.34.56 EUR")).toEqual([])
  expect(phones("coords 51.06769, 21 98765.4321 kg")).toEqual([])
})

test("a national number is read in the plan of a country code the text gives its other numbers", () => {
  expect(phones("Pode ligar no +55 21 98765-4321 de manhã.\n11 3456.7890 ou +55 (11) 99876-5432.")).toEqual(["+55 21 98765-4321", "11 3456.7890", "+55 (11) 99876-5432"])
  // No country code in the text: a caller's plain digits stay unread where no configured region reads them.
  expect(phones("Pedido 11 3456.7890 enviado.")).toEqual([])
})

test("a lower-case `weg` (away) before a number is no street", () => {
  expect(phones("Ben ik weg, dan neemt mijn man Joost op via 06-87654321.")).toEqual(["06-87654321"])
  expect(phones("Wenn ich weg bin, erreichen Sie meinen Mann unter 0664 123 4567.")).toEqual(["0664 123 4567"])
  // A street named with `Weg` keeps its house number and postcode out of the phones.
  expect(phones("Adresse: Am Alten Weg 12 53111 Bonn")).toEqual([])
})
