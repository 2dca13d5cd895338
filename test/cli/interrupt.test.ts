import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

// The user's entry point, `npx cxedge` = node bin/cxedge.mjs, which runs the CLI under Bun as a child.
const CONTACTS = 80
let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: CONTACTS })
  served = serveSandbox(sandbox)
  env = { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY }) }
})
afterAll(() => served.stop())

const records = () => [...sandbox.tenant("acme").data.records.values()]
const written = () => records().filter((r) => r.writes > 0).length

function wrapper(args: string[], cwd: string) {
  return Bun.spawn(["node", `${ROOT}bin/cxedge.mjs`, ...args], { cwd, env, stdout: "pipe", stderr: "pipe" })
}

async function until(condition: () => boolean, ms = 20_000) {
  const deadline = Date.now() + ms
  while (!condition() && Date.now() < deadline) await Bun.sleep(25)
  expect(condition()).toBe(true)
}

describe("Ctrl-C", () => {
  test("a job stops taking contacts, finishes the ones in flight, says how to resume, and exits 130; the resume writes every other contact once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-interrupt-"))
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state")]
    // 20 requests a second and three per contact: the job needs about 12 s, so the signal lands mid-run.
    const proc = wrapper(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "int-1", "--rps", "20", "--yes", ...state], dir)
    await until(() => written() >= 3)
    proc.kill("SIGINT")
    const [code, stderr] = await Promise.all([proc.exited, new Response(proc.stderr).text()])
    expect(code).toBe(130)
    const done = Number(/interrupted: (\d+) done, resume with: cxedge anonymize --resume int-1/.exec(stderr)?.[1])
    expect(done).toBeGreaterThan(0)
    expect(done).toBeLessThan(CONTACTS)
    expect(stderr).not.toMatch(/^\s+at /m)
    // Everything in flight was finished and journaled: what the tenant holds is what the job counted.
    expect(written()).toBe(done)

    // The resume is a write too: without --yes it is refused like a new run.
    const refused = await runCli(["anonymize", "--resume", "int-1", ...state], env, { cwd: dir })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain("re-run with --yes")
    expect(written()).toBe(done)

    const resumed = await runCli(["anonymize", "--resume", "int-1", "--yes", "--json", ...state], env, { cwd: dir })
    expect(resumed.code).toBe(0)
    const summary = JSON.parse(resumed.stdout)
    expect(summary.succeeded).toBe(CONTACTS - done)
    for (const r of records()) expect(r.writes).toBe(1)
  }, 60_000)

  test("Ctrl-C on a terminal reaches the wrapper and the CLI together: that is one interruption, not two", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-interrupt-"))
    // A tenant of its own: the first test anonymized every contact of the shared one.
    const own = await createSandbox({ contacts: CONTACTS })
    const ownServed = serveSandbox(own)
    const ownWrites = () => [...own.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
    const args = ["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "int-2", "--rps", "20", "--yes", "--storage", "fs", "--storage-dir", join(dir, "state")]
    const proc = Bun.spawn(["node", `${ROOT}bin/cxedge.mjs`, ...args], { cwd: dir, env: { ...env, ...sandboxEnv(own, ownServed.origin, { CXEDGE_HMAC_KEYS: KEY }) }, stdout: "pipe", stderr: "pipe" })
    try {
      await until(() => ownWrites() >= 2)
      const child = Number((await Bun.file(`/proc/${proc.pid}/task/${proc.pid}/children`).text()).trim().split(/\s+/)[0])
      expect(child).toBeGreaterThan(0)
      // What the terminal driver does: the whole foreground process group gets SIGINT, and the wrapper forwards its copy.
      process.kill(child, "SIGINT")
      proc.kill("SIGINT")
      const [code, stderr] = await Promise.all([proc.exited, new Response(proc.stderr).text()])
      expect(code).toBe(130)
      expect(stderr).toContain("resume with: cxedge anonymize --resume int-2")
      expect(stderr).not.toContain("interrupted again")
    } finally {
      ownServed.stop()
    }
  }, 30_000)

  test("a second Ctrl-C stops at once, with 130", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-interrupt-"))
    // A tenant of its own (the first test anonymized every contact of the shared one: with nothing to write, no call
    // is in flight and the first Ctrl-C ends the job at once). Each contact's calls take seconds: the first Ctrl-C
    // waits for the ones in flight.
    const own = await createSandbox({ contacts: CONTACTS, faults: { latencyMs: [4000, 4000] } })
    const ownServed = serveSandbox(own)
    try {
      const requests = () => own.tenant("acme").stats.requests
      const args = ["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "int-3", "--yes", "--storage", "fs", "--storage-dir", join(dir, "state")]
      const proc = Bun.spawn(["node", `${ROOT}bin/cxedge.mjs`, ...args], { cwd: dir, env: { ...env, ...sandboxEnv(own, ownServed.origin, { CXEDGE_HMAC_KEYS: KEY }) }, stdout: "pipe", stderr: "pipe" })
      let stderr = ""
      const reading = (async () => {
        const decoder = new TextDecoder()
        for await (const chunk of proc.stderr) stderr += decoder.decode(chunk, { stream: true })
      })()
      // Once the job says it started and a contact's call is in flight, it is running (its Ctrl-C handler set),
      // however slowly this machine started it: the first page is read before the job starts (the matrix is checked
      // against it), so that call alone says nothing.
      await until(() => stderr.includes("starting job") && requests() >= 2)
      proc.kill("SIGINT")
      await Bun.sleep(700)
      const t = Date.now()
      proc.kill("SIGINT")
      const [code] = await Promise.all([proc.exited, reading])
      expect(code).toBe(130)
      expect(Date.now() - t).toBeLessThan(2000)
      expect(stderr).toContain("[cxedge] interrupted again: stopping now")
    } finally {
      ownServed.stop()
    }
  }, 30_000)

  test("a command that does not handle interruption dies by the signal, and the wrapper reports 130, not 0", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-interrupt-"))
    // Every records call takes 3 s: the signal arrives while a dry run (which leaves Ctrl-C to its default) waits.
    await sandbox.app.request("/_sandbox/tenants/acme/faults", { method: "PUT", body: JSON.stringify({ latencyMs: [3000, 3000] }) })
    try {
      const proc = wrapper(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--dry-run", "--storage", "memory"], dir)
      await Bun.sleep(1500)
      proc.kill("SIGINT")
      expect(await proc.exited).toBe(130)
    } finally {
      await sandbox.app.request("/_sandbox/tenants/acme/faults", { method: "PUT", body: JSON.stringify({ latencyMs: [0, 0] }) })
    }
  }, 30_000)
})
