import { describe, expect, test } from "bun:test"
import { leaked } from "./pii.ts"
import { cxedge, envFor } from "./run.ts"
import { serveStandIn } from "./server.ts"
import { seed, type Faults } from "./tenant.ts"

// cxedge anonymize as a user runs it, against a stand-in tenant that misbehaves as a real one may (cxone-api.md 8, 4.2).

const N = 40

async function anonymize(faults: Faults, args: string[], extraEnv: Record<string, string> = {}) {
  const tenant = serveStandIn(seed(N, faults))
  try {
    const matrix = args.includes("--matrix") ? [] : ["--matrix", "gdpr"]
    const run = await cxedge(["anonymize", ...matrix, "--yes", ...args], envFor(tenant.origin, extraEnv))
    return { ...run, state: tenant.state }
  } finally {
    tenant.stop()
  }
}

/** The next time the request refused at `r` arrived again (`r` itself excluded). */
const retried = (log: { method: string; path: string; at: number; done: number; status: number }[], r: (typeof log)[number]) =>
  log.find((l) => l !== r && l.at >= r.done && l.method === r.method && l.path === r.path)

const row = (stdout: string, name: string) => stdout.match(new RegExp(`^${name}\\s+(\\S+)`, "m"))?.[1]

describe("patch target against a real tenant's faults", () => {
  test("429 with Retry-After in seconds, HTML 503s, gzip, a token revoked mid-run and a slow token endpoint: every contact written once and verified", async () => {
    const run = await anonymize({ throttleEvery: 5, retryAfter: "seconds", htmlEvery: 7, gzip: true, revokeAfter: 12, tokenDelayMs: 800 }, [])
    expect(run.code).toBe(0)
    expect(row(run.stdout, "succeeded")).toBe(String(N))
    expect(row(run.stdout, "failed")).toBe("0")
    expect(run.state.patches.size).toBe(N)
    expect([...run.state.patches.values()].every((n) => n === 1)).toBe(true)
    for (const c of run.state.records.values()) {
      expect(c.data.firstName).toBeUndefined()
      expect(c.data.email).toBeUndefined()
      expect(c.data.notes).toBe("")
    }
    // The request refused with Retry-After: 1 came back no sooner than that.
    const log = run.state.log
    const refused = log.filter((l) => l.status === 429)
    expect(refused.length).toBeGreaterThan(0)
    for (const r of refused) {
      const again = retried(log, r)
      expect(again).toBeDefined()
      expect(again!.at - r.done).toBeGreaterThanOrEqual(900)
    }
    expect(log.some((l) => l.status === 401)).toBe(true)
    expect(leaked(run.state, run.stdout + run.stderr)).toEqual([])
  }, 120_000)

  test("429 with Retry-After as an HTTP date, and with none: every contact written once", async () => {
    for (const retryAfter of ["date", "none"] as const) {
      const run = await anonymize({ throttleEvery: 6, retryAfter }, [])
      expect(run.code).toBe(0)
      expect(run.state.patches.size).toBe(N)
      expect([...run.state.patches.values()].every((n) => n === 1)).toBe(true)
      if (retryAfter === "date") {
        for (const r of run.state.log.filter((l) => l.status === 429)) {
          const again = retried(run.state.log, r)
          expect(again!.at - r.done).toBeGreaterThanOrEqual(900)
        }
      }
    }
  }, 120_000)

  test("a write answered after the client's timeout (it did happen) is not made twice, and the contact is verified", async () => {
    const config = `${process.env.TMPDIR ?? "/tmp"}/standin46-timeout-${process.pid}.json`
    await Bun.write(config, JSON.stringify({ tenant: { timeoutMs: 1000 } }))
    const run = await anonymize({ slow: { path: "/api/v1/contacts/600046000002", ms: 2500 } }, ["--config", config])
    expect(run.code).toBe(0)
    expect(row(run.stdout, "succeeded")).toBe(String(N))
    expect(run.state.patches.get("600046000002")).toBe(1)
    expect(run.state.records.get("600046000002")!.data.email).toBeUndefined()
  }, 120_000)

  test("a contact deleted between the list and its write is reported by id, not skipped silently; the others are written once", async () => {
    const run = await anonymize({ deleteAfterList: "600046000005" }, [])
    expect(run.code).toBe(1)
    expect(row(run.stdout, "failed")).toBe("1")
    expect(run.stderr).toContain("contact 600046000005: [cxedge] [anonymize] the records API no longer has this contact (deleted after it was listed)")
    expect(run.state.patches.size).toBe(N - 1)
    expect(leaked(run.state, run.stdout + run.stderr)).toEqual([])
  }, 120_000)
})

