// A hold must still hold in the next command, or say why it cannot. Reported: a subject hold made under k1 matched
// nothing once k1 named another key (a job wrote the held person's contact, exit 0); the embedded sandbox's throwaway
// key did the same from one command to the next; `hold add` on memory storage said "added" and lost the hold at exit;
// `hold list` of a storage directory that does not exist said "no holds"; a reason quoting a card number, an SSN or a
// national phone number was stored and shown in clear.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

const KA = Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const KB = Buffer.from("another-key-of-thirty-two-bytes!").toString("base64")
// A subject of the embedded sandbox (seed 42): one of its 250 contacts.
const EMAIL = "quentin.fernandez686@example.com"

let dir: string
const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, env, { cwd: dir })
const fresh = () => mkdtempSync(join(dir, "state-"))
const files = (d: string): string => readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? files(join(d, e.name)) : readFileSync(join(d, e.name), "utf8"))).join("\n")
const heldLine = (stdout: string) => stdout.match(/held \(legal hold\)\s+(\d+)/)?.[1]

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-hold-lasting-"))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("a hold's key", () => {
  test("another key under the hold's key id stops every path that consults holds, exit 2, naming the id, never a key", async () => {
    const st = fresh()
    const added = await cli(["hold", "add", "--subject-email", EMAIL, "--reason", "M1", "--storage-dir", st], { CXEDGE_HMAC_KEYS: `k1:${KA}` })
    expect(added.code).toBe(0)
    const same = await cli(["anonymize", "--matrix", "gdpr", "--dry-run", "--show", "0", "--storage-dir", st], { CXEDGE_HMAC_KEYS: `k1:${KA}` })
    expect(heldLine(same.stdout)).toBe("1")
    const other = { CXEDGE_HMAC_KEYS: `k1:${KB}` }
    for (const args of [
      ["anonymize", "--matrix", "gdpr", "--dry-run", "--show", "0"],
      ["anonymize", "--matrix", "gdpr", "--yes"],
      ["hold", "add", "--contact", "600042000003", "--reason", "M2"],
    ]) {
      const r = await cli([...args, "--storage-dir", st], other)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(/was made under key "k1", and CXEDGE_HMAC_KEYS has another key under that id/)
      expect(r.stdout).not.toMatch(/succeeded/)
      expect(r.stdout + r.stderr).not.toContain(KA)
      expect(r.stdout + r.stderr).not.toContain(KB)
    }
    // No contact was written (the audit log records none), and the hold is there to release without the key.
    expect(files(st)).toContain("hold.added")
    expect(files(st)).not.toContain("contact.anonymized")
    const id = /hold (hold_\w+) added/.exec(added.stdout)![1]!
    expect((await cli(["hold", "release", id, "--storage-dir", st], other)).code).toBe(0)
  }, 90_000)

  test("the embedded sandbox's throwaway key, made afresh for each command, is refused for a hold that would outlive it", async () => {
    const st = fresh()
    for (const args of [["--subject-email", EMAIL], ["--contact", "600042000003"]]) {
      const r = await cli(["hold", "add", ...args, "--reason", "M1", "--storage-dir", st])
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(/throwaway key, made afresh for each command.*set CXEDGE_HMAC_KEYS/)
    }
    expect(JSON.parse((await cli(["hold", "list", "--json", "--storage-dir", st])).stdout)).toEqual([])
  }, 60_000)
})

describe("where holds are stored", () => {
  test("hold add and hold release refuse memory storage (the hold would be gone when the command ends), exit 2", async () => {
    for (const args of [["hold", "add", "--contact", "600042000003", "--reason", "M1"], ["hold", "release", "hold_0a1b2c3d4e5f6g7h"]]) {
      const r = await cli(args, { CXEDGE_HMAC_KEYS: `k1:${KA}` })
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(/memory storage.*gone when this command ends.*--storage-dir/)
      expect(r.stdout).toBe("")
    }
  }, 60_000)

  test("hold list of a storage directory that does not exist: exit 2, nothing created", async () => {
    const r = await cli(["hold", "list", "--storage-dir", "nonexist"])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--storage-dir names nonexist, which does not exist/)
    expect(existsSync(join(dir, "nonexist"))).toBe(false)
  }, 30_000)
})

describe("a hold's reason", () => {
  test("personal data the pii plugin finds is refused by type and position, never quoted; a case reference is stored", async () => {
    const st = fresh()
    const env = { CXEDGE_HMAC_KEYS: `k1:${KA}` }
    const rows: [string, RegExp, string][] = [
      ["card 4111 1111 1111 1111", /--reason holds personal data \(CARD at characters 6-24\)/, "4111"],
      ["Jane Doe vs ACME SSN 123-45-6789", /--reason holds personal data \(PERSON at characters 1-8, US_SSN at characters 22-32\)/, "6789"],
      ["call 07700 900123", /--reason holds personal data \(PHONE at characters 6-17\)/, "900123"],
    ]
    for (const [reason, message, part] of rows) {
      const r = await cli(["hold", "add", "--contact", "600042000003", "--reason", reason, "--storage-dir", st], env)
      expect({ reason, code: r.code }).toEqual({ reason, code: 2 })
      expect(r.stderr).toMatch(message)
      expect(r.stderr).not.toContain(part)
    }
    expect(JSON.parse((await cli(["hold", "list", "--json", "--storage-dir", st], env)).stdout)).toEqual([])
    expect((await cli(["hold", "add", "--contact", "600042000003", "--reason", "Matter LH-2026-0042 Smith v Acme", "--storage-dir", st], env)).code).toBe(0)
  }, 90_000)
})
