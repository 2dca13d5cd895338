// A firm named by its trade's plural or its line of business (`Installers`, `Leisure`, `Plus`) names no person, though its
// first word is a given name (`Helio`, `Summer`); a person with a surname is still one. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a firm of installers or of leisure is no person, as a heading, a subject or a caller's firm", () => {
  expect(people("Aurora Installers — customer\nDate: 2026-05-01")).toEqual([])
  expect(people("Subject: Ronan Installations — visit")).toEqual([])
  expect(people("Your class at Jasper Leisure is booked for Monday.")).toEqual([])
  expect(people("Hei, det er Torbjørn fra Vera Plus. Kortet er sperret.")).toEqual(["Torbjørn"])
})

test("a person is still found beside those words", () => {
  expect(people("Installer: Aurora Ngata arrives at 9.")).toEqual(["Aurora Ngata"])
})
