// A caller's key holding a bare number, and a number read out with digits among its words. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a caller's or customer's key whose value is the number (after a name or not) to the line's end: the caller's phone", () => {
  expect(phones("14:02 — NGATA Aroha\nCaller: 6175550142. wants the invoice resent")).toEqual(["6175550142"])
  expect(phones("Receipt 4471\nCustomer: PETERSEN Mette  2125550187\nServed by Jo")).toEqual(["2125550187"])
  expect(phones("**Caller:** 2125550187")).toEqual(["2125550187"])
  expect(phones("CALLER: 2125550187")).toEqual(["2125550187"])
  expect(phones("Καλών: 6912846534. αφορά το LGC-57800.")).toEqual(["6912846534"])
})

test("a speaker's tag in lower case, a value going on after the number, or a number no plan has: not read so", () => {
  // A transcript's speaker answering an order's number.
  expect(phones("agent: may I have the order number\ncaller: 2125550187 and that was last week")).toEqual([])
  expect(phones("Caller: 2125550187 wants order 2125550188 refunded")).toEqual([])
  expect(phones("Caller: 1234567890.")).toEqual([])
  expect(phones("Order: 2125550187.\nRef: 2125550188")).toEqual([])
})

test("a number read out with digits among its words, after a phone word: one phone", () => {
  expect(phones("hi it's about the boiler please ring me back on two zero one 2 six nine oh eight... four two thanks")).toEqual(["two zero one 2 six nine oh eight... four two"])
  expect(phones("please call me back on zero 7 4 double zero nine 0 1... 4 oh... one thanks")).toEqual(["zero 7 4 double zero nine 0 1... 4 oh... one"])
})

test("digits with fewer than three digit words among them, or with no phone word before: not read as one read out", () => {
  expect(phones("ring me back about 2 6 9 one 8 4 2 boxes")).toEqual([])
  expect(phones("the code is two zero one 2 six nine oh eight four two")).toEqual([])
})

test("in a dialogue with an agent's tag, `Customer:` tags a speaker: a bare number after it is not read as the caller's phone", () => {
  expect(phones("Agent: and the reference on your letter?\nCustomer: 2125550187")).toEqual([])
  expect(phones("Rep (Jo): which policy is it?\nCaller: 2125550187.")).toEqual([])
})

test("in the caller's own language too: digits among the digit words of one language, after a phone word", () => {
  expect(phones("molim nazovite me na nula devet 2 jedan... 9... osam jedan sedam dva šest hvala")).toEqual(["nula devet 2 jedan... 9... osam jedan sedam dva šest"])
  expect(phones("lütfen beni sıfır beş sıfır bir 2 yedi dokuz sekiz altı dokuz beş numarasından arayın")).toEqual(["sıfır beş sıfır bir 2 yedi dokuz sekiz altı dokuz beş"])
  // Digits before the first word are no part of the run, and three words among digits are too few.
  expect(phones("molim nazovite me, narudžba 2 jedan 3 4 5 6 7 8 9")).toEqual([])
})

test("a caller key's value written surname first with the number in brackets, and a key in Portuguese or Icelandic", () => {
  expect(phones("**Chamador:** Rodrigues, Rodrigo (912378279)\n**Atendente:** Thiago")).toEqual(["912378279"])
  expect(phones("Hringjandi: MAGNÚSSON Gunnar  6395534\nTakk!")).toEqual(["6395534"])
})

test("digit words of any covered language inside a speech-to-text result's value make a phone; outside it they need a phone word", () => {
  const asr = (said: string) => `12:32:41 asr.result confidence=0.83 text="jürgen pichler ${said}"\n12:32:45 transfer queue=pawn`
  expect(phones(asr("null 6 sechs, vier zwei fünf eins neun 5 6"))).toEqual(["null 6 sechs, vier zwei fünf eins neun 5 6"])
  expect(phones(asr("dos dos uno nueve cinco cero nueve tres cero"))).toEqual(["dos dos uno nueve cinco cero nueve tres cero"])
  expect(phones('12:32:41 asr.result text="my order"\nsaid dos dos uno nueve cinco cero nueve tres cero')).toEqual([])
})

test("review cases: an agent's tag in any script near the key, a value going on after spaces, an ASR value saying an amount, a date or an order, decimals", () => {
  expect(phones("Оператор: Благодаря за изчакването.\nЗвънящ: 2014424910")).toEqual([])
  expect(phones("Υπάλληλος: Ευχαριστώ για την αναμονή.\nΠελάτης: 2101234567")).toEqual([])
  // A header line far from the key does not make a note a dialogue.
  expect(phones(`Caller: 2014424910.\nWants a refund.\n${"x".repeat(320)}\nAgent on shift: Jo`)).toEqual(["2014424910"])
  expect(phones("Customer: 4471203391    Date: 2024-11-30")).toEqual([])
  expect(phones('asr.result text="Lieferung am zwei null zwei vier eins eins drei null"')).toEqual([])
  expect(phones('asr.result text="kwota jeden dwa trzy cztery pięć sześć siedem osiem dziewięć złotych"')).toEqual([])
  expect(phones('asr.result text="meine Bestellnummer ist null eins sieben eins zwei drei vier fünf sechs sieben"')).toEqual([])
  expect(phones("Phone review: scores one, two, three, 4.5, 4.0, 3.5, 2 out of 5")).toEqual([])
})
