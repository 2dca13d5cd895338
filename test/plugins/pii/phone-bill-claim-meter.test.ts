// A number after a hotel bill's folio, an insurance claim's, a meter's, a policy's, a loyalty scheme's or an exam
// candidate's word, in the Baltic, Slavic, Nordic and Luxembourgish words for them, is that number, not a phone; a phone
// beside it is still read. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a folio's number is a bill's, with or without its letter", () => {
  expect(phones("Checked out. Folio F 5521 0874, call 021 555 0147 re extras")).toEqual(["021 555 0147"])
  expect(phones("Фолио 0388412 закрыт")).toEqual([])
  expect(phones("ts=1 folio-number=F 7730 2281 status=paid")).toEqual([])
})

test("claims, meters, policies, loyalty and candidates' numbers by their words are no phones", () => {
  expect(phones("Skadesak 040 512 7788 er registrert.")).toEqual([])
  expect(phones("Убыток 031 440 2291 оформлен.")).toEqual([])
  expect(phones("Poistná udalosť 031 552 8810, volajte 02 5443 2210")).toEqual(["02 5443 2210"])
  expect(phones("Skaitiklis 080-441-2290 pakeistas.")).toEqual([])
  expect(phones("Skaitītājs 0612 774 301 nomainīts.")).toEqual([])
  expect(phones("Счётчик 0318 552 117 заменён.")).toEqual([])
  expect(phones("Zieler 044-218-7730 gewiesselt.")).toEqual([])
  expect(phones("Polise 818 330 4412 ir aktīva.")).toEqual([])
  expect(phones("Lojalitātes nr. 0811 204 337 aktīvs.")).toEqual([])
  expect(phones("Št. kandidata 0721 33104 potrjen.")).toEqual([])
})

test("Hungarian's everyday 'kár' (damage, a pity) and 'mérő' (measuring) before a call's number leave it a phone", () => {
  expect(phones("A kár bejelentéséhez hívjon: 06 30 123 4567")).toEqual(["06 30 123 4567"])
  expect(phones("Kár. Hívjon: 06 30 123 4567")).toEqual(["06 30 123 4567"])
  expect(phones("Mérő leolvasás után hívja: 06 1 234 5678")).toEqual(["06 1 234 5678"])
  // The compounds still name a claim's and a meter's number.
  expect(phones("Kárszám 0312 554 7781 rögzítve.")).toEqual([])
})

test("the same words as a topic before a caller's own number leave it a phone (review)", () => {
  expect(phones("По поводу убытка звоните мне: 8 912 345-67-89")).toEqual(["8 912 345-67-89"])
  expect(phones("Ohľadom poistky ma kontaktujte 0905 123 456")).toEqual(["0905 123 456"])
  expect(phones("Kötvény ügyben keressen: 06 30 123 4567")).toEqual(["06 30 123 4567"])
  expect(phones("Folio queries: 0161 496 0734")).toEqual(["0161 496 0734"])
})
