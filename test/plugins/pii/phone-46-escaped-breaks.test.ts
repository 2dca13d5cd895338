// A calendar invite's or a JSON log's text with its line breaks written as `\n`: each key still names its own value.
// Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a phone key after an escaped line break in an invite's description names its number", () => {
  const ics = "DESCRIPTION:Follow-up on order KT-2291045\\nCell: 0871234567\\nOffice: (01) 555 0147"
  expect(phones(ics)).toEqual(["0871234567", "(01) 555 0147"])
  const json = '{"note":"Delivery ref 55120934\\nHandy: 0151 23456789\\nGate code 4471"}'
  expect(phones(json)).toEqual(["0151 23456789"])
})

test("an id after an escaped line break stays unfound, and a path's backslash is no break", () => {
  expect(phones("DESCRIPTION:Meter swap\\nMeter no.: 0871234567\\nVisit window 10-12")).toEqual([])
  expect(phones("saved to C:\\notes\\n0871234567.txt")).toEqual([])
})

test("a key in lower case after an escaped break names its number too", () => {
  expect(phones("description:refill for rx-4471902\\nrefill no.: rx-4471902\\nmobile: 0871234567")).toEqual(["0871234567"])
})
