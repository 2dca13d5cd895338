// A log prints a person's name as they typed it, in lower case, quoted under a role's key; a funeral's deceased and a
// ticket's holder are such keys. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

const log = (pair: string) => `2026-02-03T10:15:00Z INFO desk-sync ${pair} ref=AB-1234`

test("a lower-case name quoted under a person's key in a log is found, family name first too", () => {
  expect(people(log(`customer="siobhan kelly"`))).toEqual(["siobhan kelly"])
  expect(people(log(`driver="tomasz nowak"`))).toEqual(["tomasz nowak"])
  expect(people(log(`deceased="patrick byrne"`))).toEqual(["patrick byrne"])
  expect(people(log(`ticket_holder="kovács zoltán"`))).toEqual(["kovács zoltán"])
  expect(people(`{"customer": "ingrid berg", "phone": "+47 912 34 567"}`)).toEqual(["ingrid berg"])
})

test("a lower-case state, product or team under the same keys is no name", () => {
  expect(people(log(`customer="pending review"`))).toEqual([])
  expect(people(log(`driver="night shift"`))).toEqual([])
  expect(people(log(`customer="walk in"`))).toEqual([])
  expect(people(log(`deceased="not recorded"`))).toEqual([])
  // Not quoted, or under a key that names no person: left alone.
  expect(people(log(`status="siobhan kelly"`))).toEqual([])
  expect(people("Deceased: Not Recorded\nPlot: F-114")).toEqual([])
})
