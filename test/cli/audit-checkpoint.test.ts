import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { chainRecord, createAuditKey, hashRecord, type AuditRecord } from "../../core/index.ts"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox, TEST_AUDIT_KEY } from "../helpers.ts"

// What someone with write access to the storage directory, but not CXEDGE_AUDIT_KEY, can do through the CLI's fs storage.
const FORGER = createAuditKey(`t1:${Buffer.from("the-forger-does-not-have-the-key").toString("base64")}`)
const pad = (n: number) => String(n).padStart(12, "0")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let base: string
let chain: string
let last: number

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m)

/** A copy of the state the job left, to damage without touching the others. */
function copy() {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-cli-"))
  cpSync(base, join(dir, "state"), { recursive: true })
  const audit = join(dir, "state", "audit")
  const record = (seq: number) => join(audit, chain, "r", pad(seq))
  return {
    dir,
    audit,
    run: (args: string[]) => runCli(["audit", ...args], { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }, { cwd: dir }),
    record,
    read: (seq: number) => JSON.parse(readFileSync(record(seq), "utf8")) as AuditRecord,
    write: (seq: number, r: unknown) => writeFileSync(record(seq), typeof r === "string" ? r : JSON.stringify(r)),
    head: (h: { seq: number; hash: string }) => writeFileSync(join(audit, chain, "head"), JSON.stringify(h)),
  }
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 60 })
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_HMAC_KEYS: `k1:${Buffer.from("pseudonymization-key-for-audit!!").toString("base64")}` })
  const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-base-"))
  base = join(dir, "state")
  const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", join(dir, "x.jsonl")], { ...env, CXEDGE_STORAGE_DIR: base }, { cwd: dir })
  expect(job.code).toBe(0)
  chain = readdirSync(join(base, "audit")).find((d) => !d.startsWith("~"))!
  last = JSON.parse(readFileSync(join(base, "audit", chain, "head"), "utf8")).seq
  expect(last).toBeGreaterThan(60)
}, 60_000)
afterAll(() => served.stop())

