// A chat export's speaker tag in lower case holds a given name and a surname, or more words of one name. Texts written
// for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a lower-case chat tag of two to four words is a person's whole name when it opens with a given name", () => {
  expect(people("[10:02] aroha ngata: hi, my router is down\n[10:03] Agent: sorry to hear")).toEqual(["aroha ngata"])
  expect(people("[08:15] maria da silva: bom dia\n[08:16] Bot: olá")).toEqual(["maria da silva"])
  // A tag that opens with no given name is no one's (`[10:04] system notice:`, `[10:05] auto reply:`).
  expect(people("[10:04] system notice: maintenance at 22:00\n[10:05] auto reply: we are closed")).toEqual([])
})
