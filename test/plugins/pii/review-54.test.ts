// Review of stop 54's rules: what they must not take, and inputs that broke them. Texts written for this file.
import { expect, test } from "bun:test"
import { people, phones } from "./spans.ts"
import { analyze } from "../../../plugins/pii/index.ts"

test("a name spelled out keeps all its letters before a dash and a word", () => {
  expect(people("Name spelled: M U L D E R - ok thanks")).toEqual(["M U L D E R"])
  expect(people("Navnet stavet: N-I-E-L-S-E-N - tak")).toEqual(["N-I-E-L-S-E-N"])
  expect(people("surname spelled n - o - w - a - k - thanks")).toEqual(["n - o - w - a - k"])
})

test("a word spelled back right after it is said is no name unless a given name comes before it", () => {
  expect(people("it's jo at gmail, g m a i l")).toEqual([])
  expect(people("the town is leeds, l e e d s")).toEqual([])
})

test("round tens said as pairs are a list, not a phone", () => {
  expect(phones("Kunden ringede om ordren: tyve, tredive, fyrre, halvtreds stk.")).toEqual([])
  expect(phones("kund: vi har sjuttio, åttio, nittio, tjugo samtal om mobilen")).toEqual([])
})

test("a number read out after some other number's word is that number, whatever follows it", () => {
  expect(phones("the tracking code is two zero one seven four six zero nine nine one, call me if it doesn't arrive")).toEqual([])
})

test("a second number after `or` and words that name no place to call stays what it is", () => {
  expect(phones("Call me on (647) 356-4489 or at the portal 6049021711.")).toEqual(["(647) 356-4489"])
})

test("names in a table's cells are read only in a contact's row", () => {
  expect(people("Site | 02/05/2026 | Melbourne, Victoria | 3000 | ok")).toEqual([])
  expect(people("SKU | 17.02.2026 | MILAN LAMP | 12 | ok")).toEqual([])
})

test("`surname is` and `last name is` take no lower-case word after them", () => {
  expect(people("the surname is wrong on the invoice")).toEqual([])
})

test("a CRLF line end and a trailing line break change nothing", () => {
  expect(people("se eu não estiver, guadalupe zúñiga ramírez\r\nobrigado")).toEqual(["guadalupe zúñiga ramírez"])
  expect(people("Thanks for the update.\r\nGrace\r\n")).toEqual(["Grace"])
  expect(people("thanks for the update.\n\nmaya\n")).toEqual(["maya"])
})

test("long texts of numbers read out, spelled names and lower-case product lines scan in linear time", () => {
  const time = (text: string) => {
    const t0 = performance.now()
    analyze(text)
    return performance.now() - t0
  }
  const shapes = ["it was four four two one seven seven eight nine, ", "kowalski k o w a l s k i, ", "we sell lola dresses and carmen shoes online "]
  for (const unit of shapes) {
    const small = unit.repeat(Math.ceil(20_000 / unit.length))
    const large = unit.repeat(Math.ceil(200_000 / unit.length))
    time(small)
    // Ten times the text in well under a hundred times the time (a quadratic scan took 20x to 70x).
    expect(time(large) / Math.max(1, time(small))).toBeLessThan(40)
  }
})

test("a national number read out from its trunk 0 is a phone with no word naming it, unless another number's word does", () => {
  expect(phones("[00:00:06] caller: yeah so it's oh seven four, nine three, seven four seven, seven nine seven i mean oh seven four, nine three, 747, seven nine six, sorry")).toEqual([
    "oh seven four, nine three, seven four seven, seven nine seven",
    "oh seven four, nine three, 747, seven nine six",
  ])
  expect(phones("soittaja: no se on nolla neljä neljä, kolme kahdeksan kuusi, kahdeksan yhdeksän kuusi, yksi, joo")).toEqual(["nolla neljä neljä, kolme kahdeksan kuusi, kahdeksan yhdeksän kuusi, yksi"])
  expect(phones("the tracking code is zero seven four nine three seven four seven seven nine six")).toEqual([])
})

test("a report's verb opening a capitalised run is the sentence's, not the name's", () => {
  expect(people("Called from the office. Wants Kwame to call.")).toEqual(["Kwame"])
})
