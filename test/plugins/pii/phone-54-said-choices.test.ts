// Numbers read out with the phone named after them or in a voicemail, groups of digits opening words, numbers said in
// pairs in Danish, Norwegian and Swedish, a caller's corrections, and a second number given after a first. Texts
// written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("an English number read out is a phone when the phone is named after it, or in a voicemail", () => {
  expect(phones("caller: it's oh seven seven zero zero, nine double zero, one two three, that's my mobile")).toEqual(["oh seven seven zero zero, nine double zero, one two three"])
  expect(phones("Voicemail 0:31\nHi, it's about the order. It's five zero three... six one three... double nine eight three, bye.")).toEqual(["five zero three... six one three... double nine eight three"])
  // The same digits with nothing naming a phone are a code read out.
  expect(phones("caller: it's five zero three six one three double nine eight three, the code on the box")).toEqual([])
})

test("a group of digits may open a number the words go on with; a reference's last group does not", () => {
  expect(phones("Powtórzę numer: 604 osiem dwa siedem sześć osiem dwa.")).toEqual(["604 osiem dwa siedem sześć osiem dwa"])
  expect(phones("cliente: es el 627, uno siete, 62, tres uno, el móvil")).toEqual(["627, uno siete, 62, tres uno"])
  expect(phones("Mein Handy: Ref VST-2618-619. null eins fünf eins acht vier sechs null acht null null")).toEqual(["null eins fünf eins acht vier sechs null acht null null"])
})

test("a Nordic number said in pairs is read as its digits", () => {
  expect(phones("kunde: kan I ringe mig op på seksogfirs otteogtyve toogfirs syvogfirs? tak")).toEqual(["seksogfirs otteogtyve toogfirs syvogfirs"])
  expect(phones("kunde: bedst på tredive, 32, syvogtyve, tooghalvtreds")).toEqual(["tredive, 32, syvogtyve, tooghalvtreds"])
  expect(phones("kunde: ring meg på førtito tjuefem sekstiåtte nitten")).toEqual(["førtito tjuefem sekstiåtte nitten"])
  // Spanish `tres` is 3 there, not Danish 60.
  expect(phones("mi número es tres cuatro dos uno cinco seis siete ocho nueve")).toEqual(["tres cuatro dos uno cinco seis siete ocho nueve"])
})

test("a number the caller corrects, and the correction, are both phones", () => {
  expect(phones("anrufer: am besten unter null zwei zwei eins... 683... acht sieben null vier, quatsch, ich meine null zwei zwei eins... sechs acht drei... acht neun null vier")).toEqual([
    "null zwei zwei eins... 683... acht sieben null vier",
    "null zwei zwei eins... sechs acht drei... acht neun null vier",
  ])
  expect(phones("cliente: meglio al tre due quattro uno due sei 7743, no aspetti tre due quattro uno due sei sette sette quattro sei")).toHaveLength(2)
})

test("a second number after a first, where to call it or that it was tried next, is a phone", () => {
  expect(phones("You can reach me on (647) 356-4489 or at work on 6049021711.")).toEqual(["(647) 356-4489", "6049021711"])
  expect(phones("Called +1-602-580-0800 twice, then 6024811572; got her on the second.")).toEqual(["+1-602-580-0800", "6024811572"])
  expect(phones("+48720339103 albo w pracy pod 129827562. Pozdrawiam")).toEqual(["+48720339103", "129827562"])
  // Some other number after "or" stays what it is named.
  expect(phones("Call me on (647) 356-4489 or quote order number 6049021711.")).toEqual(["(647) 356-4489"])
})

test("Polish cases of `mobile` and Portugal's `Telem.` name a phone", () => {
  expect(phones("Najlepiej na komórkę, 509-765-922, po 18:40.")).toEqual(["509-765-922"])
  expect(phones("Maria Mendes\nTelem. 960-968-540")).toEqual(["960-968-540"])
})
