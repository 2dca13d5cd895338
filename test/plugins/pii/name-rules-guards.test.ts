// What the day's name and number rules must not do, each found by a review of them: lose a department's phone to an
// agreement word, read a reference after a name as a phone, read a filler or a thing's name as a person's, cut a
// surname that is also a role, stretch a name over a month or a place, or take a system for a log's person.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"
import { people, phones } from "./spans.ts"

test("an agreement or a pass names only the number right after it; a department's line stays a phone", () => {
  for (const text of ["Lease office: 617-555-0101", "Agreement hotline 617-555-0101", "Ski pass desk 617.555.0101", "changer de forfait, ligne 06 12 34 56 78", "bérleti szerződés ügyében hívjon: 06 30 123 4567"]) {
    expect(phones(text).length).toBe(1)
  }
  expect(phones("ugovor o najmu 050-406-1074, veličina 42")).toEqual([])
})

test("a reference, an amount or a date after a name and a comma stays what it is", () => {
  for (const text of ["invoice for Anna Berg, 12345678", "reference for John Smith, 40392817", "paid Anna Berg, 1234567", "transferred 4,500 to Maria Lopez, 45123789", "signed by Anna Berg, 30112024", "born to Anna Berg, 30 11 2024", "my son Tom is on 12345678 account"]) {
    expect(phones(text)).toEqual([])
  }
})

test("a filler, an apology, a number word or a thing's name answers no question for a person's name", () => {
  expect(people("nombre?\ncliente: perdón, no le escuché")).toEqual([])
  expect(people("agent: company name?\ncaller: acme")).toEqual([])
  expect(people("agent: name of the pet?\ncaller: fluffy")).toEqual([])
  expect(people("agent: I have updated the name on file.\ncaller: brilliant, thanks")).toEqual([])
  expect(people("agent: name?\ncaller: twelve")).toEqual([])
})

test("a booking's role is dropped before a name, never from its end", () => {
  expect(people("Mrs Anna Child called")).toEqual(["Anna Child"])
  expect(people("Thanks, Tom Parent")).toEqual(["Tom Parent"])
  expect(people("Instructor Nakita Crowchild will call")).toEqual(["Nakita Crowchild"])
  expect(people("student grant funding")).toEqual([])
  expect(phones("número del niño 48213977")).toEqual([])
})

test("a given name found again takes no month or street after it as its surname", () => {
  expect(people("Customer: Arnab Mukhopadhyay\nArnab Thursday")).toEqual(["Arnab Mukhopadhyay", "Arnab"])
  expect(people("Customer: Arnab Mukhopadhyay\nArnab December")).toEqual(["Arnab Mukhopadhyay", "Arnab"])
})

test("a log's system, carrier or tier is no person; a person key's known name is, on a line of many keys", () => {
  expect(people("x=1 operator=Vodafone y=2")).toEqual([])
  expect(people("ts=1 user=Deploy job=2")).toEqual([])
  expect(people("ts=1 agent=Googlebot ip=1")).toEqual([])
  // Each line's pairs are counted once (a 100 kB line of keys took 4 s when every key re-read its line).
  const line = "user=Anna, ".repeat(2_000)
  expect(createAnalyzer({}).analyze(line).filter((f) => f.type === "PERSON").length).toBe(2_000)
})

test("call words that also mean available, to mark or next are no phone words alone", () => {
  for (const text of ["Dostupna sredstva: 48213977", "para marcar 48213977", "Næst í röðinni: pöntun 48213977"]) expect(phones(text)).toEqual([])
  expect(phones("me puede marcar al 31 59 65 8481")).toEqual(["31 59 65 8481"])
})
