// A first name in another case than its list's (Polish, Czech, Croatian, Hungarian, Lithuanian texts decline names) is
// still a name; an everyday word whose ending looks like a case is not. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a declined first name and its surname are one person", () => {
  expect(people("Zadzwoniłam do Pani Moniki Szewczyk wczoraj.")).toEqual(["Moniki Szewczyk"])
  expect(people("Przekazałem sprawę Rafała Kaczmarczyka do działu windykacji.")).toEqual(["Rafała Kaczmarczyka"])
  expect(people("Rozmawiałem z Kasią Nowak o kaucji.")).toEqual(["Kasią Nowak"])
  expect(people("Volal jsem panu Petrovi Novákovi kvůli pokutě.")).toEqual(["Petrovi Novákovi"])
  expect(people("Razgovarala sam s Ružicom Matijević jučer, a račun glasi na Ružice Matijević.")).toEqual(["Ružicom Matijević", "Ružice Matijević"])
  expect(people("Jono Petraičio automobilis stovi aikštelėje.")).toEqual(["Jono Petraičio"])
})

test("a Hungarian name written surname first, declined, after the words opening the note", () => {
  expect(people("Beszéltem Rácz Mártonnal a letétről.")).toEqual(["Rácz Mártonnal"])
  expect(people("Felhívtam Kovács Pétert, nem vette fel.")).toEqual(["Kovács Pétert"])
  expect(people("Tegnap Horváth Gáborné hívott a bírság miatt.")).toEqual(["Horváth Gáborné"])
  expect(people("Írtam Szabó Annának e-mailt.")).toEqual(["Szabó Annának"])
})

test("an everyday word whose ending looks like a case is no name", () => {
  expect(people("Live chat opened. Debt Collection team called. Arena Nord parking is full.")).toEqual([])
  expect(people("Linie 5 Richtung Markt, Recept ready, Monat Oktober.")).toEqual([])
  expect(people("Casa Linha Tiny Orly SEPA Metoda")).toEqual([])
})
