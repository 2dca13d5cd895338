// The messages source against the second stand-in: 4-second tokens while calls queue behind the rate limit,
// history paged by a cursor, text only in GET /messages/{id} (cxone-api.md 1.4, 5.2, 8.1).
import { afterAll, beforeAll, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { cli, leaks, storedText, tempDir } from "./run"
import { type Standin, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  s = await startStandin({ tokenLifetimeSec: 2 })
})
afterAll(() => s.stop())

test("a messages export outlives many 2-second tokens while its calls wait for the limiter", async () => {
  const dir = tempDir()
  const out = join(dir, "t.jsonl")
  const args = ["anonymize", "--matrix", "messages", "--source", "messages", "--since", "30d", "--target", "export", "--out", out, "--rps", "5", "--yes"]
  const r = await cli(s, args, { dir, timeoutMs: 90_000 })
  expect(r.stderr).not.toContain("refused twice")
  expect(r.code).toBe(0)
  const lines = readFileSync(out, "utf8").trim().split("\n")
  expect(lines.length).toBe(s.state.messages.length)
  expect(s.state.grants.password + s.state.grants.refresh).toBeGreaterThan(1)
  // the text is scrubbed, the author removed: no seeded value in the file, the output or the journal
  expect(leaks(r.stdout + r.stderr + storedText(dir), s.forbidden())).toEqual([])
}, 120_000)
