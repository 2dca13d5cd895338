// A number under a reference's or a service protocol's name in Estonian, Romanian, Turkish and Portuguese, or a driving
// lesson's or test's in Czech and Spanish, is that number, not a phone; and a call-me phrase in Polish and Brazilian
// Portuguese names the number after it a phone. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a reference or a service protocol by its name in Estonian, Romanian, Turkish and Portuguese is no phone", () => {
  expect(phones("Makse saadud. Viide: 4471 208 395.")).toEqual([])
  expect(phones("Plata a fost primită. Referință: 38 4410 7265.")).toEqual([])
  expect(phones("Plata a fost primită. Referinta 0735 114 92.")).toEqual([])
  expect(phones("Ödeme alındı. Referans: 0742 118 30.")).toEqual([])
  expect(phones("Seu atendimento foi aberto. Protocolo: 5538 207 114.")).toEqual([])
})

test("a driving lesson or a driving test by its name in Czech and Spanish is no phone", () => {
  expect(phones("Dobrý den, jízda 64 318 207 se posouvá na úterý.")).toEqual([])
  expect(phones("El examen práctico 81 440 316 queda para el lunes.")).toEqual([])
})

test("a phone under its own word beside a protocol or a lesson is still read", () => {
  expect(phones("Protocolo: 5538 207 114. Meu celular é (21) 98765-4321.")).toEqual(["(21) 98765-4321"])
  expect(phones("Referință: 38 4410 7265. Sunați la 0744 123 456.")).toEqual(["0744 123 456"])
  expect(phones("Jízda 64 318 207 zrušena, volejte 602 123 456.")).toEqual(["602 123 456"])
})

test("call me in Polish and Brazilian Portuguese names the number after it", () => {
  expect(phones("Proszę dzwonić pod 226381400 po południu.")).toEqual(["226381400"])
  // Without the call word, a bare run of nine digits is an order's as often.
  expect(phones("Paczka przyszła wczoraj, 226381400 po południu.")).toEqual([])
  expect(phones("Liga no 21987654321 depois das seis.")).toEqual(["21987654321"])
})
