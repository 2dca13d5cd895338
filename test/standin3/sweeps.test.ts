import { describe, expect, test } from "bun:test"
import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { leaked } from "./pii.ts"
import { cxedge, envFor } from "./run.ts"
import { serveStandIn } from "./server.ts"
import { seed } from "./tenant.ts"

// Retention sweeps and planned jobs (plan, approve, run) against the stand-in, as a user runs them.

const N = 24

describe("retention run and report", () => {
  test("a sweep behind 429s and a capped, uncounted contacts/completed erases every contact once; the second run has nothing left", async () => {
    const tenant = serveStandIn(seed(N, { throttleEvery: 5, retryAfter: "seconds", paging: "skiptop", totals: "missing", topCap: 7 }))
    try {
      const config = join(mkdtempSync(join(tmpdir(), "standin46-")), "cxedge.config.json")
      await Bun.write(config, JSON.stringify({ settings: { retention: { policies: [{ name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "10d", schedule: "daily" }] } } }))
      const env = envFor(tenant.origin)
      const first = await cxedge(["retention", "run", "--yes", "--config", config], env)
      expect(first.code).toBe(0)
      // processed, done before (none: a first run), succeeded, skipped, held, failed.
      expect(first.stdout).toMatch(new RegExp(`nightly .* ${N}\\s+0\\s+${N}\\s+0\\s+0\\s+0`))
      expect(new Set(tenant.state.erasures.map((e) => e.subjectIdentifier)).size).toBe(N)
      expect(tenant.state.erasures.length).toBe(N)
      const report = await cxedge(["retention", "report", "--json", "--config", config], env)
      expect(report.code).toBe(0)
      const policy = JSON.parse(report.stdout)[0]
      expect(policy).toMatchObject({ policy: "nightly", done: N, failed: 0, inScope: 0 })
      const again = await cxedge(["retention", "run", "--yes", "--config", config], env)
      expect(again.code).toBe(0)
      expect(tenant.state.erasures.length).toBe(N)
      expect(leaked(tenant.state, first.stdout + first.stderr + report.stdout + again.stdout + again.stderr)).toEqual([])
    } finally {
      tenant.stop()
    }
  }, 180_000)
})

describe("anonymize --plan, jobs approve, jobs run", () => {
  test("a contact deleted after the plan is named and not written; every other planned contact is written once", async () => {
    const tenant = serveStandIn(seed(N, { deleteAfterList: "600046000005", throttleEvery: 7, retryAfter: "date" }))
    try {
      const env = envFor(tenant.origin)
      const plan = await cxedge(["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--plan", "p46"], env)
      expect(plan.code).toBe(0)
      expect(plan.stdout).toMatch(new RegExp(`contacts in scope\\s+${N}`))
      expect(tenant.state.patches.size).toBe(0)
      expect((await cxedge(["jobs", "approve", "p46", "--by", "dpo"], env)).code).toBe(0)
      const run = await cxedge(["jobs", "run", "p46", "--yes"], env)
      expect(run.code).toBe(0)
      expect(run.stderr).toContain("contact 600046000005 is no longer served by the source: not written")
      expect(tenant.state.patches.size).toBe(N - 1)
      expect([...tenant.state.patches.values()].every((n) => n === 1)).toBe(true)
      expect(leaked(tenant.state, plan.stdout + plan.stderr + run.stdout + run.stderr)).toEqual([])
    } finally {
      tenant.stop()
    }
  }, 180_000)
})
