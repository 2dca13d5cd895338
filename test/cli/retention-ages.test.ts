import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { runCli } from "../helpers.ts"

const POLICY = { name: "halfyear", matrix: "gdpr", target: "erasure", source: "cxone" }
const MINUTE = 60_000

async function retention(olderThan: string, ...args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-ages-"))
  writeFileSync(join(dir, "c.json"), JSON.stringify({ settings: { retention: { policies: [{ ...POLICY, olderThan }] } } }))
  return { dir, ...(await runCli(["retention", ...args, "--config", "c.json"], { CXEDGE_STORAGE: "" }, { cwd: dir })) }
}

// "6m" read as six minutes: a policy meant as six months erased every contact, and `--at 1m` swept as of a minute ago.
test("m alone is ambiguous in a policy's olderThan and in --at: refused before any call, saying what to write", async () => {
  for (const age of ["6m", "6M"]) {
    const r = await retention(age, "run", "--dry-run")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(`settings.retention.policies[0].olderThan: "${age}": m is ambiguous: write 6min for minutes or 180d for 6 months`)
    expect(r.stdout).toBe("")
  }
  const at = await retention("20d", "run", "--dry-run", "--at", "1m")
  expect(at.code).toBe(2)
  expect(at.stderr).toContain('--at "1m": m is ambiguous: write 1min for minutes or 30d for a month')
  // Other ways of writing months are told the days, in the form minutes are written here.
  expect((await retention("6 months", "report")).stderr).toContain("(6 months is 180d)")
  expect((await retention("PT30M", "report")).stderr).toContain("(PT30M is 30min)")
})

test("minutes written min are taken: a policy's olderThan and --at", async () => {
  const now = Date.now()
  const r = await retention("30min", "run", "--dry-run", "--json", "--at", "5min")
  expect(r.code).toBe(0)
  const [planned] = JSON.parse(r.stdout)
  expect(Math.abs(Date.parse(planned.until) - (now - 35 * MINUTE))).toBeLessThan(MINUTE)
  expect(planned.contacts).toBeGreaterThan(0)
})
