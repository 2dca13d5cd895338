import { expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "10d" }

async function until(condition: () => boolean, ms = 30_000) {
  const deadline = Date.now() + ms
  while (!condition() && Date.now() < deadline) await Bun.sleep(25)
  expect(condition()).toBe(true)
}

// An interrupted sweep's contacts were left out of the policy's evidence: the resume counted only its own, so the
// report said done 105 where the jobs had erased 165.
test("Ctrl-C in a sweep, then the resume: the evidence counts every erased contact once, and the resume says how many were done before it", async () => {
  const sandbox = await createSandbox({ contacts: 120, seed: 7, faults: { latencyMs: [60, 90] } })
  const served = serveSandbox(sandbox)
  const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-interrupt-"))
  writeFileSync(join(dir, "c.json"), JSON.stringify({ settings: { retention: { policies: [POLICY] } } }))
  const env = { ...sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: join(dir, "st") }), NO_COLOR: "1" }
  const args = ["retention", "run", "--config", "c.json", "--yes", "--storage", "fs"]
  const erasures = () => sandbox.tenant("acme").erasures.length
  try {
    const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env }, stdout: "pipe", stderr: "pipe" })
    await until(() => erasures() >= 10)
    proc.kill("SIGINT")
    expect(await proc.exited).toBe(130)
    const before = erasures()

    const resumed = await runCli(args, env, { cwd: dir })
    expect(resumed.code).toBe(0)
    const total = erasures()
    // policy, window, job, then processed, done before, succeeded, skipped, held, failed.
    const row = /^nightly .* ret-nightly-\S+\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*$/m.exec(resumed.stdout)
    expect(resumed.stdout).toMatch(/processed\s+done before\s+succeeded/)
    expect(row?.slice(1).map(Number)).toEqual([total, before, total - before, 0, 0, 0])

    const report = await runCli(["retention", "report", "--json", "--config", "c.json", "--storage", "fs"], env, { cwd: dir })
    expect(report.code).toBe(0)
    expect(JSON.parse(report.stdout)[0]).toMatchObject({ done: total, inScope: 0, failed: 0 })

    // Run again after everything is done: nothing is counted twice.
    expect((await runCli(args, env, { cwd: dir })).code).toBe(0)
    expect(JSON.parse((await runCli(["retention", "report", "--json", "--config", "c.json", "--storage", "fs"], env, { cwd: dir })).stdout)[0].done).toBe(total)
  } finally {
    served.stop()
  }
}, 120_000)
