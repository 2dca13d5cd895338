// Review of holdout47's PERSON misses: a chat export's sender lines (`[15:20] Haddock, Eleanor`, Slack's `Måns
// Lindqvist  8:31 AM`) and a mention's surname before "fyi", each found as the given name alone. Texts written for this file.
import { expect, test } from "bun:test"
import { people } from "./spans.ts"

test("a sender line written surname first after a time is one name", () => {
  expect(people("[15:20] Haddock, Eleanor\nthe refund for the claim is done")).toEqual(["Haddock, Eleanor"])
  expect(people("[9:17] van der Berg, Sanne\nok, email bounced")).toEqual(["van der Berg, Sanne"])
})

test("a Slack header's name before its time is one name", () => {
  expect(people("Måns Lindqvist  8:31 AM\non it, email bounced")).toEqual(["Måns Lindqvist"])
})

test("a time line that names a team, a room or a sentence is no person", () => {
  expect(people("[15:20] Billing, Support\nthe refund is done")).toEqual([])
  expect(people("Claims Team  8:31 AM\non it")).toEqual([])
  expect(people("Meeting starts at  9:30\nbring the forms")).toEqual([])
})

test("a mention keeps its surname before fyi or need", () => {
  expect(people("@Toivo Mäkinen fyi the claim is closed")).toEqual(["Toivo Mäkinen"])
  expect(people("@Brittany Thibodeaux need a hand here")).toEqual(["Brittany Thibodeaux"])
})
