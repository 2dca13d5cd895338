// A command that continues what is stored (anonymize --resume, erase --job, jobs approve / run, hold release), given a
// storage directory that does not exist (a config file's storage.dir or --storage-dir typed wrong), said "no job J in
// this storage: check ... --storage-dir", whatever named the directory: a storage.dir typo in cxedge.config.json sent
// the user to a flag they never gave. It is refused as the reading commands refuse it, naming where the path came from.
// Commands that start new state still create the directory at their first write, from the flag or the config key alike.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

const KEYS = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
let dir: string
const base = { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: "", CXEDGE_HMAC_KEYS: KEYS, CXEDGE_SANDBOX_CONTACTS: "5" }
const cli = (args: string[]) => runCli(args, base, { cwd: dir })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-storage-continue-"))
  writeFileSync(join(dir, "typo.json"), JSON.stringify({ storage: { dir: "stt" } }))
  writeFileSync(join(dir, "fresh.json"), JSON.stringify({ storage: { dir: "fresh" } }))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("continuing stored state from a storage directory that does not exist", () => {
  const rows: [string, string[]][] = [
    ["anonymize --resume", ["anonymize", "--resume", "j1"]],
    ["erase --job (resume)", ["erase", "--job", "e1", "--yes"]],
    ["jobs approve", ["jobs", "approve", "p1", "--by", "alice"]],
    ["jobs run", ["jobs", "run", "p1", "--yes"]],
    ["hold release", ["hold", "release", "hold_abc"]],
  ]
  for (const [name, args] of rows) {
    test(`${name}: exit 2 naming the config file's storage.dir, or --storage-dir; nothing created`, async () => {
      const fromConfig = await cli([...args, "--config", "typo.json"])
      expect([fromConfig.code, fromConfig.stdout]).toEqual([2, ""])
      expect(fromConfig.stderr).toContain("[cxedge] [storage] typo.json: storage.dir names stt, which does not exist")
      const fromFlag = await cli([...args, "--storage-dir", "stt"])
      expect(fromFlag.code).toBe(2)
      expect(fromFlag.stderr).toContain("[cxedge] [storage] --storage-dir names stt, which does not exist")
      expect(existsSync(join(dir, "stt"))).toBe(false)
    }, 60_000)
  }

  test("a command that starts new state creates the directory from the config key, as from the flag", async () => {
    const r = await cli(["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--config", "fresh.json", "--yes"])
    expect(r.code).toBe(0)
    expect(existsSync(join(dir, "fresh"))).toBe(true)
  }, 60_000)
})
