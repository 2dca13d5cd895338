// `pii scan` for people: a sample masks every kind of PII in it, whatever --entities or --min-score narrowed, and a key
// that holds personal data is never printed as a field path (a review, stop 66). Texts written for this file.
import { expect, test } from "bun:test"
import { createAnalyzer } from "../../../plugins/pii/analyzer.ts"
import { createScanTally } from "../../../plugins/pii/scan-tally.ts"

const SEEDED = ["ann.lee@example.com", "020 7946 0958", "Siobhan", "Kelly", "+442079460958", "ann.lee"]
const RECORD = { text: "mail ann.lee@example.com card 4111 1111 1111 1111 tel 020 7946 0958 from Siobhan Kelly" }

test("a sample of a scan narrowed to one type masks the other types' values too", () => {
  for (const narrowed of [{ entities: ["CARD"] }, { minScore: 0.99 }]) {
    const tally = createScanTally(createAnalyzer(narrowed), { samples: true, maskWith: createAnalyzer() })
    tally.add(RECORD)
    const samples = tally.paths().flatMap((t) => t.samples)
    expect(samples.length).toBeGreaterThan(0)
    for (const sample of samples) for (const value of SEEDED) expect(sample).not.toContain(value)
    expect(samples.join("\n")).toContain("1111")
  }
})

test("a key holding an address or a number is printed as the types found in it, never as written", () => {
  const tally = createScanTally(createAnalyzer())
  tally.add({ byEmail: { "ann.lee@example.com": "call 020 7946 0958" }, phones: { "+442079460958": "Siobhan Kelly" }, notes: "nothing" })
  const paths = tally.paths().map((t) => t.path)
  expect(paths).toEqual(["byEmail.<EMAIL>", "phones.<PHONE>", "notes"])
  for (const value of SEEDED) expect(paths.join(" ")).not.toContain(value)
})
