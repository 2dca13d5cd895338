import { describe, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const DAY = 86_400_000
const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d", schedule: "daily" }

/** Every file under `dir`, as text. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [readFileSync(path, "utf8")]
  })

describe("cxedge retention through the CLI", () => {
  test("wrong values first, then two simulated days with the watermark, a repeated run, and the report as JSON", async () => {
    const sandbox = await createSandbox({ contacts: 100, seed: 11 })
    const served = serveSandbox(sandbox)
    const dir = mkdtempSync(join(tmpdir(), "cxedge-retention-"))
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { retention: { policies: [POLICY] } } }))
    const env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "" })
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state")]
    // Taken before any sweep: an erasure empties them in the sandbox.
    const seeded = sandbox.tenant("acme").data.completed.flatMap((c) => [c.fromAddress, `${c.firstName} ${c.lastName}`]).filter((x) => x.length > 5)
    const cli = (...args: string[]) => runCli(["retention", ...args, ...state], env, { cwd: dir })
    try {
      for (const [args, message] of [
        [["run", "--polcy", "nightly"], /--polcy/],
        [["run", "--at", "yesterday"], /--at "yesterday" is not a date/],
        [["run", "--at", "2099-01-01"], /--at 2099-01-01T00:00:00.000Z is in the future/],
        [["run", "--policy", "nigthly", "--yes"], /--policy "nigthly" is not a policy \(did you mean "nightly"\?\): the policies are nightly/],
        [["run", "--policy", "a/b"], /is not a policy name/],
        [["report", "--policy", ""], /--policy needs a value/],
      ] as const) {
        const r = await cli(...args)
        expect(r.code).toBe(2)
        expect(r.stderr).toMatch(message)
        expect(r.stderr).not.toMatch(/^\s+at /m)
      }
      expect(sandbox.tenant("acme").erasures).toHaveLength(0)

      // Day 1 is a day ago: the sweep as of then takes the contacts that started over 20 days before it.
      const dayOne = new Date(Date.now() - DAY).toISOString()
      const dry = await cli("run", "--at", dayOne, "--dry-run", "--json")
      expect(dry.code).toBe(0)
      const [planned] = JSON.parse(dry.stdout)
      expect(planned).toMatchObject({ policy: "nightly", since: null, resume: [] })
      expect(planned.contacts).toBeGreaterThan(0)
      expect(sandbox.tenant("acme").erasures).toHaveLength(0)

      // A configured tenant: a sweep that writes asks first, and without a terminal needs --yes.
      const unconfirmed = await cli("run", "--at", dayOne)
      expect(unconfirmed.code).toBe(2)
      expect(unconfirmed.stderr).toContain("refusing to write to a real tenant without confirmation: re-run with --yes")
      expect(sandbox.tenant("acme").erasures).toHaveLength(0)

      const first = await cli("run", "--at", dayOne, "--json", "--yes")
      expect(first.code).toBe(0)
      const [day1] = JSON.parse(first.stdout)
      expect(day1.jobs[0]).toMatchObject({ state: "finished", processed: planned.contacts, failed: 0 })
      const erasures1 = sandbox.tenant("acme").erasures.length

      const second = await cli("run", "--json", "--yes")
      expect(second.code).toBe(0)
      const [day2] = JSON.parse(second.stdout)
      expect(day2.window.since).toBe(day1.window.until)
      const crossed = sandbox.tenant("acme").data.completed.filter((c) => {
        const t = Date.parse(c.contactStartDate)
        return t >= Date.parse(day1.window.until) && t < Date.parse(day2.window.until)
      }).length
      expect(crossed).toBeGreaterThan(0)
      expect(day2.jobs[0]).toMatchObject({ processed: crossed, succeeded: crossed })
      const erasures2 = sandbox.tenant("acme").erasures.length
      expect(erasures2).toBeGreaterThan(erasures1)

      // Day 2 again: nothing crossed the age since, nothing is written.
      const again = await cli("run", "--at", new Date(Date.parse(day2.window.until) + 20 * DAY).toISOString(), "--json", "--yes")
      expect(again.code).toBe(0)
      expect(sandbox.tenant("acme").erasures).toHaveLength(erasures2)

      const report = await cli("report", "--json")
      expect(report.code).toBe(0)
      const [r] = JSON.parse(report.stdout)
      expect(r).toMatchObject({ policy: "nightly", failed: 0, held: 0, done: planned.contacts + crossed, lastJobs: expect.any(Array) })
      const table = await cli("report")
      expect(table.stdout).toMatch(/nightly\s+\S+\s+\S+\s+\d+\s+\d+\s+0\s+0/)
      const jobs = await runCli(["jobs", "--json", ...state], env, { cwd: dir })
      expect(JSON.parse(jobs.stdout).map((j: { id: string }) => j.id).filter((id: string) => id.startsWith("ret-nightly-"))).toHaveLength(2)

      // No seeded value in any output or in storage.
      const outputs = [dry, first, second, again, report, table].flatMap((x) => [x.stdout, x.stderr]).join("\n") + filesUnder(join(dir, "state")).join("\n")
      for (const value of seeded) expect(outputs).not.toContain(value)
    } finally {
      served.stop()
    }
  }, 120_000)
})
