// holdout81's club fee paid by BLIK to the treasurer's mobile, written afresh: a payment service that sends money to a
// phone number names the number after it as a phone, even where a transfer's words are around it.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/index.ts"

const pii = createAnalyzer()
const phones = (text: string) => pii.analyze(text).filter((f) => f.type === "PHONE").map((f) => text.slice(f.start, f.end))

test("a number after BLIK, Swish or Bizum is a phone", () => {
  expect(phones("Opłata 80 zł, nr członka 2025-311. Przelew lub BLIK na 601 402 733. Mecz w niedzielę.")).toEqual(["601 402 733"])
})
