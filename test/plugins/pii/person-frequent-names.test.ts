import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const analyzer = createAnalyzer({ entities: ["PERSON"] })
const names = (text: string) => analyzer.analyze(text).map((f) => text.slice(f.start, f.end))

// Frequent given names and short forms no list held before (scripts/pii-first-names.ts, en3/eu3/mena): each was missed
// where no cue stood before it, in the blind corpora's own kinds of text.
test.each([
  ["Parcel left with neighbour, Jeroen Meijer at no. 14.", "Jeroen Meijer"],
  ["Katalin Szabó left a voicemail about her bill.", "Katalin Szabó"],
  ["Nikolaj Skov ringede om sin faktura.", "Nikolaj Skov"],
  ["Refund approved, Harper Papadopoulos notified by email.", "Harper Papadopoulos"],
  ["Driver swapped: Tariq Jansen takes route 7.", "Tariq Jansen"],
  ["Meter read by Chantelle Coetzee on Friday.", "Chantelle Coetzee"],
  ["Bev Oldroyd rang about the boiler again.", "Bev Oldroyd"],
  ["Dimitris Oikonomou asked for a copy of the policy.", "Dimitris Oikonomou"],
  ["Georgi Penchev confirmed the delivery slot.", "Georgi Penchev"],
  ["Spoke to Hye-jin, she will send the form.", "Hye-jin"],
  ["Invoice disputed by Yordanka Valcheva.", "Yordanka Valcheva"],
])("%s finds %s", (text, name) => {
  expect(names(text)).toContain(name)
})

test("a Hungarian caller's surname and given name before `beszél` (speaking) are one name, in lower case too", () => {
  expect(names("jó napot nagy katalin beszél miben segíthetek")).toEqual(["nagy katalin"])
  expect(names("ki beszél? a kolléga beszél róla")).toEqual([])
})

test("a text message's heading before whom it is for is no part of the name", () => {
  expect(names("Heathergate FD: Reminder Jae-won, viewing is 15/08/2025 18:15.")).toEqual(["Jae-won"])
  expect(names("Rappel Ivaylo : rendez-vous demain 9h.")).toEqual(["Ivaylo"])
})
