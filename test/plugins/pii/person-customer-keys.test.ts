import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const { analyze } = createAnalyzer()
const people = (text: string) => analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))

// The review of holdout42's rules: the customer's word after a key's colon named a field's value a person.
test("after a key's colon, a customer's or client's word and a capitalised word are a field's value, no surname", () => {
  for (const t of ["Source: Customer Feedback", "Error: Client Timeout", "Owner: customer Success", "Channel: customer Chat", "Status: client Outlook", "Type: customer SLA", "Note: customer VIP"]) expect([t, people(t)]).toEqual([t, []])
})

test("a note header's dash before the customer's word still names the surname, or the surname in capitals and a given name", () => {
  expect(people("delivery — customer KAVANAGH")).toEqual(["KAVANAGH"])
  expect(people("kennel stay — customer Tetteh")).toEqual(["Tetteh"])
  expect(people("groentepakket — klant BAKKER Marie")).toEqual(["BAKKER Marie"])
  // An acronym in capitals is a tier's or a plan's.
  expect(people("renewal — customer VIP")).toEqual([])
})
