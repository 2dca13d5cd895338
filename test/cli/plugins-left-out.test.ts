// A config's plugins may leave out what guards a write. Reported: a job started or resumed with a config whose
// `plugins` left out "hold" wrote over a contact under legal hold, and one leaving out the audit sink wrote no audit
// record (the chain's tail could then be cut unseen); both exited 0, "held (legal hold) 0".
import { afterAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { PLAN_KEY } from "../plan-tenant.ts"

const NO_HOLD = { plugins: ["anonymize", "consent-webhook", "audit-kv", "pii"] }
const NO_AUDIT = { plugins: ["anonymize", "hold", "pii"] }
const NEITHER = { plugins: ["anonymize", "consent-webhook", "pii"] }
const RETENTION = { plugins: [...NO_HOLD.plugins, "retention"], settings: { retention: { policies: [{ name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "1min" }] } } }

const stops: (() => void)[] = []
afterAll(() => stops.forEach((stop) => stop()))

/** A sandbox tenant of its own served on a port, a working directory with the gdpr matrix and the configs, fs storage `st`. */
async function tenant(contacts: number) {
  const sandbox: Sandbox = await createSandbox({ contacts })
  const served = serveSandbox(sandbox)
  stops.push(() => served.stop())
  const dir = mkdtempSync(join(tmpdir(), "cxedge-plugins-left-out-"))
  writeFileSync(join(dir, "m.json"), readFileSync(`${ROOT}matrices/gdpr.json`))
  for (const [name, config] of Object.entries({ "nohold.json": NO_HOLD, "noaudit.json": NO_AUDIT, "neither.json": NEITHER, "retention.json": RETENTION })) writeFileSync(join(dir, name), JSON.stringify(config))
  const env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: PLAN_KEY, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st") })
  const records = () => [...sandbox.tenant("acme").data.records.values()]
  const writes = () => records().reduce((n, r) => n + r.writes, 0)
  const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { ...env, ...extra }, { cwd: dir })
  return { dir, env, records, writes, cli }
}

const summaryOf = (stdout: string) => JSON.parse(stdout) as { succeeded: number; held: number }

