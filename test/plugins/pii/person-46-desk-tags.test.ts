// Review of holdout46's PERSON false positives: a chat's speaker tag that is the desk the agent writes from. Texts written
// for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a chat's speaker tag is the desk when its agent writes from it or welcomes the customer to it", () => {
  const chat = "[03/02/2027, 10:01] Nordhavn Forsyning: Hej! Mikkel fra Nordhavn Forsyning her, hvad kan jeg gøre?\n[03/02/2027, 10:02] Ingrid Dahl: Min måler er i stykker.\n[03/02/2027, 10:03] Nordhavn Forsyning: Tak, vi sender en tekniker."
  expect(people(chat)).toEqual(["Mikkel", "Ingrid Dahl"])
  const welcome = "[11/05/2027, 16:20] Zuiderpark Kliniek: Hallo Femke, welkom bij Zuiderpark Kliniek. Je spreekt met Joost.\n[11/05/2027, 16:21] Femke Visser: Dank je."
  expect(people(welcome)).toEqual(["Femke", "Joost", "Femke Visser"])
})

test("an agent's name running on into the desk's after `von` is the agent's alone", () => {
  const chat = "[02/03/2027, 09:00] Stadtwerke Lindau: Guten Tag! Hier ist Jonas Wirth von Stadtwerke Lindau, wie kann ich helfen?\n[02/03/2027, 09:01] Petra Vogt: Hallo"
  expect(people(chat)).toEqual(["Jonas Wirth", "Petra Vogt"])
})

test("a customer's speaker tag stays a name though someone writes from a place", () => {
  const chat = "[04/04/2027, 12:00] Agent: Hi, this is Sara from Leeds Office, how can I help?\n[04/04/2027, 12:01] Tomasz Nowak: Hello, Sara."
  expect(people(chat)).toContain("Tomasz Nowak")
})
