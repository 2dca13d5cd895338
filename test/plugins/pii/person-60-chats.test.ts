// Chat speakers a second hand-written corpus (holdout60) wrote: a desk, a dash and its agent, an agent's tag and desk in
// brackets, a name and the time before a colon, and a thanks over a lone given name. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a chat's speaker after a desk and a dash, or before the time and a colon, is a name; a log's key is not", () => {
  expect(people("(9:02) Streamwave Support – Ray: Sorry to hear!")).toEqual(["Ray"])
  expect(people("[9:06 am] StayMate Support – Emma: Sorry Harriet!")).toEqual(["Emma", "Harriet"])
  expect(people("Harbourline Lettings & Sales – Mensaje: hola")).toEqual([])
  expect(people("Agent Sarah (Quickcart Returns): Hi! What can I do?")).toEqual(["Sarah"])
  expect(people("Maria 10:03: Of course! Could I have your booking?")).toEqual(["Maria"])
  expect(people("martina 13:05: ciao il rider ha consegnato")).toEqual(["martina"])
  expect(people("Status 10:03: done\nAgent Update (System): x\nUpdate – Note: x")).toEqual([])
})
