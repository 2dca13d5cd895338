// Two people named in one run of capitalised words, joined by `y` or `e` (holdout61, holdout63 and holdout73 wrote
// them): two names, not one. A surname joined by the same words stays one name. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("two given names joined by y or e are two people, the second with its surname", () => {
  expect(people("hola, somos Paco y Itziar, llamamos por la boda")).toEqual(["Paco", "Itziar"])
  expect(people("Olá, somos a Ana e Pedro Lopes e queremos mudar a morada.")).toEqual(["Ana", "Pedro Lopes"])
  expect(people("Buongiorno, siamo Luca e Ilaria, per il ricevimento di sabato.")).toEqual(["Luca", "Ilaria"])
})

test("a surname joined by y or e stays in its one name", () => {
  expect(people("El cliente José Ortega y Gasset pidió la factura.")).toEqual(["José Ortega y Gasset"])
  expect(people("A cliente Maria Sousa e Silva ligou ontem.")).toEqual(["Maria Sousa e Silva"])
})
