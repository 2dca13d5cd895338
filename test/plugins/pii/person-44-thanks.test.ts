// Review of holdout44's PERSON spans that took a chat's thanks or hello in Latvian, Bulgarian, Maltese or
// Ukrainian for a first name's first word. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a thanks or a hello before a first name is no part of it", () => {
  expect(people("Ilze Kalniņa\nPaldies Dainis!\n12:10")).toEqual(["Ilze Kalniņa", "Dainis"])
  expect(people("[02.03.26 10:01] Пламен: Благодаря Десислава!")).toEqual(["Пламен", "Десислава"])
  expect(people("Grazzi Pawlu 🙏")).toEqual(["Pawlu"])
  expect(people("Привіт Тарас, ваш пакет у відділенні.")).toEqual(["Тарас"])
})

test("a thanks followed by ordinary words names no one", () => {
  expect(people("Grazzi ħafna għall-għajnuna.")).toEqual([])
  expect(people("Благодаря предварително за отговора.")).toEqual([])
  expect(people("Paldies, uz redzēšanos!")).toEqual([])
})
