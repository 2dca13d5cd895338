// Numbers that are ids, not phones, and words that name a phone: a national or health id named in brackets before or
// after its number (`NHS no. (not required – delete): …`, `… (aadhaar, masked)`), a one-letter phone key only as a whole key
// (`T.C. Kimlik No` is no `T:`), Turkish, Malay and Singapore phone words. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a key's remark in brackets may hold a dash or a comma and is still not the key's name", () => {
  expect(phones("Council tax account: 601061793\nNHS no. (not required – delete): 559 983 0403")).toEqual([])
  expect(phones("Mobile (not required – delete): 07700 900123")).toEqual(["07700 900123"])
  expect(phones("Telephone (day, evenings): 020 7946 0958")).toEqual(["020 7946 0958"])
})

test("a bracket right after the number naming another number's kind makes it that, unless a phone word is near", () => {
  expect(phones("ID on file 8428 7447 8695 (aadhaar, masked going fwd).")).toEqual([])
  expect(phones("Ref on file 020 7946 0958 (policy no., old)")).toEqual([])
  expect(phones("call me on 020 7946 0958 (mobile, after 6)")).toEqual(["020 7946 0958"])
  expect(phones("ring 07700 900123 (ref 1234)")).toEqual(["07700 900123"])
})

test("a form's one-letter phone key counts only as the whole key: T.C. Kimlik No is Turkey's national id", () => {
  expect(phones("T.C. Kimlik No: 85213881400\nCep telefonu: 0232 880 96 59")).toEqual(["0232 880 96 59"])
  expect(phones("T: 020 7946 0958")).toEqual(["020 7946 0958"])
  expect(phones("M. 07700 900123")).toEqual(["07700 900123"])
})

test("Turkish, Malay and Singapore phone words name a number; a registration number stays one", () => {
  expect(phones("cep telefonum 0532 123 45 67")).toEqual(["0532 123 45 67"])
  expect(phones("Teo Pei Shan hp 63503327, ROM + tea ceremony")).toEqual(["63503327"])
  expect(phones("temsilci: tamam kayıt numaranız 409 138 79")).toEqual([])
  expect(phones("engine 150 hp 2019 model")).toEqual([])
})
