import { describe, expect, test } from "bun:test"
import { meantKey, refuseSlippedRules } from "../../../plugins/anonymize/matrix/reach.ts"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../../helpers.ts"

const records = [
  { id: "1", email: "ann@example.com", customFields: [{ name: "accountNumber", value: "991" }] },
  { id: "2", email: null, customFields: [] },
]
const rec = (data: Record<string, unknown>, id = "1") => ({ id, data })

describe("a rule whose path slipped (a field the matrix meant but misspelt)", () => {
  test("the key meant is named, at any depth; a path that reaches a value in some record, or has nothing near it, is not", () => {
    expect(meantKey(records, "emial")).toEqual({ missing: "emial", meant: "email" })
    expect(meantKey(records, "customFields[*].valeu")).toEqual({ missing: "valeu", meant: "value" })
    expect(meantKey(records, "email")).toBeUndefined()
    expect(meantKey(records, "customFields[*].value")).toBeUndefined()
    // An optional field these records lack, with nothing near it: the rule is for other records.
    expect(meantKey(records, "dispositionNotes")).toBeUndefined()
  })

  test("refused before any record is handed on, naming the rule and the key meant, never a value", () => {
    const matrix = { name: "m", fields: [{ path: "emial", transform: "nullify" }] } as never
    expect(() => refuseSlippedRules(matrix, records.map((r) => rec(r, r.id)), "matrix m")).toThrow(
      'matrix m: the rule on "emial" reaches no field of the first 2 record(s), which hold "email": did you mean it?',
    )
    // The near key named by another rule or kept: that is not the one meant.
    const both = { name: "m", fields: [{ path: "emails", transform: "nullify" }, { path: "email", transform: "nullify" }] } as never
    expect(() => refuseSlippedRules(both, records.map((r) => rec(r, r.id)), "matrix m")).not.toThrow()
  })

  test("anonymize and its dry run refuse such a matrix with exit 2: nothing written, no job stored, where it exited 0 with every email left", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-rule-reach-"))
    try {
      writeFileSync(`${dir}/m.json`, JSON.stringify({ name: "typo", target: "patch", fields: [{ path: "emial", transform: "nullify" }, { path: "phone", transform: "nullify" }] }))
      for (const extra of [["--dry-run"], ["--storage", "fs", "--yes"]]) {
        const r = await runCli(["anonymize", "--sandbox", "--matrix", "m.json", ...extra], {}, { cwd: dir })
        expect(r.code).toBe(2)
        expect(r.stderr).toContain('the rule on "emial" reaches no field of the first 100 record(s), which hold "email": did you mean it? Nothing was written')
        expect(r.stderr).not.toContain("@")
      }
      expect(existsSync(`${dir}/.cxedge/jobs`)).toBe(false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

test("a listing refused on its first page, or left early, is closed, not left open until collected", async () => {
  const { firstPageChecked } = await import("../../../plugins/anonymize/matrix/reach.ts")
  let closed = 0
  const source = {
    name: "pages",
    async *pages() {
      try {
        yield [rec({ email: "a@example.com" })]
        yield [rec({ email: "b@example.com" }, "2")]
      } finally {
        closed++
      }
    },
  }
  const slipped = { name: "m", fields: [{ path: "emial", transform: "nullify" }] } as never
  await expect(firstPageChecked(source, slipped, "matrix m")).rejects.toThrow("did you mean it?")
  expect(closed).toBe(1)
  const fine = { name: "m", fields: [{ path: "email", transform: "nullify" }] } as never
  for await (const _ of (await firstPageChecked(source, fine, "matrix m")).pages()) break
  expect(closed).toBe(2)
})
