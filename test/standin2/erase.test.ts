// `cxedge erase --phone` against the second stand-in, which keeps callers' numbers in the national form
// (6175550143): the contacts found by that form are erased too, their DFO messages removed (cxone-api.md 4.3).
import { afterAll, beforeAll, expect, test } from "bun:test"
import { join } from "node:path"
import { cli, leaks, storedText, tempDir } from "./run"
import { type Standin, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  s = await startStandin()
})
afterAll(() => s.stop())

test("erase --phone erases the contacts that hold the number in national form, and their messages", async () => {
  const dir = tempDir()
  const mine = s.state.contacts.filter((c) => c.fromAddress === "6175550143")
  expect(mine.length).toBe(3)
  const r = await cli(s, ["erase", "--phone", "+16175550143", "--yes"], { dir, timeoutMs: 60_000 })
  expect(r.stderr).not.toContain("[warn] contact")
  expect(r.code).toBe(0)
  expect(s.state.erasures.map((e) => e.subjectIdentifier)).toEqual(["+16175550143"])
  const numbers = new Set(mine.map((c) => c.contactId))
  const messages = s.state.messages.filter((m) => numbers.has(m.contactNumber))
  expect(messages.length).toBe(6)
  expect(messages.every((m) => m.contentRemoved && m.authorRemoved)).toBe(true)
  expect(leaks(r.stdout + r.stderr + storedText(join(dir, ".cxedge")), s.forbidden())).toEqual([])
}, 90_000)
