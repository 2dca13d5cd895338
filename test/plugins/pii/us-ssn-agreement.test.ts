// Nine digits under an agreement's or a contract's key are that agreement's number, not an SSN, even beside a written
// SSN; under an SSN's own key they are one. Texts written for this file.
import { expect, test } from "bun:test"
import { found } from "./spans.ts"

const ssns = (text: string) => found(text, "US_SSN")

test("an agreement's or a contract's number is no SSN, in a sentence, a form or another language", () => {
  expect(ssns("Lease signed. SSN 212-41-7788. Agreement 219097605, mileage 30,120.")).toEqual(["212-41-7788"])
  expect(ssns("SSN: 212-41-7788\nContract: 219097605\nPlan: gold")).toEqual(["212-41-7788"])
  expect(ssns("SSN 212-41-7788, Vertrag 219097605")).toEqual(["212-41-7788"])
})

test("nine digits under the SSN's own key, or beside the agreement's, are still an SSN", () => {
  expect(ssns("Agreement signed by the holder, SSN 219097605.")).toEqual(["219097605"])
  expect(ssns("Agreement 4471. SSN: 219097605")).toEqual(["219097605"])
})
