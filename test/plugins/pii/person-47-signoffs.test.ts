// Review of holdout46's PERSON misses: short sign-offs (`Gracias,⏎Santiago`, `mvg Ruud`) and a call note's header that
// names its writer after a dash (`Call note #195827 – 28 Jan 2026 11:15 – N. Te Whata`). Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a bare thanks or the Dutch 'mvg' closes a message before its writer's name", () => {
  // Santiago is a city too: a name here only by its sign-off.
  expect(people("El medidor marca mal desde marzo.\n\nGracias,\nSantiago")).toEqual(["Santiago"])
  expect(people("Il contatore è rotto.\n\nGrazie,\nFlorence")).toEqual(["Florence"])
  expect(people("kunt u mij terugbellen op 06 12345678 mvg Ruud")).toEqual(["Ruud"])
})

test("thanks for something names no one", () => {
  expect(people("Gracias por la ayuda de ayer.")).toEqual([])
})

test("a call note's header names its writer after the date, the time and a dash", () => {
  expect(people("Call note #551203 – 14 Mar 2026 09:40 – R. Te Rangi\nThe caller asked about a refund.")).toEqual(["R. Te Rangi"])
  expect(people("Call note #551204 – March 14, 2026 2:05 PM – J. Dizon\nThe caller asked about a refund.")).toEqual(["J. Dizon"])
})

test("a header whose dash leads to a room or a topic names no one", () => {
  expect(people("Meeting – 14 Mar 2026 09:40 – Room 4\nAgenda to follow.")).toEqual([])
  expect(people("Call note #551205 – 14 Mar 2026 09:40 – Refund request\nThe caller asked about a refund.")).toEqual([])
})
