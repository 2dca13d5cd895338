// Subject access export and erase against the second stand-in: DFO history paged by a cursor whose last answer
// still carries a scrollToken (the end is an empty page), two messages a page (cxone-api.md 5.2).
import { afterAll, beforeAll, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { cli, leaks, tempDir } from "./run"
import { type Standin, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  s = await startStandin()
})
afterAll(() => s.stop())

test("subject export reads every message of a cursor-paged history, and prints no value", async () => {
  const dir = tempDir()
  const out = join(dir, "subject.json")
  const r = await cli(s, ["subject", "export", "--email", "marisol.q@inbox.example", "--out", out, "--by", "dpo"], { dir, timeoutMs: 60_000 })
  expect(r.stderr).not.toContain("pages")
  expect(r.code).toBe(0)
  const file = readFileSync(out, "utf8")
  const mine = s.state.messages.filter((m) => s.state.contacts.some((c) => c.contactId === m.contactNumber && c.fromAddress === "marisol.q@inbox.example"))
  expect(mine.length).toBeGreaterThan(2)
  for (const m of mine) expect(file).toContain(m.id)
  // the values are in the export file only: not on stdout or stderr
  expect(leaks(r.stdout + r.stderr, s.forbidden())).toEqual([])
}, 90_000)

test("subject export reads the messages of a 'Work Item' contact (media names matched without case or spaces)", async () => {
  const dir = tempDir()
  const out = join(dir, "subject.json")
  const r = await cli(s, ["subject", "export", "--phone", "+16175550143", "--out", out, "--by", "dpo"], { dir, timeoutMs: 60_000 })
  expect(r.code).toBe(0)
  const doc = JSON.parse(readFileSync(out, "utf8")) as { messages: { contactId: string }[] }
  const workItem = s.state.contacts.find((c) => c.mediaTypeName === "Work Item" && c.fromAddress === "6175550143")!
  expect(doc.messages.filter((m) => m.contactId === workItem.contactId).length).toBe(3)
  expect(leaks(r.stdout + r.stderr, s.forbidden())).toEqual([])
}, 90_000)
