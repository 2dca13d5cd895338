import { describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv } from "../helpers.ts"

/** A sandbox on a loopback port whose PATCH of the named contacts is refused while `failing` holds them. */
function serveFailing(sandbox: Sandbox, failing: Set<string>) {
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch(request) {
      const id = new URL(request.url).pathname.match(/\/contacts\/([^/]+)$/)?.[1]
      if (request.method === "PATCH" && id && failing.has(id)) return Response.json({ error: "invalid_request" }, { status: 400 })
      return sandbox.handle(request)
    },
  })
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop(true) }
}

const writes = (sandbox: Sandbox) => [...sandbox.tenant("acme").data.records.values()].map((r) => r.writes)

describe("cxedge jobs and --resume of failed contacts", () => {
  test("a partly failed job: exit 1, finished_with_failures with its counts; --resume writes the failed ones once; finished", async () => {
    const sandbox = await createSandbox({ contacts: 90, seed: 3 })
    const failing = new Set([...sandbox.tenant("acme").data.records.keys()].filter((_, i) => i % 2 === 0))
    const served = serveFailing(sandbox, failing)
    const dir = mkdtempSync(join(tmpdir(), "cxedge-jobs-"))
    const env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "" })
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state")]
    try {
      const first = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "half", ...state, "--json", "--yes"], env, { cwd: dir })
      expect(first.code).toBe(1)
      expect(first.stderr).not.toMatch(/^\s+at /m)
      expect(JSON.parse(first.stdout)).toMatchObject({ processed: 90, succeeded: 45, failed: 45 })
      expect(writes(sandbox).filter((n) => n === 1)).toHaveLength(45)

      const listed = await runCli(["jobs", ...state, "--json"], env, { cwd: dir })
      expect(listed.code).toBe(0)
      const [job] = JSON.parse(listed.stdout)
      expect(job).toMatchObject({ id: "half", state: "finished_with_failures", totals: { processed: 90, succeeded: 45, failed: 45, invalid: 0, skipped: 0 } })
      const table = await runCli(["jobs", ...state], env, { cwd: dir })
      expect(table.stdout).toMatch(/half\s+finished_with_failures\s+90\s+45\s+45\s+0\s+0/)

      failing.clear()
      const resumed = await runCli(["anonymize", "--resume", "half", ...state, "--json", "--yes"], env, { cwd: dir })
      expect(resumed.code).toBe(0)
      expect(resumed.stderr).not.toContain("nothing to do")
      expect(JSON.parse(resumed.stdout)).toMatchObject({ succeeded: 45, failed: 0, alreadyDone: 45 })
      expect(writes(sandbox).every((n) => n === 1)).toBe(true)
      const after = JSON.parse((await runCli(["jobs", ...state, "--json"], env, { cwd: dir })).stdout)
      expect(after[0]).toMatchObject({ state: "finished", totals: { succeeded: 90, failed: 0 } })

      const again = await runCli(["anonymize", "--resume", "half", ...state, "--yes"], env, { cwd: dir })
      expect(again.code).toBe(0)
      expect(again.stderr).toContain("already finished: nothing to do")
      expect(writes(sandbox).every((n) => n === 1)).toBe(true)
    } finally {
      served.stop()
    }
  }, 60_000)

  test("two runs of one job id at once: one is refused with exit 2 naming the holder; no contact is written twice", async () => {
    const sandbox = await createSandbox({ contacts: 400, seed: 8, faults: { latencyMs: [4, 10] } })
    const served = serveFailing(sandbox, new Set())
    const dir = mkdtempSync(join(tmpdir(), "cxedge-lease-"))
    const env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "", CXEDGE_RPS: "2000" })
    const args = ["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "twice", "--storage", "fs", "--storage-dir", join(dir, "state"), "--yes"]
    try {
      const [a, b] = await Promise.all([runCli(args, env, { cwd: dir }), runCli(args, env, { cwd: dir })])
      const codes = [a.code, b.code].sort()
      expect(codes).toEqual([0, 2])
      const refused = a.code === 2 ? a : b
      expect(refused.stderr).toMatch(/job twice is being run by pid \d+@\S+/)
      expect(refused.stderr.trim().split("\n").at(-1)).toMatch(/^\[cxedge\] \[anonymize\] job twice is being run/)
      expect(writes(sandbox).every((n) => n === 1)).toBe(true)
    } finally {
      served.stop()
    }
  }, 60_000)
})
