import { describe, expect, test } from "bun:test"
import { runCli } from "../helpers.ts"

// Numbers refused without saying what was wrong with them: `erase --phone "0044 20 7946 0018"` was told to "write + and
// the country calling code", not that 00 is the international prefix + stands for; `transcript send --contact
// 0600042000003` was told "(digits, not 0)", which it is. The number itself is never repeated: it is personal data.

const refusal = async (args: string[]) => {
  const r = await runCli(args, { CXEDGE_SANDBOX_CONTACTS: "5" })
  expect({ args, code: r.code }).toEqual({ args, code: 2 })
  expect(r.stdout).toBe("")
  return r.stderr.trim()
}

describe("a number written with a prefix it should not have", () => {
  test("erase --phone written with 00 says to write + in its place, naming the calling code only", async () => {
    for (const phone of ["0044 20 7946 0018", "00442079460018"]) {
      const said = await refusal(["erase", "--phone", phone, "--dry-run"])
      expect(said).toBe("[cxedge] [erase] --phone is not a phone number in international form: it starts with 00, the international prefix: write + in its place (+44 and the rest of the number)")
      expect(said).not.toContain("7946")
    }
  }, 60_000)

  test("a number written without any prefix still gets the general advice", async () => {
    const said = await refusal(["erase", "--phone", "02079460018", "--dry-run"])
    expect(said).toBe("[cxedge] [erase] --phone is not a phone number in international form: write + and the country calling code (+44 20 7946 0018)")
  }, 60_000)

  test("transcript send --contact with a leading 0 says a DFO contact number does not start with 0", async () => {
    const said = await refusal(["transcript", "send", "--contact", "0600042000003", "--to", "dpo@example.com"])
    expect(said).toBe("[cxedge] [transcript] --contact must be the DFO contact number, which does not start with 0: drop the leading 0 (--contact 600042000003), or check the number DFO shows for the contact")
    expect(said).not.toContain("(digits, not 0)")
  }, 60_000)
})
