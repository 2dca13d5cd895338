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

test("a table's key before a time is no speaker, and an emergency contact's key is no name", () => {
  expect(people("| Field | Value |\n|---|---|\n| Date | 02/03/2026 |\n| Time | 09:30 |\n| Uhrzeit | 14:40 |")).toEqual([])
  expect(people("Nombre: Lucía Ortega\nNombre (SOS): Pedro Ortega\nTeléfono (SOS): 0612 345 678")).toEqual(["Lucía Ortega", "Pedro Ortega"])
  expect(people("Isem (SOS): Ġorġ Vella\nTelefon (SOS): 79123456")).toEqual(["Ġorġ Vella"])
  // A role after a pipe still makes the word before it a speaker.
  expect(people("Min-jun | Klantenservice: goedemiddag")).toEqual(["Min-jun"])
})

test("a device's MAC key, Gift Aid and a Maltese agent's tag are no names; Gift and Mac still are", () => {
  expect(people("MAC: 1F:E7:C1:7D:CB:09. Router rebooted.")).toEqual([])
  expect(people("Agent: Gift Aid ref GAD-112233.\nCaller: thanks")).toEqual([])
  expect(people("Hi Gift, your scan moved to Friday.")).toEqual(["Gift"])
  expect(people("Mac Thompson rang about the router.")).toEqual(["Mac Thompson"])
  expect(people("[17:30] Aġent: Bonġu Ġorġ Vella,")).toEqual(["Ġorġ Vella"])
})
