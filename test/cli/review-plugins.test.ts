import { describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv } from "../helpers.ts"

/** A sandbox on a loopback port whose PATCHes are refused (400) while `failing` is set. */
function serveFailing(sandbox: Sandbox, failing: { on: boolean }) {
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch(request) {
      if (request.method === "PATCH" && failing.on) return Response.json({ error: "invalid_request" }, { status: 400 })
      return sandbox.handle(request)
    },
  })
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop(true) }
}

const writes = (sandbox: Sandbox) => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)

describe("--job naming an existing job", () => {
  test("a --target (or window) that contradicts the stored job exits 2 and writes nothing; the same flags still resume", async () => {
    const sandbox = await createSandbox({ contacts: 12, seed: 5 })
    const failing = { on: true }
    const served = serveFailing(sandbox, failing)
    const dir = mkdtempSync(join(tmpdir(), "cxedge-job-flags-"))
    const env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "" })
    const state = ["--storage", "fs", "--storage-dir", join(dir, "state")]
    const matrix = ["--matrix", `${ROOT}matrices/gdpr.json`]
    try {
      // A patch job whose every write failed: finished_with_failures, resumable.
      const first = await runCli(["anonymize", ...matrix, "--job", "j1", ...state, "--yes"], env, { cwd: dir })
      expect(first.code).toBe(1)
      expect(writes(sandbox)).toBe(0)
      failing.on = false

      // The user asks for an export to a file; the stored job is a patch of the tenant.
      const other = await runCli(["anonymize", ...matrix, "--job", "j1", "--target", "export", ...state, "--yes"], env, { cwd: dir })
      expect(other.code).toBe(2)
      expect(other.stderr).toContain("--target does not match job j1")
      const out = await runCli(["anonymize", ...matrix, "--job", "j1", "--out", "x.jsonl", ...state, "--yes"], env, { cwd: dir })
      expect(out.code).toBe(2)
      expect(out.stderr).toContain("--out does not match job j1")
      expect(other.stderr).not.toMatch(/^\s+at /m)
      expect(writes(sandbox)).toBe(0)

      const window = await runCli(["anonymize", ...matrix, "--job", "j1", "--since", "7d", ...state, "--yes"], env, { cwd: dir })
      expect(window.code).toBe(2)
      expect(window.stderr).toContain("--since does not match job j1")
      expect(writes(sandbox)).toBe(0)

      // Flags that agree with the job resume it.
      const same = await runCli(["anonymize", ...matrix, "--job", "j1", "--target", "patch", ...state, "--yes"], env, { cwd: dir })
      expect(same.code).toBe(0)
      expect(writes(sandbox)).toBe(12)
    } finally {
      served.stop()
    }
  }, 60_000)
})
