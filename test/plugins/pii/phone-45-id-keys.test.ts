// A JSON or log key naming an id before a bare number: the record's number, not a phone, though the key's other word
// (`contact`) is a phone word. Texts written for this file.
import { expect, test } from "bun:test"
import { phones } from "./spans.ts"

test("a bare number under a key naming an id is no phone", () => {
  expect(phones('{"source": "sms", "contact_id": 731845902, "agent": "Mo"}')).toEqual([])
  expect(phones('{"contactId": 402117853, "status": "open"}')).toEqual([])
  expect(phones("2026-03-02 INFO crm.sync contact_id=558201774 ok")).toEqual([])
})

test("a phone's own key, and a phone beside an id, stay phones", () => {
  expect(phones('{"contact_id": 731845902, "phone": "020 7946 0321"}')).toEqual(["020 7946 0321"])
  // A caller's id is the number that called.
  expect(phones('{"event": "ring", "caller_id": "+44 20 7946 0321"}')).toEqual(["+44 20 7946 0321"])
  expect(phones('{"contact_id": 731845902, "body": "call me on 07700 900461"}')).toEqual(["07700 900461"])
})
