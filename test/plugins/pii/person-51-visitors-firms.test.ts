// A chat's anonymous visitor and a summary's heading stand where a speaker's name does and are none; a firm's name whose
// first word opens the domain of the text's mail or link is the firm's. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a visitor's tag in the languages around, and a summary's heading, are no names", () => {
  expect(people("17:03 Visiteur : vous livrez à Lyon ?\n17:06 Agent : oui")).toEqual([])
  expect(people("16:54 Bezoeker: hoi kan ik het restbedrag betalen?\n16:55 Medewerker: zeker")).toEqual([])
  expect(people("18:38 Visitante: hola, soy Pilar. ¿Puedo pagar lo que falta?")).toEqual(["Pilar"])
  expect(people("Summary (v6.6.0): Jasmine called about the refund.")).toEqual(["Jasmine"])
})

test("a firm's chat tag or signature whose first word opens its mail or link domain is the firm's", () => {
  expect(people("[2026-01-30, 11:20] Northbank Physiotherapy: Hi Alistair, thanks for your message\nBook at www.northbankphysio.example")).toEqual(["Alistair"])
  expect(people("Camille Roux\nService client Northbank Physiotherapy\ncamille.roux@northbankphysio.example")).toEqual(["Camille Roux"])
  expect(people("Hi, Sam Carter from Duskwood Sleep here.\nsupport@duskwoodsleep.example")).toEqual(["Sam Carter"])
  // A person's own surname in their family's domain stays a name; so does a given name opening one.
  expect(people("Maria de Souza Lima wrote from maria@souzalima.example")).toEqual(["Maria de Souza Lima"])
  expect(people("Anna Berg wrote from hello@annaberg.example")).toEqual(["Anna Berg"])
})
