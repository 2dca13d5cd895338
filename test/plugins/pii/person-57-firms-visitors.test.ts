// A small firm sending in a chat export under its trade's name, a chat's visitor tagged in more languages, and a
// surname with a capital letter alone between hyphens. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a chat export's sender named by a specialist shop's trade is the firm, not a person; a person sending is one", () => {
  expect(people("[08/12/2026, 19:07] Brackenfold Telescopes: Thanks for getting in touch.\n[08/12/2026, 19:08] Maya Okafor: Hi, my order")).toEqual(["Maya Okafor"])
  expect(people("[14:05] Quillhaven Escape Rooms: Hello! Your booking is confirmed.")).toEqual([])
  expect(people("[9/12/26, 5:55pm] Tegan Woods: Could I take a phone number")).toEqual(["Tegan Woods"])
})

test("a chat's visitor in Nynorsk, Albanian, Macedonian, Serbian and Welsh is no name", () => {
  for (const tag of ["Besøkjande", "Vizitor", "Посетител", "Posetilac", "Ymwelydd"]) expect(people(`[11.49] ${tag}: Hei, eg lurer på bestillinga.`)).toEqual([])
})

test("a surname with a capital alone between hyphens is one name", () => {
  expect(people("Passed to Shirley Ho-A-Shoo, who will follow up.")).toEqual(["Shirley Ho-A-Shoo"])
})
