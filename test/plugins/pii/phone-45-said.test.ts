// A phone said in digit words in a transcript: the answer to "where can we reach you" in Czech and Turkish, a Turkish
// sentence that names the number after it, and "plus" said before the country's code. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("digit words answering where the caller can be reached are a phone", () => {
  const cs = "agent: na jakém čísle vás zastihneme\nzákazník: šest nula dva čtyři jedna osm sedm tři pět"
  expect(phones(cs)).toEqual(["šest nula dva čtyři jedna osm sedm tři pět"])
  const tr = "temsilci: size hangi numaradan ulaşabiliriz\nmüşteri: sıfır beş üç iki, dört bir sekiz, yedi yedi, iki bir"
  expect(phones(tr)).toEqual(["sıfır beş üç iki, dört bir sekiz, yedi yedi, iki bir"])
})

test("a Turkish number named after its digit words, and plus said before them", () => {
  expect(phones("lütfen beni sıfır beş üç iki dört bir sekiz yedi yedi iki numarasından geri arayın")).toEqual(["sıfır beş üç iki dört bir sekiz yedi yedi iki"])
  expect(phones("müşteri: telefonum artı, dokuz sıfır beş üç iki dört bir sekiz yedi yedi iki bir")).toEqual(["artı, dokuz sıfır beş üç iki dört bir sekiz yedi yedi iki bir"])
})

test("digit words with no phone named before or after them stay unfound", () => {
  expect(phones("müşteri: bilet sıfır beş üç iki dört bir sekiz yedi yedi iki kazandı")).toEqual([])
})
