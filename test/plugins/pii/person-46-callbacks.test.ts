// Review of holdout46's PERSON misses: a calendar entry's or a task's call-back verb before the name it names, taken as
// the name's first word. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a call-back verb opening a calendar entry is the name's cue, not its first word", () => {
  expect(people("BEGIN:VEVENT\nSUMMARY:Callback Siobhan re order 55123\nEND:VEVENT")).toEqual(["Siobhan"])
  expect(people("BEGIN:VEVENT\nSUMMARY:Rappeler Mathilde pour la facture 8812\nEND:VEVENT")).toEqual(["Mathilde"])
  expect(people("Taak: Terugbellen Sanne over de meterstand.")).toEqual(["Sanne"])
})

test("a call-back verb before an ordinary word names no one", () => {
  expect(people("SUMMARY:Callback Request from the website form")).toEqual([])
  expect(people("Rappeler Demain matin pour confirmer.")).toEqual([])
})
