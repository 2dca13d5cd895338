// A Turkish number read out in pairs (`on bir`, `seksen iki`: a ten, a space, a unit) after "his phone" in the object
// form (`Telefonunu söyledi:`). Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a Turkish number said in words, its pairs as a ten and a unit, is one phone", () => {
  expect(phones("Telefonunu söyledi: sıfır beş üç üç, altı sıfır dört, on bir, seksen iki.")).toEqual(["sıfır beş üç üç, altı sıfır dört, on bir, seksen iki"])
  expect(phones("Telefon numaram: sıfır beş dört iki, yedi yedi sıfır, on dokuz, doksan üç")).toEqual(["sıfır beş dört iki, yedi yedi sıfır, on dokuz, doksan üç"])
})

test("English `on` before digit words is no Turkish ten", () => {
  expect(phones("ring me on oh seven seven double one two three four five six, later")).toEqual(["oh seven seven double one two three four five six"])
})