describe("a storage with an active legal hold", () => {
  test("every write run whose plugins leave out hold is refused before any call, exit 2, naming it; with hold it holds", async () => {
    const t = await tenant(12)
    const [held, other] = t.records().filter((r) => typeof r.fields.email === "string")
    expect((await t.cli(["hold", "add", "--contact", held!.id, "--reason", "LH9"])).code).toBe(0)
    // A plan made and approved with every plugin, run by a config without hold.
    expect((await t.cli(["anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "p1"])).code).toBe(0)
    expect((await t.cli(["jobs", "approve", "p1", "--by", "alice"])).code).toBe(0)
    const runs: [string, string[], Record<string, string>?][] = [
      ["anonymize, config file", ["anonymize", "--matrix", "m.json", "--job", "n1", "--yes", "--config", "nohold.json"]],
      ["anonymize, CXEDGE_PLUGINS", ["anonymize", "--matrix", "m.json", "--job", "n2", "--yes"], { CXEDGE_PLUGINS: NO_HOLD.plugins.join(",") }],
      ["jobs run", ["jobs", "run", "p1", "--yes", "--config", "nohold.json"]],
      ["erase", ["erase", "--email", String(other!.fields.email), "--job", "e1", "--yes", "--config", "nohold.json"]],
      ["retention run", ["retention", "run", "--yes", "--config", "retention.json"]],
    ]
    for (const [name, args, extra] of runs) {
      const r = await t.cli(args, extra)
      expect({ name, code: r.code }).toEqual({ name, code: 2 })
      expect(r.stderr).toMatch(/this storage holds 1 active legal hold \(the hold plugin's write gate hold\), and the hold plugin is not loaded.*Add "hold" to plugins.*nothing was written/)
      expect(r.stderr).not.toMatch(/^\s+at /m)
      expect(r.stdout).not.toMatch(/succeeded/)
      expect({ name, writes: t.writes() }).toEqual({ name, writes: 0 })
    }
    // Nothing was stored for them: no job to resume, and the plan still waits for its run.
    const jobs = (await t.cli(["jobs", "--json"])).stdout
    for (const id of ['"n1"', '"n2"', '"e1"', '"ret-nightly']) expect(jobs).not.toContain(id)
    expect(JSON.parse((await t.cli(["retention", "report", "--json", "--config", "retention.json"])).stdout)[0].lastRun).toBeNull()
    // A dry run writes nothing: it runs, and says why it counts no contact held.
    const dry = await t.cli(["anonymize", "--matrix", "m.json", "--dry-run", "--show", "0", "--config", "nohold.json"])
    expect(dry.code).toBe(0)
    expect(dry.stderr).toMatch(/1 active legal hold and the hold plugin is not loaded: this dry run counts none of them; add "hold" to plugins/)
    // With hold loaded, the run skips the held contact.
    const ran = await t.cli(["anonymize", "--matrix", "m.json", "--job", "n3", "--yes", "--json"])
    expect(ran.code).toBe(0)
    expect(summaryOf(ran.stdout).held).toBe(1)
    expect(t.records().find((r) => r.id === held!.id)!.writes).toBe(0)
  }, 120_000)
})

describe("a job's guards", () => {
  test("a job started with hold and audit-kv is not resumed without them: exit 2, naming both, nothing written", async () => {
    const t = await tenant(60)
    // 20 requests a second and three per contact: the job needs about 9 s, so the signal lands mid-run.
    const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "anonymize", "--matrix", "m.json", "--job", "r1", "--rps", "20", "--yes"], {
      cwd: t.dir, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...t.env }, stdout: "pipe", stderr: "pipe",
    })
    const deadline = Date.now() + 30_000
    while (t.writes() < 3 && Date.now() < deadline) await Bun.sleep(25)
    proc.kill("SIGINT")
    expect(await proc.exited).toBe(130)
    const done = t.writes()
    expect(done).toBeLessThan(60)

    const refused = await t.cli(["anonymize", "--resume", "r1", "--yes", "--config", "neither.json"])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/job r1 was started with the plugins hold \(write gate hold\), audit-kv \(the audit sink\), which this run does not load.*Add "hold", "audit-kv" to plugins/)
    const noAudit = await t.cli(["anonymize", "--resume", "r1", "--yes", "--config", "noaudit.json"])
    expect(noAudit.code).toBe(2)
    expect(noAudit.stderr).toMatch(/job r1 was started with the plugin audit-kv \(the audit sink\), which this run does not load.*Add "audit-kv" to plugins/)
    expect(t.writes()).toBe(done)

    const resumed = await t.cli(["anonymize", "--resume", "r1", "--yes", "--json"])
    expect(resumed.code).toBe(0)
    expect(t.records().every((r) => r.writes === 1)).toBe(true)
    // The audit log has every contact of the job, the resume's included.
    const verified = await t.cli(["audit", "verify", "--json"])
    expect(verified.code).toBe(0)
  }, 120_000)

  test("a new job without an audit sink runs on a storage that keeps no audit log, and is refused on one that does", async () => {
    const t = await tenant(6)
    const fresh = await t.cli(["anonymize", "--matrix", "m.json", "--job", "a1", "--yes", "--json", "--config", "noaudit.json"])
    expect(fresh.code).toBe(0)
    expect(summaryOf(fresh.stdout).succeeded).toBe(6)
    // Written with audit-kv once: the storage keeps an audit log, and a run without a sink would leave a gap in it.
    expect((await t.cli(["anonymize", "--matrix", "m.json", "--job", "a2", "--yes"])).code).toBe(0)
    const before = t.writes()
    const refused = await t.cli(["anonymize", "--matrix", "m.json", "--job", "a3", "--yes", "--config", "noaudit.json"])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/this storage keeps an audit log \(1 chain\) and no audit sink is loaded.*Add "audit-kv" to plugins/)
    expect(t.writes()).toBe(before)
  }, 120_000)
})
