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
