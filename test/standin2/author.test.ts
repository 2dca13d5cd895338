// The author of a DFO message as the second stand-in sends it: `authorEndUserIdentity.fullName` on the customer's
// messages, `authorUser` (firstName, surname) on the agent's, never a flat `authorName` (history shape unpublished, 5.2).
import { afterAll, beforeAll, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { createMessagesSource } from "../../plugins/anonymize/sources/messages.ts"
import { standinClient } from "./client"
import { cli, leaks, tempDir } from "./run"
import { type Standin, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  s = await startStandin({ tokenLifetimeSec: 600 })
})
afterAll(() => s.stop())

const expectedAuthor = (id: string) => {
  const m = s.state.messages.find((x) => x.id === id)!
  return m.direction === "inbound" ? m.authorName : "Agent Smithers"
}

test("the messages source reads the author of every message, customer and agent", async () => {
  const since = new Date(Date.now() - 30 * 86_400_000).toISOString()
  const source = createMessagesSource(standinClient(s), { since, until: new Date().toISOString() })
  const records = []
  for await (const page of source.pages()) records.push(...page)
  expect(records.length).toBe(s.state.messages.length)
  for (const r of records) expect(r.data.authorName).toBe(expectedAuthor(String(r.data.messageId)))
})

test("subject export shows each message's author", async () => {
  const dir = tempDir()
  const out = join(dir, "subject.json")
  const r = await cli(s, ["subject", "export", "--email", "marisol.q@inbox.example", "--out", out, "--by", "dpo"], { dir, timeoutMs: 60_000 })
  expect(r.code).toBe(0)
  const doc = JSON.parse(readFileSync(out, "utf8")) as { messages: { messageId: string; authorName: unknown }[] }
  expect(doc.messages.length).toBeGreaterThan(2)
  for (const m of doc.messages) expect(m.authorName).toBe(expectedAuthor(m.messageId))
  expect(leaks(r.stdout + r.stderr, s.forbidden())).toEqual([])
}, 90_000)
