// A porting code, a PAC or a PIN named by its code word, in the covered languages: the number is that code, though the
// word for porting is a phone word. The number being ported stays a phone. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a number named by a code word qualified by porting is the code", () => {
  expect(phones("Voici mon code de portabilité : 558213, merci.")).toEqual([])
  expect(phones("Il codice di portabilità richiesto è 381204.")).toEqual([])
  expect(phones("Segue o código de portabilidade é 602719 ok")).toEqual([])
  expect(phones("Numara taşıma kodum 660418 olarak geldi.")).toEqual([])
  expect(phones("Teie ülekande kood on 271905.")).toEqual([])
})

test("the number being ported, and an area code's phone, stay phones", () => {
  expect(phones("Portabilité du 06 41 22 87 90 demandée, code de portabilité 558213.")).toEqual(["06 41 22 87 90"])
  expect(phones("il numero da portare è 347 220 1984")).toEqual(["347 220 1984"])
  expect(phones("mi teléfono con código de área: (011) 4412-8890")).toEqual(["(011) 4412-8890"])
})
