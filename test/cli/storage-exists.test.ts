// audit verify (and the other commands that read what is stored) reported "no audit records yet", exit 0, for a
// storage directory that does not exist (--storage-dir .cxedgee, /nonexistent/x) and for memory storage: a cron job
// with a wrong path reported success forever. Refused now, exit 2; commands that store still create the directory.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

let dir: string
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, env, { cwd: dir })
const MISSING = /^\[cxedge\] \[storage\] (--storage-dir|CXEDGE_STORAGE_DIR) names .+, which does not exist: nothing is stored there to read; check the path \(commands that store, such as anonymize or erase, create it\)$/m

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-storage-exists-"))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("a command that reads stored state, given a storage directory that does not exist", () => {
  const rows: [string, string[]][] = [
    ["audit verify --storage-dir .cxedgee (a typo)", ["audit", "verify", "--storage-dir", ".cxedgee"]],
    ["audit verify --storage-dir /nonexistent/x", ["audit", "verify", "--storage-dir", "/nonexistent/x"]],
    ["audit tail", ["audit", "tail", "--storage-dir", ".cxedgee"]],
    ["audit checkpoint (would sign an empty log)", ["audit", "checkpoint", "--storage-dir", ".cxedgee"]],
    ["jobs", ["jobs", "--storage-dir", ".cxedgee"]],
    ["jobs prune", ["jobs", "prune", "--storage-dir", ".cxedgee"]],
    ["jobs show", ["jobs", "show", "plan-1", "--storage-dir", ".cxedgee"]],
    ["webhooks list", ["webhooks", "list", "--storage-dir", ".cxedgee"]],
    ["webhooks replay", ["webhooks", "replay", "--storage-dir", ".cxedgee"]],
    ["webhooks purge --yes", ["webhooks", "purge", "--yes", "--storage-dir", ".cxedgee"]],
  ]
  for (const [name, args] of rows) {
    test(`${name}: exit 2, nothing created (was: exit 0, "nothing yet")`, async () => {
      const r = await cli(args)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe("")
      expect(r.stderr).toMatch(MISSING)
      expect(existsSync(join(dir, ".cxedgee"))).toBe(false)
    }, 30_000)
  }

  test("CXEDGE_STORAGE_DIR naming a missing directory reads as empty (a deployment sets it before anything is stored)", async () => {
    const r = await cli(["audit", "verify"], { CXEDGE_STORAGE_DIR: join(dir, "gone") })
    expect(r.code).toBe(0)
    expect(r.stdout + r.stderr).toContain("no audit records yet")
  }, 30_000)

  test("audit verify on memory storage says there is nothing to verify there, exit 2 (was: 'no audit records yet', exit 0)", async () => {
    const r = await cli(["audit", "verify", "--storage", "memory"])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    expect(r.stderr).toContain("[cxedge] [audit] there is nothing to verify in memory storage")
  }, 30_000)

  test("a command that stores still creates the directory, and verify then reads it", async () => {
    const st = join(dir, "made")
    // A key ring: a subject hold under the embedded sandbox's throwaway key, made afresh for each command, is refused.
    const keys = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
    expect((await cli(["hold", "add", "--subject-email", "ada@example.com", "--reason", "LH-1"], { CXEDGE_STORAGE_DIR: st, CXEDGE_HMAC_KEYS: keys })).code).toBe(0)
    expect(existsSync(st)).toBe(true)
    const r = await cli(["audit", "verify"], { CXEDGE_STORAGE_DIR: st })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("intact")
  }, 30_000)

  test("an existing directory with nothing in it is still 'no audit records yet', exit 0", async () => {
    const r = await cli(["audit", "verify", "--storage-dir", "."])
    expect([r.code, r.stdout.trim()]).toEqual([0, "no audit records yet"])
  }, 30_000)
})
