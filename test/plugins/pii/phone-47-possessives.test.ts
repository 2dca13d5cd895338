// "My number" said with a Romance or Germanic possessive as a line's key (`Mon numéro :`, `o meu número:`): the person's
// own phone, not another number's name. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a possessive before the word for number keys the person's own phone", () => {
  expect(phones("Merci pour le rappel.\nMon numéro : 06 12 48 93 70.\nBonne journée")).toEqual(["06 12 48 93 70"])
  expect(phones("Obrigado!\nO meu número: 912 448 305\nAté já")).toEqual(["912 448 305"])
  expect(phones("Grazie mille.\nIl mio numero: 347 882 1045\nA presto")).toEqual(["347 882 1045"])
  expect(phones("Hola, el meu número: 612 48 93 70, gràcies")).toEqual(["612 48 93 70"])
})

test("a possessive before another number's name keeps that number unfound", () => {
  expect(phones("Merci.\nVotre numéro de commande : 0612489370\nBonne journée")).toEqual([])
  expect(phones("Obrigado.\nO meu número de contribuinte: 212345678\nAté já")).toEqual([])
  expect(phones("Gracias.\nMi número de pedido: 612489370\nSaludos")).toEqual([])
})
