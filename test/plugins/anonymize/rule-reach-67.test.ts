// What a matrix names besides rule paths, slipped (sweep of stop 67): an erasure's subject, a `when`'s field or its
// values in another case, a `matches` written with slashes, a rule on the record's id. Each silently did nothing on
// every record (no Privacy erasure, account numbers left in a patch) with exit 0; each is now refused before anything.
import { describe, expect, test } from "bun:test"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { refuseSlippedRules } from "../../../plugins/anonymize/matrix/reach.ts"
import { compileMatrix } from "../../../plugins/anonymize/matrix/index.ts"
import { runCli } from "../../helpers.ts"

const records = [
  { id: "1", fromAddress: "ann@example.com", customFields: [{ name: "accountNumber", value: "991" }, { name: "note", value: "x" }] },
  { id: "2", fromAddress: "bo@example.com", channel: "email", customFields: [{ name: "cardNumber", value: "4111" }] },
].map((data) => ({ id: data.id, data }))
const refusal = (matrix: object) => {
  try {
    refuseSlippedRules({ name: "m", fields: [], ...matrix } as never, records, "matrix m")
    return undefined
  } catch (error) {
    return (error as Error).message
  }
}
const NOTES = { path: "customFields[*].value", transform: "redact" }

describe("slips in what a matrix names besides its rule paths", () => {
  test("an erasure subject a slip away from the records' field", () => {
    expect(refusal({ subjects: [{ path: "fromAdress" }] })).toContain('subjects[0] "fromAdress" reaches no field of the first 2 record(s), which hold "fromAddress": did you mean it? Nothing was written or erased')
    expect(refusal({ subjects: [{ path: "fromAddress" }] })).toBeUndefined()
  })

  test("a when on a sibling or a root field a slip away, and values in another case", () => {
    expect(refusal({ fields: [{ ...NOTES, when: { field: "nmae", in: ["accountNumber"] } }] })).toContain('has a when on "nmae", which the first 2 record(s) do not hold where it is read; they hold "name": did you mean it?')
    expect(refusal({ fields: [{ ...NOTES, when: { field: "$.chanel", equals: "email" } }] })).toContain('they hold "channel"')
    const cased = refusal({ fields: [{ ...NOTES, when: { field: "name", in: ["accountnumber", "cardnumber"] } }] })
    expect(cased).toContain("whose values the first 2 record(s) never hold as written, but in another case")
    // No held value is quoted (a sibling's value may be personal).
    expect(cased).not.toContain("accountNumber")
    // As written, or a value none of these records holds in any case (it may be on later pages): not refused.
    expect(refusal({ fields: [{ ...NOTES, when: { field: "name", in: ["accountNumber", "cardNumber"] } }] })).toBeUndefined()
    expect(refusal({ fields: [{ ...NOTES, when: { field: "name", equals: "iban" } }] })).toBeUndefined()
    expect(refusal({ fields: [{ ...NOTES, when: { field: "$.channel", equals: "email" } }] })).toBeUndefined()
  })

  test("matches written between slashes, and a rule on the record's id, are refused when the matrix loads", () => {
    const compile = (fields: object[]) => () => compileMatrix({ name: "m", fields } as never, { transforms: new Map(), keys: new Map() as never })
    expect(compile([{ ...NOTES, when: { field: "name", matches: "/^account/i" } }])).toThrow("matches is written between slashes, which would be matched as characters")
    expect(compile([{ path: "id", transform: "redact" }])).toThrow("is the record's id, which every target writes as read")
  })
})

test("anonymize refuses a when whose field slipped with exit 2, before any write (it patched 250 contacts leaving their account numbers)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-when-slip-"))
  try {
    writeFileSync(`${dir}/m.json`, JSON.stringify({ name: "typo", target: "patch", fields: [{ path: "customFields[*].value", transform: "redact", when: { field: "nmae", in: ["accountNumber", "cardNumber"] } }] }))
    const r = await runCli(["anonymize", "--sandbox", "--matrix", "m.json", "--storage", "memory", "--yes"], {}, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('has a when on "nmae", which the first 100 record(s) do not hold where it is read; they hold "name": did you mean it? Nothing was written')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)

test("a when's matches that can backtrack for seconds is refused when the matrix loads (Bun read it as no match and left the note)", () => {
  const compile = (matches: string) => () => compileMatrix({ name: "m", fields: [{ ...NOTES, when: { field: "name", matches } }] } as never, { transforms: new Map(), keys: new Map() as never })
  expect(compile("(\\w+\\s?)+-\\d")).toThrow("matches can take exponential time on a value that almost matches")
  expect(compile("^account(Number)?$")).not.toThrow(/exponential/)
})
