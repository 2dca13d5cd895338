// Numbers said digit by digit in languages beyond the default regions' (Macedonian, Azerbaijani, Kazakh, Uzbek,
// Georgian, Armenian, Hebrew, Arabic, Korean, Indonesian and Malay, Swahili, Filipino, Vietnamese, Faroese), with the
// caller's word for "number" or "call" before or after them. Before, runs in these languages were read by no list.
// Texts written for this file; each number is a valid mobile of the language's country.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("digit words of the added languages, with the word for a number or a call around them", () => {
  expect(phones("tafadhali nipigie kwa namba sifuri saba moja mbili, tatu nne tano sita saba nane asante")).toEqual(["sifuri saba moja mbili, tatu nne tano sita saba nane"])
  expect(phones("tolong hubungi saya di nomor nol delapan satu dua tiga empat lima enam tujuh delapan terima kasih")).toEqual(["nol delapan satu dua tiga empat lima enam tujuh delapan"])
  expect(phones("ве молам јавете ми се на нула седум 0 два три четири пет шест седум фала")).toEqual(["нула седум 0 два три четири пет шест седум"])
  expect(phones("zəhmət olmasa sıfır beş bir iki üç dörd beş altı yeddi nömrəsinə zəng edin")).toEqual(["sıfır beş bir iki üç dörd beş altı yeddi"])
  expect(phones("iltimos, toʻqqiz bir ikki uch toʻrt besh olti yetti sakkiz raqamiga qoʻngʻiroq qiling")).toEqual(["toʻqqiz bir ikki uch toʻrt besh olti yetti sakkiz"])
})

test("the bare word for a number before digits written as digits does not make a booking's number a phone", () => {
  // `nömrə` names a booking here as often as a phone: before, as after, no phone is read from it alone.
  expect(phones("dalğıc turu ilə bağlıdır, nömrə 3098 2204 9781.")).toEqual([])
})

test("a count or a list said in the added languages, with no word for a number or a call, is no phone", () => {
  expect(phones("tuna viti sifuri saba moja mbili tatu nne tano sita saba nane ndani ya sanduku")).toEqual([])
})
