// A national or health id named in brackets, before or after its number, is no phone number: a form's key with a
// remark holding a dash (`NHS no. (not required – delete): …`), a note's `… (aadhaar, masked)`. Texts written for this file.
import { expect, test } from "bun:test"
import { analyze } from "../../../plugins/pii/index.ts"

const phones = (text: string) =>
  analyze(text)
    .filter((f) => f.type === "PHONE")
    .map((f) => text.slice(f.start, f.end))

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
