import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Webhook } from "standardwebhooks"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const INBOUND = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let seeded: string[]
const consent = (body: object) => sandbox.app.request("/_sandbox/consent", { method: "PUT", body: JSON.stringify(body) })
const delivered = async () => ((await (await sandbox.app.request("/_sandbox/consent")).json()) as { id: string; status: number; body: string; verified: boolean }[])

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 300, consentSecrets: [SECRET], faults: { latencyMs: [6, 14] } })
  seeded = seededValues(sandbox)
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin, {
    CXEDGE_HMAC_KEYS: KEY,
    CXEDGE_WEBHOOK_URL: `${served.origin}/_consent/webhooks`,
    CXEDGE_WEBHOOK_SECRETS: SECRET,
    CXEDGE_CONSENT_SECRETS: INBOUND,
    CXEDGE_STORAGE: "fs",
    CXEDGE_RPS: "1000",
  })
})
afterAll(() => served.stop())

describe("consent events and audit from the CLI", () => {
  test("killed mid-job with the consent platform down, resumed after it is back: one delivered event per contact, and the audit chain verifies", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-consent-"))
    const state = join(dir, "state")
    const run = { ...env, CXEDGE_STORAGE_DIR: state }
    await consent({ failStatus: 503 })
    // 300 contacts at 200 requests/s take about 1.5 s: the kill lands after the first writes, well before the end.
    const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "crash-1", "--concurrency", "8", "--yes"], {
      cwd: dir, env: { PATH: process.env.PATH ?? "", ...run, CXEDGE_RPS: "200" }, stdout: "ignore", stderr: "ignore",
    })
    // Kill once the tenant has seen some writes (a fixed sleep lost the race on a loaded machine), bounded at 30 s.
    const writes = () => [...sandbox.tenant("acme").data.records.values()].filter((r) => r.writes > 0).length
    for (let waited = 0; writes() < 20 && waited < 30_000; waited += 20) await Bun.sleep(20)
    proc.kill("SIGKILL")
    await proc.exited
    const written = [...sandbox.tenant("acme").data.records.values()].filter((r) => r.writes > 0).length
    expect(written).toBeGreaterThan(0)
    expect(written).toBeLessThan(300)
    await consent({ failStatus: null })
    // The killed run's events go out once their retry is due (5 s after their failure), never before: resumed after that.
    const waiting = JSON.parse((await runCli(["webhooks", "list", "--json"], run, { cwd: dir })).stdout) as { events: { next: string }[] }
    const due = Math.max(0, ...waiting.events.map((e) => Date.parse(e.next)))
    await Bun.sleep(Math.min(6000, Math.max(0, due - Date.now() + 100)))
    const resumed = await runCli(["anonymize", "--resume", "crash-1", "--yes"], run, { cwd: dir })
    expect(resumed.code).toBe(0)
    const ok = (await delivered()).filter((d) => d.status === 204 && d.body.includes('"crash-1"'))
    const anonymized = ok.filter((d) => d.body.includes("contact.anonymized"))
    expect(new Set(anonymized.map((d) => JSON.parse(d.body).data.contactId)).size).toBe(300)
    expect(anonymized).toHaveLength(300)
    expect(new Set(ok.map((d) => d.id)).size).toBe(ok.length)
    expect(ok.every((d) => d.verified)).toBe(true)

    const verify = await runCli(["audit", "verify"], run, { cwd: dir })
    expect(verify.code).toBe(0)
    expect(verify.stdout).toMatch(/chain .+: \d+ records, intact/)
    const exported = await runCli(["audit", "export", "--job", "crash-1", "--json"], run, { cwd: dir })
    const summary = JSON.parse(exported.stdout)
    expect(summary.outcomes.ok).toBeGreaterThanOrEqual(300)
    expect(summary.transforms).toMatchObject({ nullify: expect.any(Number), redact: expect.any(Number) })
    const tail = await runCli(["audit", "tail", "-n", "5"], run, { cwd: dir })
    expect(tail.stdout).toContain("job.finished")
    // nothing personal anywhere: stdout, stderr, storage, deliveries
    const files = (d: string): string => readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? files(join(d, e.name)) : readFileSync(join(d, e.name), "utf8"))).join("\n")
    const everything = [resumed.stdout, resumed.stderr, verify.stdout, exported.stdout, tail.stdout, files(state), (await delivered()).map((d) => d.body).join("\n")].join("\n")
    expect(findLeaks(everything, seeded)).toEqual([])

    // tamper with one stored audit record: verify names it
    const auditDir = join(state, "audit")
    const chain = readdirSync(auditDir).find((d) => !d.startsWith("~"))! // ~registry and ~checkpoints sit beside the chains
    const recordFile = join(auditDir, chain, "r", readdirSync(join(auditDir, chain, "r")).sort()[10]!)
    const record = JSON.parse(readFileSync(recordFile, "utf8"))
    record.outcome = "failed"
    writeFileSync(recordFile, JSON.stringify(record))
    const broken = await runCli(["audit", "verify"], run, { cwd: dir })
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain(`chain ${chain}: record ${record.seq} (edited) at audit:${chain}:r:`)
  }, 60_000)

  test("webhooks list and replay: events wait while the platform is down and go out once it is back", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-replay-"))
    const run = { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }
    await consent({ failStatus: 503 })
    const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", join(dir, "x.jsonl")], run, { cwd: dir })
    expect(job.code).toBe(0)
    expect(job.stderr).toContain("still waiting for the consent platform")
    const list = JSON.parse((await runCli(["webhooks", "list", "--json"], run, { cwd: dir })).stdout)
    expect(list.pending).toBe(301)
    await consent({ failStatus: null })
    const replay = await runCli(["webhooks", "replay"], run, { cwd: dir })
    expect(replay.code).toBe(0)
    expect(replay.stdout).toContain("0 pending, 0 dead, 301 delivered")
  }, 60_000)

  test("a saved inbound erasure request is verified and run from the CLI", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-receive-"))
    const run = { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }
    const email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@") && c.fromAddress !== "[erased]")!.fromAddress
    const body = JSON.stringify({ type: "erasure.requested", data: { subject: email.toUpperCase() } })
    writeFileSync(join(dir, "request.json"), body)
    const at = Math.floor(Date.now() / 1000) - 3600
    const sig = new Webhook(INBOUND).sign("req_saved_1", new Date(at * 1000), body)
    const args = ["webhooks", "receive", "request.json", "--id", "req_saved_1", "--timestamp", String(at), "--signature", sig]
    const stale = await runCli(args, run, { cwd: dir })
    // A saved request an hour old: refused before the file is read, naming the flag that accepts it.
    expect([stale.code, stale.stdout]).toEqual([2, ""])
    expect(stale.stderr).toMatch(/^\[cxedge\] \[webhooks\] --timestamp is 36\d\d s from now, more than the 300 s a live request may be: for a saved request, pass --ignore-timestamp$/m)
    const r = await runCli([...args, "--ignore-timestamp"], run, { cwd: dir })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/accepted: erasure job erasure_[0-9a-f]{20} \(done\)/)
    expect(sandbox.tenant("acme").erasures.some((e) => e.subjectIdentifier === email.toLowerCase())).toBe(true)
    expect(r.stdout + r.stderr).not.toContain(email.toLowerCase())
    const tampered = await runCli([...args.slice(0, -1), sig.replace(/.$/, (c) => (c === "A" ? "B" : "A")), "--ignore-timestamp"], run, { cwd: dir })
    expect(tampered.code).toBe(1)
    expect(tampered.stdout).toContain("invalid_signature")
    expect(existsSync(join(dir, "state"))).toBe(true)
  }, 30_000)

  test("audit-file from a config file: fsynced JSONL that verifies", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-auditfile-"))
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "audit-file"], settings: { "audit-file": { dir: "audit-log" } } }))
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--dry-run"], { ...env, CXEDGE_STORAGE: "memory" }, { cwd: dir })
    expect(r.code).toBe(0)
    const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", "x.jsonl"], { ...env, CXEDGE_STORAGE: "memory" }, { cwd: dir })
    expect(job.code).toBe(0)
    expect(readdirSync(join(dir, "audit-log")).some((f) => /^audit-\d{4}-\d{2}-\d{2}\.jsonl$/.test(f))).toBe(true)
    const verify = await runCli(["audit", "verify"], { ...env, CXEDGE_STORAGE: "memory" }, { cwd: dir })
    expect(verify.stdout).toMatch(/chain file: 30[0-9] records, intact/)
  }, 30_000)
})
