// `erase` and `decrypt` against a configured tenant on memory storage: the erasure's job, journal and audit records (and
// a decrypt's audit record) were kept in this process only and gone when it ended, so an interrupted erasure could not be
// resumed and neither left evidence. `hold add` already refused memory storage; these now do too, before any call. The
// embedded sandbox (no tenant configured), itself made afresh for every command, keeps its memory default.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createKeyRing } from "../../core/index.ts"
import { encryptValue } from "../../plugins/anonymize/transforms/encrypt.ts"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const KEYS = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const VALUE = "bo@example.com"
const TOKEN = encryptValue(createKeyRing(KEYS, "k1"), "k1", VALUE)
const MEMORY = /the storage is memory storage \((--storage memory|CXEDGE_STORAGE=memory or the config file's storage\.driver)\), gone when this command ends/

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>
const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { ...env, ...extra }, { cwd: dir })
const calls: string[] = []
const email = () => String([...sandbox.tenant("acme").data.records.values()].find((r) => typeof r.fields.email === "string")!.fields.email)

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox, (request) => calls.push(new URL(request.url).pathname))
  dir = mkdtempSync(join(tmpdir(), "cxedge-erase-decrypt-storage-"))
  // sandboxEnv's storage is memory: the configured tenant below is served on a port.
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEYS })
})
afterAll(() => {
  served?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe("against a configured tenant, memory storage is refused where the record must outlast the command", () => {
  test("erase --yes: exit 2 naming the flag or variable and what to set, before any call; nothing erased", async () => {
    for (const [args, extra, named] of [
      [["erase", "--email", email(), "--yes", "--storage", "memory"], { CXEDGE_STORAGE: "" }, "--storage memory"],
      [["erase", "--email", email(), "--yes"], { CXEDGE_STORAGE: "memory" }, "CXEDGE_STORAGE=memory"],
      [["erase", "--job", "e1", "--yes"], { CXEDGE_STORAGE: "memory" }, "CXEDGE_STORAGE=memory"],
    ] as const) {
      calls.length = 0
      const r = await cli([...args], extra)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(MEMORY)
      expect(r.stderr).toContain(named)
      expect(r.stderr).toContain("give fs storage with --storage-dir DIR (or --storage fs, CXEDGE_STORAGE=fs), or redis; nothing was erased")
      expect(r.stderr).not.toContain(email())
      expect(r.stdout).toBe("")
      expect(calls).toEqual([])
    }
    expect(sandbox.tenant("acme").erasures).toEqual([])
  }, 90_000)

  test("erase --dry-run writes nothing and may run on memory storage; on fs storage the erasure runs", async () => {
    expect((await cli(["erase", "--email", email(), "--dry-run"])).code).toBe(0)
    const r = await cli(["erase", "--email", email(), "--yes", "--storage-dir", join(dir, "st")], { CXEDGE_STORAGE: "" })
    expect(r.code).toBe(0)
    expect(sandbox.tenant("acme").erasures.length).toBeGreaterThan(0)
  }, 90_000)

  test("decrypt: exit 2 before the token is read, the value never printed; on fs storage it decrypts", async () => {
    const r = await cli(["decrypt", TOKEN, "--storage", "memory"], { CXEDGE_STORAGE: "" })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(MEMORY)
    expect(r.stderr).toContain("give fs storage with --storage-dir DIR (or --storage fs, CXEDGE_STORAGE=fs), or redis; nothing was decrypted")
    expect(r.stdout).toBe("")
    expect(r.stderr).not.toContain(VALUE)
    const ok = await cli(["decrypt", TOKEN, "--storage-dir", join(dir, "st")], { CXEDGE_STORAGE: "" })
    expect([ok.code, ok.stdout.trim()]).toEqual([0, VALUE])
  }, 60_000)
})

describe("the embedded sandbox keeps its memory default", () => {
  test("erase --yes and decrypt with no tenant configured run as the README shows", async () => {
    const sandboxOnly = { CXEDGE_HMAC_KEYS: KEYS, CXEDGE_SANDBOX_CONTACTS: "5" }
    const erased = await runCli(["erase", "--email", "ada@example.com", "--yes"], sandboxOnly, { cwd: dir })
    expect(erased.code).toBe(0)
    expect(erased.stderr).not.toMatch(MEMORY)
    const decrypted = await runCli(["decrypt", TOKEN], sandboxOnly, { cwd: dir })
    expect([decrypted.code, decrypted.stdout.trim()]).toEqual([0, VALUE])
  }, 60_000)
})
