import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdirSync, mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

// A configured tenant (the sandbox on a real port): patch and erasure must ask before writing to it.
let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const GDPR = `${ROOT}matrices/gdpr.json`
const REFUSED = "[cxedge] [anonymize] refusing to write to a real tenant without confirmation: re-run with --yes"

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 30 })
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY })
})
afterAll(() => served.stop())

const writes = () => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
const erasures = () => sandbox.tenant("acme").erasures.length
const fresh = () => mkdtempSync(join(tmpdir(), "cxedge-confirm-"))

/** Runs the CLI on a pseudo-terminal (script(1)) and types `answer` once the prompt is shown. */
async function onTerminal(args: string[], answer: string, extraEnv: Record<string, string> = {}) {
  const proc = Bun.spawn(["script", "-qefc", [process.execPath, `${ROOT}cli/main.ts`, ...args].join(" "), "/dev/null"], {
    cwd: fresh(),
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", TERM: "dumb", ...env, ...extraEnv },
    stdin: "pipe",
    stdout: "pipe",
    stderr: "pipe",
  })
  let out = ""
  const reader = proc.stdout.getReader()
  const deadline = Date.now() + 20_000
  while (!out.includes("type yes to continue") && Date.now() < deadline) {
    const chunk = await Promise.race([reader.read(), Bun.sleep(20_000).then(() => ({ done: true as const, value: undefined }))])
    if (chunk.done) break
    out += new TextDecoder().decode(chunk.value)
  }
  proc.stdin.write(`${answer}\r`)
  await proc.stdin.flush()
  for (;;) {
    const chunk = await reader.read()
    if (chunk.done) break
    out += new TextDecoder().decode(chunk.value)
  }
  return { code: await proc.exited, out }
}

describe("without a terminal", () => {
  test.each([
    ["patch", ["--matrix", GDPR]],
    ["erasure", ["--matrix", GDPR, "--target", "erasure", "--since", "30d"]],
  ])("%s without --yes: exit 2, one line naming --yes, nothing written and no job stored", async (_, flags) => {
    const dir = fresh()
    const [w, e] = [writes(), erasures()]
    const r = await runCli(["anonymize", ...flags, "--storage", "fs", "--storage-dir", join(dir, "state")], env, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toBe(REFUSED)
    expect(writes()).toBe(w)
    expect(erasures()).toBe(e)
    // No job stored: the state directory was never made, or holds none (jobs refuses a directory that does not exist).
    if (existsSync(join(dir, "state"))) {
      const jobs = await runCli(["jobs", "--json", "--storage", "fs", "--storage-dir", join(dir, "state")], env, { cwd: dir })
      expect(JSON.parse(jobs.stdout)).toEqual([])
    }
  })

  test("with --yes it runs", async () => {
    const w = writes()
    const r = await runCli(["anonymize", "--matrix", GDPR, "--yes", "--json", "--storage", "memory"], env, { cwd: fresh() })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).succeeded).toBe(30)
    expect(writes() - w).toBe(30)
  })

  test("an export, a dry run and the embedded sandbox write nothing to a tenant: they do not ask", async () => {
    const dir = fresh()
    const w = writes()
    const exported = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", join(dir, "x.jsonl"), "--storage", "memory"], env, { cwd: dir })
    expect(exported.code).toBe(0)
    const dry = await runCli(["anonymize", "--matrix", GDPR, "--dry-run", "--storage", "memory"], env, { cwd: dir })
    expect(dry.code).toBe(0)
    expect(writes()).toBe(w)
    const embedded = await runCli(["anonymize", "--matrix", GDPR, "--json"], { CXEDGE_SANDBOX_CONTACTS: "5" }, { cwd: dir })
    expect(embedded.code).toBe(0)
    expect(JSON.parse(embedded.stdout).succeeded).toBe(5)
  })

  test("webhooks purge follows the same rule", async () => {
    const dir = fresh()
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state")]
    mkdirSync(join(dir, "state"))
    const refused = await runCli(["webhooks", "purge", ...state], env, { cwd: dir })
    expect(refused.code).toBe(2)
    expect(refused.stderr.trim()).toBe("[cxedge] [webhooks] refusing to purge a real tenant's consent outbox without confirmation: re-run with --yes")
    expect(refused.stdout).toBe("")
    const purged = await runCli(["webhooks", "purge", "--yes", ...state], env, { cwd: dir })
    expect(purged.code).toBe(0)
    expect(purged.stdout).toContain("removed 0 item(s)")
    const embedded = await runCli(["webhooks", "purge"], {}, { cwd: dir })
    expect(embedded.code).toBe(0)
  })
})

describe("on a terminal", () => {
  test("the plan is shown and anything but yes aborts: exit 1, nothing written", async () => {
    const w = writes()
    const r = await onTerminal(["anonymize", "--matrix", GDPR, "--storage", "memory"], "y")
    expect(r.code).toBe(1)
    expect(r.out).toContain(`tenant: ${served.origin}`)
    expect(r.out).toContain("target: patch")
    // The records API has no total; the cxone source counts (below).
    expect(r.out).toContain("contacts in scope: unknown (this source cannot count them)")
    expect(r.out).toContain("matrix gdpr, fields and transforms:")
    expect(r.out).toMatch(/firstName: nullify/)
    expect(r.out).toContain("type yes to continue:")
    expect(r.out).toContain("aborted: nothing was written")
    expect(writes()).toBe(w)
  }, 30_000)

  test("an erasure shows its window; yes runs it", async () => {
    const e = erasures()
    const r = await onTerminal(["anonymize", "--matrix", GDPR, "--target", "erasure", "--since", "2020-01-01", "--until", "2099-01-01", "--storage", "memory"], "yes")
    expect(r.code).toBe(0)
    expect(r.out).toContain("target: erasure")
    expect(r.out).toContain("source: cxone, window: 2020-01-01T00:00:00.000Z .. 2099-01-01T00:00:00.000Z")
    expect(r.out).toContain(`contacts in scope: ${sandbox.tenant("acme").data.completed.length}`)
    expect(erasures()).toBeGreaterThan(e)
  }, 30_000)
})
