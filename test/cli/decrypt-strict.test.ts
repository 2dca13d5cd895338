// decrypt of an altered token: base64url decoding ignored trailing bits, so a character appended to a token whose
// length is a whole number of 3-byte groups, or a changed low bit in the last character, decrypted as the original
// (exit 0, the value printed). A token that does not verify or names a key not held exited 1 where the README's table
// puts a bad value at 2, and a failed attempt left no audit record.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createKeyRing } from "../../core/index.ts"
import { encryptValue } from "../../plugins/anonymize/transforms/encrypt.ts"
import { runCli } from "../helpers.ts"

const SECRET = "a".repeat(43)
const KEYS = `k1:${SECRET}`
// 14 bytes: 28 + 14 = 42 bytes, 56 base64url characters and no spare bits; a 57th character is 6 bits Buffer ignored.
const VALUE = "bo@example.com"
const TOKEN = encryptValue(createKeyRing(KEYS, "k1"), "k1", VALUE)
// The transform's vector for a 22-byte value: 67 characters, the last holding 2 spare bits.
const VECTOR = "enc_k1_qAfkgKxj_HeLY_q6PbqeJbYkeHteBpg4HNPTKAtKk-mFjFHZi8T8w8rpqCXDxRGHOpA"

let dir: string
let env: Record<string, string>
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-decrypt-strict-"))
  env = { CXEDGE_HMAC_KEYS: KEYS, CXEDGE_STORAGE_DIR: join(dir, "st") }
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The refusal a user sees: exit 2, one [decrypt] line naming no token and no value, nothing on stdout. */
function refusedAsDamaged(r: { code: number; stdout: string; stderr: string }, token: string) {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe("")
  expect(r.stderr).toMatch(/\[cxedge\] \[decrypt\] the token does not verify under key "k1"/)
  expect(r.stderr).not.toContain(token.slice(7, 30))
  expect(r.stderr).not.toContain("@example.com")
}

describe("decrypt refuses a token that is not exactly the one encrypt wrote", () => {
  test("the original decrypts (the control)", async () => {
    expect(TOKEN.length - "enc_k1_".length).toBe(56)
    const r = await cli("decrypt", TOKEN)
    expect([r.code, r.stdout.trim()]).toEqual([0, VALUE])
  }, 30_000)

  test("a character appended is refused as a damaged token, exit 2 (was: decrypted, exit 0)", async () => {
    refusedAsDamaged(await cli("decrypt", `${TOKEN}x`), TOKEN)
  }, 30_000)

  test("the last character's spare bits changed is refused, exit 2 (was: decrypted, exit 0)", async () => {
    const changed = `${VECTOR.slice(0, -1)}B`
    refusedAsDamaged(await cli("decrypt", changed), VECTOR)
  }, 30_000)

  test("a changed character inside is a damaged token, exit 2 (was: exit 1)", async () => {
    const i = 20
    const changed = `${TOKEN.slice(0, i)}${TOKEN[i] === "Q" ? "R" : "Q"}${TOKEN.slice(i + 1)}`
    refusedAsDamaged(await cli("decrypt", changed), TOKEN)
  }, 30_000)

  test("a key id not held exits 2, naming the ids (was: exit 1)", async () => {
    const r = await runCli(["decrypt", TOKEN], { ...env, CXEDGE_HMAC_KEYS: `k9:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` }, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('key "k1" is not in CXEDGE_HMAC_KEYS (its keys here: k9)')
    expect(r.stdout).toBe("")
  }, 30_000)

  test("each failed attempt is audited with its key id and reason, never the token or the value", async () => {
    const tail = await cli("audit", "tail", "-n", "100", "--json")
    expect(tail.code).toBe(0)
    const records = (JSON.parse(tail.stdout) as { action: string; outcome: string; keys: string }[]).filter((r) => r.action === "decrypt")
    expect(records.map((r) => r.outcome)).toEqual(["ok", "refused", "refused", "refused", "refused"])
    expect(records.every((r) => r.keys === "k1")).toBe(true)
    expect(tail.stdout).not.toContain(TOKEN.slice(7, 30))
    expect(tail.stdout).not.toContain("@example.com")
  }, 30_000)
})
