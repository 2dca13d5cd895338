// Whose phone a number is, said by a relative's word and a name right before it with no phone word (`my daughter Farhana
// …`, `sąsiadka Beata: …`), in several languages; and numbers read out with pauses written as ellipses. Texts written
// for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"

test("a relative's word and a name right before a bare national number make it that person's phone", () => {
  expect(phones("Note: my brother Tavita 07700 900123 can collect.")).toEqual(["07700 900123"])
  expect(phones("Klients: mana meita Ilze 26123456")).toEqual(["26123456"])
  expect(phones("Kontakt awaryjny: sąsiad Marek: 601234567.")).toEqual(["601234567"])
  expect(phones("se não atender, o meu marido Joaquim Sousa: 912345678.")).toEqual(["912345678"])
  expect(phones("αν δεν απαντήσω, η κόρη μου Ελένη 6941234567.")).toEqual(["6941234567"])
  // No name between (the relative's word alone), an everyday word for a name, or no relative: a bare number is no phone.
  expect(phones("Note: my brother 26123456 can collect.")).toEqual([])
  expect(phones("Note: my son Will 26123456 times.")).toEqual([])
  expect(phones("Batch Ilze 26123456 shipped.")).toEqual([])
})

test("a relative's name before a number read out digit by digit makes it a phone", () => {
  expect(phones("Caller: my colleague Ruth oh seven seven double oh, nine oh oh, one two three\nAgent: thanks")).toEqual(["oh seven seven double oh, nine oh oh, one two three"])
  // The digit words after a name in lower case are no surname: the name stays a name.
  expect(people("Caller: my colleague ruth oh seven seven double oh, nine oh oh, one two three")).toEqual(["ruth"])
  // No relative and no phone word: a run of digit words is a code read out.
  expect(phones("Caller: the code is seven seven double oh nine oh oh one two three")).toEqual([])
})

test("pauses written as ellipses between a number's groups read out keep it one number", () => {
  expect(phones("Agent: best number?\nCaller: oh seven seven ... double oh nine ... oh oh one ... two three")).toEqual(["oh seven seven ... double oh nine ... oh oh one ... two three"])
  expect(phones("Agent: best number?\nCaller: oh seven seven…double oh nine…oh oh one two three")).toEqual(["oh seven seven…double oh nine…oh oh one two three"])
})

test("a relative's word before a colon or a sign, then the name, still says whose the number is", () => {
  expect(phones("mijn broer: Joris Peeters, 09/223.41.17")).toEqual(["09/223.41.17"])
  expect(phones("Caller: my sister 📱 Ruth oh seven seven double oh, nine oh oh, one two three\nAgent: ok")).toEqual(["oh seven seven double oh, nine oh oh, one two three"])
})

test("a number read out after another and `or` is the caller's other phone, however far the phone word", () => {
  const asked = "Agent: and is there a good number for you, one we can reach during the day or the evening?\nCaller: "
  expect(phones(`${asked}oh seven seven double oh ... nine oh oh ... one two three or oh seven seven double oh ... nine oh oh ... four five six`)).toEqual([
    "oh seven seven double oh ... nine oh oh ... one two three",
    "oh seven seven double oh ... nine oh oh ... four five six",
  ])
  // A code read out after `or` with no number before it is no phone.
  expect(phones("Caller: the code is one two three or seven seven double oh nine oh oh one two three")).toEqual([])
})

test("where to call in Czech and Polish (`na číslo`, `pod numer`), `or` in more languages, a number in a contact's bracket", () => {
  expect(phones("Volejte mi prosím na číslo 412 345 678, děkuji.")).toEqual(["412 345 678"])
  expect(phones("Proszę dzwonić pod numer 612 345 678 po 16.")).toEqual(["612 345 678"])
  // Another number's name before the word for number stays that number's.
  expect(phones("Zákaznické číslo 412 345 678 platí.")).toEqual([])
  expect(phones("Καλέστε στο +30 6912345678 ή 21.06.1234.56 μετά τις 5.")).toEqual(["+30 6912345678", "21.06.1234.56"])
  expect(phones("Olga Nunes (olga.nunes@mail.pt, 91.234.5678)")).toEqual(["91.234.5678"])
  // A bracket holding no mail address is no contact.
  expect(phones("Olga Nunes (order 91.234.5678)")).toEqual([])
})

test("dotted numbers in a caller's own groups: a last digit alone near a phone word, a Belgian zone and a slash", () => {
  expect(phones("Mobile 077.009.0012.3 after six")).toEqual(["077.009.0012.3"])
  expect(phones("si je ne réponds pas, essayez le 02/512.34.56 demain.")).toEqual(["02/512.34.56"])
  // Dotted groups with no phone word near are a version, an amount or a reference.
  expect(phones("Build 077.009.0012.3 shipped")).toEqual([])
})

// Review: a relative has ids too. The rule took them for phones when the number's sentence named another number.
test("a relative's number that its sentence names as some other number is no phone; the next sentence does not count", () => {
  expect(phones("my daughter Ana 12345678 is her student id.")).toEqual([])
  expect(phones("my colleague Pedro 612345678 (employee number)")).toEqual([])
  expect(phones("Membership for my father Ahmed 77889900 renewed.")).toEqual([])
  expect(phones("Policy holder: my husband Peter 12345678")).toEqual([])
  expect(phones("mein Sohn Lukas 12345678 Kundennummer")).toEqual([])
  expect(phones("mio figlio Marco 12345678 matricola")).toEqual([])
  expect(phones("mój syn Piotr 12345678 numer legitymacji")).toEqual([])
  // Another number named in the next sentence is that sentence's.
  expect(phones("Kontakt: sąsiadka Beata: 781083302. nr konta: PL48 1439 1629 3467 7200 0000 0000")).toEqual(["781083302"])
})

// Review: the mail address's bracket holds whatever number its owner gave; a date or a labelled number is no phone.
test("a number after a mail address and a comma in a bracket: a date or a number named after it is no phone", () => {
  expect(phones("Nuno Martins (nuno.martins@sapo.pt, 938715184)")).toEqual(["938715184"])
  expect(phones("Nuno Martins (orders@shop.pt, 20231114)")).toEqual([])
})
