import { expect, test } from "bun:test"
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { runCli } from "../helpers.ts"

const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d" }

// A typo'd --storage-dir read as "last run never, done 0", exit 0, and made the directory.
test("retention report with a storage directory that does not exist: exit 2, nothing made", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-storage-"))
  mkdirSync(join(dir, "st"))
  writeFileSync(join(dir, "c.json"), JSON.stringify({ settings: { retention: { policies: [POLICY] } } }))
  const typo = join(dir, "stt")
  const r = await runCli(["retention", "report", "--config", "c.json", "--storage", "fs", "--storage-dir", typo], { CXEDGE_STORAGE: "" }, { cwd: dir })
  expect(r.code).toBe(2)
  expect(r.stderr).toContain(`names ${typo}, which does not exist`)
  expect(r.stdout).not.toContain("never")
  expect(existsSync(typo)).toBe(false)
  const ok = await runCli(["retention", "report", "--config", "c.json", "--storage", "fs", "--storage-dir", join(dir, "st")], { CXEDGE_STORAGE: "" }, { cwd: dir })
  expect(ok.code).toBe(0)
})
