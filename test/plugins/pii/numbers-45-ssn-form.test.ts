// An SSN written right after a tax form's name (`W-9`, `W2`): the form's digits are its name's, not the number's.
// Texts written for this file.
import { expect, test } from "bun:test"
import { found } from "./spans.ts"

const ssns = (text: string) => found(text, "US_SSN")

test("an SSN after a form's name glued to its letter is found", () => {
  expect(ssns("ssn for the w-9 412-38-7756 thanks")).toEqual(["412-38-7756"])
  expect(ssns("SSN on the W2 412 38 7756.")).toEqual(["412 38 7756"])
})

test("a number's digit before the SSN's shape still makes it part of a longer number", () => {
  expect(ssns("ssn batch 7 412-38-7756-2 queued")).toEqual([])
  expect(ssns("ssn list 12 412-38-7756")).toEqual([])
})
