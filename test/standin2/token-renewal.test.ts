// Short-lived tokens and 429s with Retry-After as an HTTP date (cxone-api.md 1.4, 8.1, 8.3): a call that waits
// out a 429 outlives its (renewed) token; that token is renewed again, not taken for "refused twice".
import { afterAll, beforeAll, expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { cli, leaks, storedText, tempDir } from "./run"
import { type Standin, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  // The gateway's clock a second ahead: every token dies (401) up to a second before the client's own renewal is due,
  // so the 401 path is taken in every run, not only when a 429's wait happens to outlast a token.
  s = await startStandin({ tokenLifetimeSec: 3, gatewayAheadMs: 1000, throttleEvery: 3, htmlErrorOnce: ["/history"] })
})
afterAll(() => s.stop())

test("a messages export with 3-second tokens refused a second early, every third call answered 429 and one 503 HTML page", async () => {
  const dir = tempDir()
  const out = join(dir, "t.jsonl")
  const args = ["anonymize", "--matrix", "messages", "--source", "messages", "--since", "2d", "--target", "export", "--out", out, "--yes"]
  const r = await cli(s, args, { dir, timeoutMs: 90_000 })
  expect(r.stderr).not.toContain("refused twice")
  // The exit code with the run's last lines when it failed (once under a load of 9, exit 1 after 30 s, unexplained).
  expect({ code: r.code, said: r.code ? r.stderr.slice(-1500) : "" }).toEqual({ code: 0, said: "" })
  expect(readFileSync(out, "utf8").trim().split("\n").length).toBeGreaterThan(2)
  expect(s.state.unauthorized).toBeGreaterThan(0)
  expect(leaks(r.stdout + r.stderr + storedText(dir), s.forbidden())).toEqual([])
}, 120_000)
