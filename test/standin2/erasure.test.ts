// The erasure target against the second stand-in: Privacy and DFO on their own hosts, DFO history paged by a
// cursor that every answer carries (the end is an empty page), text only in GET /messages/{id}, 4-second tokens
// (cxone-api.md 4.3, 5.2). Afterwards the tenant holds none of the subjects' values and no output holds any.
import { afterAll, beforeAll, expect, test } from "bun:test"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { cli, GDPR_US as matrix, leaks, storedText, tempDir } from "./run"
import { type Standin, startStandin, subjectValues } from "./server"

let s: Standin
beforeAll(async () => {
  s = await startStandin()
})
afterAll(() => s.stop())


test("erasure: every subject erased, every message's content and author removed, nothing leaked", async () => {
  const dir = tempDir()
  writeFileSync(join(dir, "m.json"), JSON.stringify(matrix))
  const dry = await cli(s, ["anonymize", "--matrix", "m.json", "--source", "cxone", "--target", "erasure", "--since", "30d", "--dry-run"], { dir })
  expect(dry.code).toBe(0)
  expect(s.state.erasures.length).toBe(0)
  const r = await cli(s, ["anonymize", "--matrix", "m.json", "--source", "cxone", "--target", "erasure", "--since", "30d", "--job", "er1", "--yes"], { dir, timeoutMs: 90_000 })
  expect(r.stderr).not.toContain("[error]")
  expect(r.code).toBe(0)
  expect(r.stdout).toMatch(/succeeded\s+30/)
  expect(s.state.messages.every((m) => m.contentRemoved && m.authorRemoved)).toBe(true)
  expect(s.state.contacts.every((c) => c.erased)).toBe(true)
  expect(leaks(s.held(), subjectValues())).toEqual([])
  const again = await cli(s, ["anonymize", "--resume", "er1", "--yes"], { dir })
  expect(again.code).toBe(0)
  expect(leaks(dry.stdout + dry.stderr + r.stdout + r.stderr + again.stdout + again.stderr + storedText(join(dir, ".cxedge")), s.forbidden())).toEqual([])
}, 120_000)
