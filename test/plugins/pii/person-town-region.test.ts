// A town before its state or province and postcode, the last line of an address in the US, Canada and Australia, is
// no person however many first names it holds; a name with a cue before such a line stays one.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const pii = createAnalyzer()
const people = (text: string) => pii.analyze(text).filter((f) => f.type === "PERSON").map((f) => text.slice(f.start, f.end))

test("a town before a state and a ZIP, a province and a postal code, or an Australian state and a postcode", () => {
  expect(people("Ship to: Ruth Okafor, 77 Quarry Rd, Eugene OR 97401")).toEqual(["Ruth Okafor"])
  expect(people("Unit 2, 15 Beach Rd, Glen Innes NSW 2370")).toEqual([])
  expect(people("Billing address 9 Mill St, Marion, IA 52302-1104")).toEqual([])
  expect(people("Moved to 3 Rue Laval, Sherbrooke, QC J1H 2B7 last month")).toEqual([])
  expect(people("Unit 2, 15 Beach Rd, Noosa Heads QLD 4567")).toEqual([])
})

test("a name with a cue, or a state code with no postcode after it, is still a person", () => {
  expect(people("Please call Dana VA 20164 if the tech is late")).toEqual(["Dana"])
  expect(people("Spoke with Grace WA about the invoice")).toEqual(["Grace"])
})