describe("patch target, a records API with no ETag", () => {
  test("nothing is written without --allow-unconditional (each contact named E_NO_ETAG, exit 1); the resume with it writes each once", async () => {
    const tenant = serveStandIn(seed(6, { etag: false }))
    try {
      const env = envFor(tenant.origin)
      const first = await cxedge(["anonymize", "--matrix", "gdpr", "--yes", "--job", "ne46"], env)
      expect(first.code).toBe(1)
      expect(row(first.stdout, "failed")).toBe("6")
      expect(first.stderr).toContain("the records API sent no ETag for this contact")
      expect(tenant.state.patches.size).toBe(0)
      const resumed = await cxedge(["anonymize", "--resume", "ne46", "--allow-unconditional", "--yes"], env)
      expect(resumed.code).toBe(0)
      expect(row(resumed.stdout, "unconditional writes")).toBe("6")
      expect([...tenant.state.patches.values()]).toEqual([1, 1, 1, 1, 1, 1])
    } finally {
      tenant.stop()
    }
  }, 120_000)
})

describe("erasure target, a Privacy erasure answered 503", () => {
  test("the warning says the erasure was sent once and not repeated (not 'kept failing'), and --resume sends it", async () => {
    const tenant = serveStandIn(seed(8, { failFirstErasure: true }))
    try {
      const env = envFor(tenant.origin)
      const args = ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--source", "cxone", "--since", "2026-11-01", "--until", "2026-12-01", "--yes", "--concurrency", "1"]
      const first = await cxedge([...args, "--job", "e503"], env)
      expect(first.code).toBe(1)
      expect(first.stderr).toContain("privacy.erasure failed with status 503: the server failed, and this write was not repeated because it may have taken effect; retry later")
      expect(first.stderr).not.toContain("kept failing")
      expect(tenant.state.log.filter((l) => l.path === "/privacy/v1/erasure").length).toBe(8)
      expect(tenant.state.erasures.length).toBe(7)
      const resumed = await cxedge(["anonymize", "--resume", "e503", "--yes"], env)
      expect(resumed.code).toBe(0)
      expect(new Set(tenant.state.erasures.map((e) => e.subjectIdentifier)).size).toBe(8)
      expect(leaked(tenant.state, first.stderr + resumed.stderr + first.stdout + resumed.stdout)).toEqual([])
    } finally {
      tenant.stop()
    }
  }, 120_000)
})

describe("erasure target, contacts/completed paging as the reference allows", () => {
  for (const totals of ["missing", "wrong"] as const) {
    test(`top capped at 7 with no _links and totalRecords ${totals}: every contact in the window is erased, none skipped`, async () => {
      const run = await anonymize({ paging: "skiptop", totals, topCap: 7 }, ["--target", "erasure", "--source", "cxone", "--since", "2026-11-01", "--until", "2026-12-01"])
      expect(run.code).toBe(0)
      expect(row(run.stdout, "processed")).toBe(String(N))
      expect(new Set(run.state.erasures.map((e) => e.subjectIdentifier)).size).toBe(N)
      // Every 4th contact is a chat with 3 messages: content and author name removed for each.
      expect(run.state.removals.length).toBe((N / 4) * 3 * 2)
    }, 120_000)
  }

  test("absolute _links.next, dates with and without milliseconds and with offsets: the window holds every contact once", async () => {
    const run = await anonymize({ paging: "links", totals: "right", topCap: 9, gzip: true }, ["--target", "erasure", "--source", "cxone", "--since", "2026-11-01", "--until", "2026-12-01"])
    expect(run.code).toBe(0)
    expect(row(run.stdout, "succeeded")).toBe(String(N))
    expect(run.state.erasures.length).toBe(N)
    expect(leaked(run.state, run.stdout + run.stderr)).toEqual([])
  }, 120_000)
})

describe("export target, CXone's seven-digit fractions", () => {
  test("contactStartDate with seven fraction digits (as server-time shows them) generalizes to the hour for every contact", async () => {
    const out = `${process.env.TMPDIR ?? "/tmp"}/standin46-export-${process.pid}.jsonl`
    const run = await anonymize({ sevenDigits: true }, ["--matrix", "analytics", "--source", "cxone", "--since", "2026-11-01", "--until", "2026-12-01", "--target", "export", "--out", out])
    expect(run.code).toBe(0)
    const lines = (await Bun.file(out).text()).trim().split("\n").map((l) => JSON.parse(l))
    expect(lines.length).toBe(N)
    for (const line of lines) expect(line.contactStartDate).toMatch(/^2026-11-\d\dT\d\d:00:00\.000Z$/)
    await Bun.file(out).delete()
  }, 120_000)
})