describe("audit verify through the CLI (fs storage)", () => {
  test("an intact log: exit 0, the chain intact, the job-end checkpoint holds", async () => {
    const r = await copy().run(["verify"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`chain ${chain}: ${last} records, intact`)
    expect(r.stdout).toContain("1 signed checkpoint(s) checked")
  }, 30_000)

  const cases: [string, (c: ReturnType<typeof copy>) => void, RegExp][] = [
    ["the head pointer removed", (c) => rmSync(join(c.audit, chain, "head")), /\(missing\): its head pointer is gone/],
    ["the whole chain removed", (c) => rmSync(join(c.audit, chain), { recursive: true }), /\(missing\): a registered chain with no records left/],
    ["the chain and its registry entry removed", (c) => {
      rmSync(join(c.audit, chain), { recursive: true })
      rmSync(join(c.audit, "~registry", chain))
    }, /\(missing\) at audit:~checkpoints:\S+: checkpoint \S+ lists this chain at record \d+ but the registry does not/],
    ["the tail cut and the head rewritten", (c) => {
      for (let seq = 41; seq <= last; seq++) rmSync(c.record(seq))
      c.head({ seq: 40, hash: c.read(40).hash })
    }, new RegExp(`record (\\d+) \\(truncated\\) at audit:~checkpoints:\\S+: record \\1 was signed in checkpoint`)],
    ["a forged record appended", (c) => {
      const tip = c.read(last)
      const forged = chainRecord(chain, { action: "contact.anonymized", outcome: "ok", contactId: "1" }, tip, tip.ts, FORGER)
      c.write(last + 1, forged)
      c.head({ seq: forged.seq, hash: forged.hash })
    }, /record (\d+) \(forged\) at audit:\S+:r:0+\d+: record \d+ is not the audit key's/],
    ["record 30 edited and every later hash recomputed", (c) => {
      let prev = c.read(29).hash
      for (let seq = 30; seq <= last; seq++) {
        const r = { ...c.read(seq), prev, ...(seq === 30 ? { outcome: "failed" } : {}) }
        r.hash = hashRecord(r)
        r.mac = FORGER.sign("record", r.hash)
        c.write(seq, r)
        prev = r.hash
      }
      c.head({ seq: last, hash: prev })
    }, /record 30 \(forged\) at audit:\S+:r:000000000030: record 30 is not the audit key's/],
    ["record 20 replaced by garbage", (c) => c.write(20, "this is not a record"), /record 20 \(garbage\) at audit:\S+:r:000000000020: record 20 is not JSON/],
  ]
  test.each(cases)("%s: exit 1, one line naming the chain and the record", async (_, damage, line) => {
    const c = copy()
    damage(c)
    const r = await c.run(["verify"])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(line)
    expect(r.stdout).toContain(`chain ${chain}`)
    expect(r.stdout).not.toContain("intact")
    noStack(r.stderr)
  }, 30_000)
})

describe("a writer stopped while storing a group", () => {
  test("records past the head with a gap: exit 0, the chain intact, the records past the head said never committed", async () => {
    const c = copy()
    const key = createAuditKey(TEST_AUDIT_KEY)
    let tip: { seq: number; hash: string } = c.read(last)
    for (let seq = last + 1; seq <= last + 3; seq++) {
      const r = chainRecord(chain, { action: "contact.anonymized", outcome: "ok", contactId: String(seq) }, tip, new Date().toISOString(), key)
      c.write(seq, r)
      tip = r
    }
    // The group last+1..last+3 was being stored; last+2 never landed and the head still names last.
    rmSync(c.record(last + 2))
    const r = await c.run(["verify"])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`chain ${chain}: ${last + 1} records, intact; 1 more past its head pointer were never committed (the writer stopped while storing them)`)
  }, 30_000)
})

describe("an outside copy: audit checkpoint --out, audit verify --against", () => {
  test("a rollback that storage alone cannot show (tail cut, head rewritten, checkpoints removed) is caught against the copy", async () => {
    const c = copy()
    const out = await c.run(["checkpoint", "--out", "heads.json"])
    expect(out.code).toBe(0)
    expect(out.stdout).toMatch(/^checkpoint \S+: 1 chain\(s\) signed with audit key t1, written to heads\.json$/m)
    const file = JSON.parse(readFileSync(join(c.dir, "heads.json"), "utf8"))
    expect(file).toMatchObject({ type: "cxedge.audit.checkpoint", v: 1, sink: "audit-kv", chains: [{ chain, seq: last }], sig: expect.stringMatching(/^t1\./) })
    expect((await c.run(["verify", "--against", "heads.json"])).code).toBe(0)

    for (let seq = 51; seq <= last; seq++) rmSync(c.record(seq))
    c.head({ seq: 50, hash: c.read(50).hash })
    rmSync(join(c.audit, "~checkpoints"), { recursive: true })
    const alone = await c.run(["verify"])
    expect(alone.code).toBe(0) // documented: a rollback of everything in storage needs an outside copy
    const against = await c.run(["verify", "--against", "heads.json"])
    expect(against.code).toBe(1)
    expect(against.stdout).toContain(`chain ${chain}: record ${last} (truncated) at heads.json: record ${last} was signed in checkpoint heads.json and is gone`)
  }, 30_000)

  const bad: [string, (dir: string) => void, string][] = [
    ["a missing file", () => {}, "--against heads.json: no such file"],
    ["a file that is not JSON", (d) => writeFileSync(join(d, "heads.json"), "{ not json"), "--against heads.json: not JSON"],
    ["a JSON file of the wrong shape", (d) => writeFileSync(join(d, "heads.json"), JSON.stringify({ chains: "all" })), "--against heads.json: it is not a cxedge audit checkpoint"],
    ["a checkpoint with a changed hash", (d) => {
      const cp = JSON.parse(readFileSync(join(base, "..", "heads.json"), "utf8"))
      cp.chains[0].hash = "0".repeat(64)
      writeFileSync(join(d, "heads.json"), JSON.stringify(cp))
    }, "--against heads.json: its signature does not verify"],
  ]
  test.each(bad)("%s: exit 2, one line naming the file, nothing else checked", async (_, make, message) => {
    const c = copy()
    if (!existsSync(join(base, "..", "heads.json"))) {
      expect((await runCli(["audit", "checkpoint", "--out", join(base, "..", "heads.json")], { ...env, CXEDGE_STORAGE_DIR: join(c.dir, "state") }, { cwd: c.dir })).code).toBe(0)
    }
    make(c.dir)
    const r = await c.run(["verify", "--against", "heads.json"])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe("")
    const lines = r.stderr.trim().split("\n").filter((l) => l.startsWith("[cxedge]"))
    expect(lines).toEqual([expect.stringContaining(message)])
    noStack(r.stderr)
  }, 30_000)

  test("checkpoint refuses to sign a log that does not verify, and writes no file", async () => {
    const c = copy()
    c.write(10, "garbage")
    const r = await c.run(["checkpoint", "--out", "heads.json"])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("record 10 (garbage)")
    expect(r.stderr).toContain("the audit log does not verify: nothing signed")
    expect(existsSync(join(c.dir, "heads.json"))).toBe(false)
  }, 30_000)
})

describe("the audit key from the environment", () => {
  test("a configured tenant without CXEDGE_AUDIT_KEY is refused before any call (exit 2), and so is a bad key", async () => {
    const c = copy()
    const { CXEDGE_AUDIT_KEY: _, ...without } = env
    const before = sandbox.tenant("acme").data.records.size
    const missing = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`], { ...without, CXEDGE_STORAGE_DIR: join(c.dir, "state") }, { cwd: c.dir })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("[cxedge] [audit] CXEDGE_AUDIT_KEY is not set")
    expect([...sandbox.tenant("acme").data.records.values()].filter((r) => r.writes > 0)).toHaveLength(0)
    expect(sandbox.tenant("acme").data.records.size).toBe(before)
    const short = await runCli(["audit", "verify"], { ...env, CXEDGE_AUDIT_KEY: "t1:c2hvcnQ=", CXEDGE_STORAGE_DIR: join(c.dir, "state") }, { cwd: c.dir })
    expect(short.code).toBe(2)
    expect(short.stderr).toContain("audit key t1 has 5 bytes, at least 32 are needed")
    noStack(missing.stderr + short.stderr)
  }, 30_000)

  test("read-only commands run against a configured tenant without CXEDGE_AUDIT_KEY; a dry run writes nothing", async () => {
    const c = copy()
    const { CXEDGE_AUDIT_KEY: _, ...without } = env
    const state = { ...without, CXEDGE_STORAGE_DIR: join(c.dir, "state") }
    for (const args of [["tenant", "whoami"], ["skills", "activity"], ["jobs"], ["audit", "tail"], ["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--dry-run"]]) {
      const r = await runCli(args, state, { cwd: c.dir })
      expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: expect.not.stringContaining("CXEDGE_AUDIT_KEY") })
    }
    expect([...sandbox.tenant("acme").data.records.values()].filter((r) => r.writes > 0)).toHaveLength(0)
    // A command that re-identifies or writes still needs the key.
    const decrypt = await runCli(["decrypt", "enc_k1_AAAA"], state, { cwd: c.dir })
    expect(decrypt.code).toBe(2)
    expect(decrypt.stderr).toContain("CXEDGE_AUDIT_KEY is not set")
  }, 30_000)

  test("verifying under another key: nothing passes, said once (not a 'forged' line per record)", async () => {
    const c = copy()
    const r = await runCli(["audit", "verify"], { ...env, CXEDGE_AUDIT_KEY: `t1:${Buffer.from("a-different-key-with-the-same-id").toString("base64")}`, CXEDGE_STORAGE_DIR: join(c.dir, "state") }, { cwd: c.dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("no audit record, registry entry or checkpoint verifies under CXEDGE_AUDIT_KEY (key id t1)")
    expect(r.stdout).not.toContain("(forged)")
  }, 30_000)

  test("the embedded sandbox without a key signs with the public demo key and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-demo-"))
    const plain = { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "state"), CXEDGE_SANDBOX_CONTACTS: "5" }
    expect((await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`], plain, { cwd: dir })).code).toBe(0)
    const r = await runCli(["audit", "verify"], plain, { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/records, intact/)
    expect(r.stderr).toContain("signed with the public sandbox demo key: set CXEDGE_AUDIT_KEY for evidence")
  }, 30_000)
})
