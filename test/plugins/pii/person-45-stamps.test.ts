// Review of holdout45's PERSON misses on a chat copied from its window: each line a time alone, the speaker, a colon
// (`14:05 Jussi Heikkinen: …`), or the agent's desk in brackets (`14:05 Hui Min (Northstar Lotteries): …`). Texts
// written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a speaker after a bare time stamp is a person, a word no list knows too, or one with the desk in brackets", () => {
  expect(people("16:20 Oskari Lehtinen: hei, tilaus on myöhässä\n16:21 Oskari: kiitos")).toEqual(["Oskari Lehtinen", "Oskari"])
  expect(people("08:02 Tavita (Coral Coast Water): Morning, what's the meter reading?")).toEqual(["Tavita"])
})

test("a note's stamped key before a code, or an everyday word, is no speaker", () => {
  expect(people("11:05 Faktura: FV-2026-1187; Kwota: 1200 zł")).toEqual([])
  expect(people("11:05 IMEI: 35467210054407912345\n11:06 System: closed")).toEqual([])
  expect(people("09:12 Kassa: klant belde over de levering")).not.toContain("Kassa")
})
