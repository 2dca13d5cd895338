// Review 52: a config whose retry section gives only a ceiling (maxDelayMs 100, or 0: no waits) below the default first
// delay (250) was refused ("retry.baseDelayMs (250, the default) is above retry.maxDelayMs (100)", exit 2): every
// command stopped on a cap the user asked for. A first delay given above the ceiling is still refused.
import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

async function jobsWith(retry: Record<string, number>) {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-review52-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ retry }))
  return runCli(["jobs"], { CXEDGE_STORAGE: "memory" }, { cwd: dir })
}

describe("retry delays in the config file", () => {
  test("a ceiling given alone, below the default first delay, is taken", async () => {
    for (const maxDelayMs of [100, 0]) {
      const ran = await jobsWith({ maxDelayMs })
      expect([ran.code, ran.stderr]).toEqual([0, expect.not.stringContaining("[cxedge] [config]")])
    }
  }, 30_000)
  test("a first delay given above the ceiling, given or the default, is still refused", async () => {
    expect((await jobsWith({ baseDelayMs: 500, maxDelayMs: 100 })).stderr).toMatch(/retry\.baseDelayMs \(500\) is above retry\.maxDelayMs \(100\)/)
    expect((await jobsWith({ baseDelayMs: 20_000 })).stderr).toMatch(/retry\.baseDelayMs \(20000\) is above retry\.maxDelayMs \(15000, the default\)/)
  }, 30_000)
})
