// cxedge's tenant commands against the second stand-in: a token response whose expires_in is a string,
// 4-second tokens with rotating refresh tokens, an api_endpoint with a trailing slash (cxone-api.md 1.4, 2.1).
import { afterAll, beforeAll, expect, test } from "bun:test"
import { cli, leaks, storedText, tempDir } from "./run"
import { type Standin, TENANT_ID, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  s = await startStandin()
})
afterAll(() => s.stop())

test("tenant whoami reads a token whose expires_in is a string, and prints no name or token", async () => {
  const dir = tempDir()
  const r = await cli(s, ["tenant", "whoami", "--json"], { dir })
  expect(r.stderr).toBe("")
  expect(r.code).toBe(0)
  const out = JSON.parse(r.stdout)
  expect(JSON.stringify(out)).toContain(TENANT_ID)
  expect(leaks(r.stdout + r.stderr + storedText(dir), s.forbidden())).toEqual([])
}, 30_000)

test("tenant env reads the configuration through the discovered hosts; tenant discover too", async () => {
  const dir = tempDir()
  const area = await cli(s, ["tenant", "env", "area"], { dir })
  expect(area.stdout.trim()).toBe("eu1")
  expect(area.code).toBe(0)
  const d = await cli(s, ["tenant", "discover", "--json"], { dir })
  expect(d.code).toBe(0)
  expect(leaks(area.stdout + area.stderr + d.stdout + d.stderr + storedText(dir), s.forbidden())).toEqual([])
}, 30_000)
