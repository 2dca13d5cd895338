import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, secretsOf, serveSandbox } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

const envFor = (sandbox: Sandbox, origin: string) => sandboxEnv(sandbox, origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_RPS: "2000", CXEDGE_STORAGE: "" })

/** Every file under a directory, concatenated: journals, job records, exports. */
function readTree(dir: string): string {
  if (!existsSync(dir)) return ""
  let text = ""
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    text += statSync(path).isDirectory() ? readTree(path) : readFileSync(path, "utf8")
  }
  return text
}

// The SIGKILL-and-resume test lives in test/cli/crash.test.ts.

describe("anonymize CLI", () => {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let env: Record<string, string>
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 120, seed: 5 })
    served = serveSandbox(sandbox)
    env = envFor(sandbox, served.origin)
  })
  afterAll(() => served.stop())

  test("no original value or secret appears in stdout, stderr, the journal or any file the jobs write", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-scan-"))
    const seeded = seededValues(sandbox)
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state")]
    const runs = [
      await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--dry-run", "--show", "50", ...state], env, { cwd: dir }),
      await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", join(dir, "export.jsonl"), ...state, "--verbose"], env, { cwd: dir }),
      await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--source", "cxone", ...state, "--verbose", "--yes"], env, { cwd: dir }),
      await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, ...state, "--json", "--yes"], env, { cwd: dir }),
      await runCli(["jobs", ...state], env, { cwd: dir }),
    ]
    for (const r of runs) expect(r.code).toBe(0)
    expect(sandbox.tenant("acme").erasures.length).toBeGreaterThan(0)
    const everything = runs.map((r) => r.stdout + r.stderr).join("\n") + readTree(dir)
    expect(everything).toContain("tok_k1_") // the scan really reads the exported file
    expect(findLeaks(everything, seeded)).toEqual([])
    expect(findLeaks(everything, [...secretsOf(sandbox.credentials("acme")), KEY.slice(3)])).toEqual([])
  }, 60_000)

  test("bad records (numbers, objects, arrays, emoji, 10 kB, nulls, no id, broken JSON) are rejected one by one; the job goes on", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-bad-"))
    const file = join(dir, "contacts.jsonl")
    const lines = [
      JSON.stringify({ id: "ok-1", firstName: "Zoë 😀", email: "zoe@example.com", phone: "+44 20 7946 0958" }),
      JSON.stringify({ id: "num", firstName: 42, email: "a@example.com" }),
      JSON.stringify({ id: "obj", email: { work: "hidden.person@example.com" } }),
      JSON.stringify({ id: "arr", phone: ["+15550102030"] }),
      JSON.stringify({ id: "big", notes: "x".repeat(10_240), email: "big@example.com" }),
      JSON.stringify({ id: "nulls", firstName: null, email: null, phone: null }),
      JSON.stringify({ firstName: "No Id", email: "noid@example.com" }),
      "{ this is not json",
      JSON.stringify([1, 2, 3]),
      JSON.stringify({ id: 7, email: "ok7@example.com" }),
    ]
    writeFileSync(file, lines.join("\n") + "\n")
    const out = join(dir, "out.jsonl")
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--source", "jsonl", "--file", file, "--target", "export", "--out", out, "--storage", "memory", "--json"], env, { cwd: dir })
    expect(r.code).toBe(1) // some records failed
    expect(r.stderr).not.toMatch(/^\s+at /m)
    const summary = JSON.parse(r.stdout)
    expect(summary).toMatchObject({ processed: 10, failed: 5, succeeded: 5 })
    expect(r.stderr).toContain('contact obj: normalize "email" at email expects a string, found object')
    expect(r.stderr).toContain("contact arr: generalize to phone-country expects a phone number at phone")
    expect(r.stderr).toContain("contact line:7: line 7 has no id")
    expect(r.stderr).toContain("contact line:8: line 8 is not valid JSON")
    expect(r.stderr).toContain("contact line:9: line 9 is not a JSON object")
    expect(r.stderr).not.toContain("hidden.person")
    const written = readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l))
    expect(written.map((w) => w.id).sort()).toEqual(["7", "big", "nulls", "num", "ok-1"])
    const ok = written.find((w) => w.id === "ok-1")
    expect(ok.firstName).toBeNull()
    expect(ok.phone).toBe("+44")
    expect(written.find((w) => w.id === "big").notes).toBe("")
  })

  test.each([
    ["malformed matrix JSON", "{ fields: [", "is not valid JSON"],
    ["an unknown transform", JSON.stringify({ name: "x", fields: [{ path: "customFields[*].value", transform: "shred" }] }), 'fields[0] (customFields[*].value) transform: unknown transform "shred"'],
    ["bad params", JSON.stringify({ name: "x", fields: [{ path: "phone", transform: "mask", params: { keepEnd: "four" } }] }), "fields[0] (phone) params.keepEnd"],
  ])("%s: exit 2 with one line naming the problem, nothing written", async (_, text, expected) => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-matrix-"))
    writeFileSync(join(dir, "m.json"), text)
    const before = [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
    const r = await runCli(["anonymize", "--matrix", join(dir, "m.json"), "--storage", "memory"], env, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(expected)
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
    expect([...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)).toBe(before)
    const validate = await runCli(["matrix", "validate", join(dir, "m.json"), "--storage", "memory"], env, { cwd: dir })
    expect(validate.code).toBe(2)
    expect(validate.stdout + validate.stderr).toContain(expected)
  })

  test("a missing HMAC key against a configured tenant: exit 2, says what to set", async () => {
    const { CXEDGE_HMAC_KEYS: _, ...noKey } = env
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--storage", "memory"], noKey, { cwd: ROOT })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("hmac needs a secret key: set CXEDGE_HMAC_KEYS")
  })

  test("resuming an unknown job says so", async () => {
    const r = await runCli(["anonymize", "--resume", "job_nope", "--storage", "memory"], env, { cwd: ROOT })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("no job job_nope")
  })
})
