// What holdout21's nursery, alarm-monitoring and tax desks showed of people named in forms and notes, tested on texts
// written for this file: rooms and firms named after a word that is a first name, keyholders and parents by their
// keys, a note's capitalised cue before a lower-case name, a plural's (s) that is no speaker's role.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("rooms and firms named with a word that is a first name are no people", () => {
  expect(people("Child: Ava   Room: Sunny Room\nPick-up 5pm")).toEqual(["Ava"])
  expect(people("Lone Oak Tax & Bookkeeping | Client update")).toEqual([])
  expect(people("Hope Room closed for painting at 2:05 PM.")).toEqual([])
})

test("keyholders, parents, partners and dependants by their keys, numbered or not", () => {
  expect(people("Keyholder 1: Bongani Khumalo — 072 069 1118")).toEqual(["Bongani Khumalo"])
  expect(people("Parent/guardian: HAWORTH Grace\nPhone: 0044 7942 335300")).toEqual(["HAWORTH Grace"])
  expect(people("Dependent: Marcy Amundson")).toEqual(["Marcy Amundson"])
  expect(people("Surname: Hirst   Forename(s): Mark")).toEqual(["Hirst", "Mark"])
})

test("a capitalised cue opening a note before a lower-case name; a client's surname in capitals", () => {
  expect(people("Keyholder heidi lindquist pls attend or call the centre")).toEqual(["heidi lindquist"])
  expect(people("E301 zone Z23 09:12 — KH1 kayla wojcik NA x2, KH2 kayla schuttler attending")).toEqual(["kayla wojcik", "kayla schuttler"])
  expect(people("cl PFLUEGER Bethany tel on file — refund sent")).toEqual(["PFLUEGER Bethany"])
})

test("a desk's chat speaker before its @ and a relative's name in brackets are names, everyday words too", () => {
  expect(people("[10:14am] May @ Little Acorns Child Care: Of course she can")).toEqual(["May"])
  expect(people("23/8/2025 — mum (Heidi) rang about pick-up")).toEqual(["Heidi"])
  expect(people("ping me @ 10:30: ok")).toEqual([])
})
