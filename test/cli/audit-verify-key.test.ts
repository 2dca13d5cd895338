// audit verify under a rotated or wrong CXEDGE_AUDIT_KEY listed every registry entry, checkpoint and chain as forged,
// then said "no checkpoints yet" right after a line per stored checkpoint. It now says once that nothing verifies
// under the key(s) set, naming the key id the records carry, and counts the checkpoints it could not verify.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"

const key = (fill: number) => Buffer.alloc(32, fill).toString("base64")
const SIGNED_WITH = key(1)
let dir: string
const cli = (auditKey: string, ...args: string[]) =>
  runCli(args, { CXEDGE_AUDIT_KEY: auditKey, CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_HMAC_KEYS: `k1:${key(9)}` }, { cwd: dir })

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-verify-key-"))
  expect((await cli(SIGNED_WITH, "hold", "add", "--subject-email", "ada@example.com", "--reason", "LH-1")).code).toBe(0)
  expect((await cli(SIGNED_WITH, "audit", "checkpoint")).code).toBe(0)
  expect((await cli(SIGNED_WITH, "audit", "checkpoint")).code).toBe(0)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe("audit verify under a key that signed none of the log", () => {
  test("the key that signed it verifies it (the control)", async () => {
    const r = await cli(SIGNED_WITH, "audit", "verify")
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("intact")
    expect(r.stdout).toContain("2 signed checkpoint(s) checked")
  }, 30_000)

  test("another key of the same id: one line saying nothing verifies, no 'forged' list, no 'no checkpoints yet'", async () => {
    const r = await cli(key(2), "audit", "verify")
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain("(forged)")
    expect(r.stdout).not.toContain("no checkpoints yet")
    expect(r.stdout).toContain("no audit record, registry entry or checkpoint verifies under CXEDGE_AUDIT_KEY (key id a1)")
    expect(r.stdout).toContain("2 stored checkpoint(s), none verifies under CXEDGE_AUDIT_KEY")
    expect(r.stdout.split("\n").filter((l) => l.includes("verifies under")).length).toBe(2)
  }, 30_000)

  test("a rotated key of another id: names the key id the records are signed with", async () => {
    const r = await cli(`b2:${key(3)}`, "audit", "verify")
    expect(r.code).toBe(1)
    expect(r.stdout).not.toContain("(forged)")
    expect(r.stdout).not.toContain("no checkpoints yet")
    expect(r.stdout).toContain("no audit record, registry entry or checkpoint verifies under CXEDGE_AUDIT_KEY (key id b2): they are signed with audit key id a1")
    expect(r.stdout).not.toContain(key(3))
    expect(r.stdout).not.toContain(SIGNED_WITH)
  }, 30_000)

  test("--json says the same in a field", async () => {
    const r = await cli(`b2:${key(3)}`, "audit", "verify", "--json")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ unverified: { keyIds: ["b2"], signedWith: ["a1"] }, checkpoints: { verified: 0, stored: 2 } })
  }, 30_000)
})
