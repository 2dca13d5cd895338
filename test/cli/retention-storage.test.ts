import { expect, test } from "bun:test"
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

import { createSandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

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

// `retention run` against a configured tenant on memory storage swept and exited 0, its jobs, journals and watermark gone
// with the process: the next run swept again from the start, and no evidence remained. erase and decrypt refused this.
test("retention run on memory storage against a configured tenant: exit 2 before any call, nothing swept", async () => {
  const sandbox = await createSandbox({ contacts: 20, seed: 11 })
  const calls: string[] = []
  const served = serveSandbox(sandbox, (request) => calls.push(new URL(request.url).pathname))
  const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-memory-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { retention: { policies: [POLICY] } } }))
  try {
    for (const [args, extra, named] of [
      [["retention", "run", "--yes"], { CXEDGE_STORAGE: "memory" }, "CXEDGE_STORAGE=memory"],
      [["retention", "run", "--yes", "--json", "--storage", "memory"], { CXEDGE_STORAGE: "" }, "--storage memory"],
    ] as const) {
      calls.length = 0
      const r = await runCli([...args], sandboxEnv(sandbox, served.origin, extra), { cwd: dir })
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toContain(`the storage is memory storage (${named}`)
      expect(r.stderr).toContain("give fs storage with --storage-dir DIR (or --storage fs, CXEDGE_STORAGE=fs), or redis; nothing was swept")
      expect(r.stdout).toBe("")
      expect(calls).toEqual([])
    }
    expect(sandbox.tenant("acme").erasures).toEqual([])
    // A dry run writes nothing and may use memory storage; fs storage sweeps.
    const dry = await runCli(["retention", "run", "--dry-run"], sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "memory" }), { cwd: dir })
    expect(dry.code).toBe(0)
    const ok = await runCli(["retention", "run", "--yes", "--storage", "fs", "--storage-dir", join(dir, "st")], sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "" }), { cwd: dir })
    expect(ok.code).toBe(0)
    expect(sandbox.tenant("acme").erasures.length).toBeGreaterThan(0)
  } finally {
    served.stop()
  }
}, 90_000)

test("retention run in the embedded sandbox keeps its memory default", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-embedded-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { retention: { policies: [POLICY] } } }))
  const r = await runCli(["retention", "run", "--yes"], { CXEDGE_STORAGE: "", CXEDGE_SANDBOX_CONTACTS: "5" }, { cwd: dir })
  expect(r.stderr).not.toContain("memory storage")
  expect(r.code).toBe(0)
}, 60_000)
