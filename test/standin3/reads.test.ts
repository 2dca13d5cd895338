import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { leaked } from "./pii.ts"
import { cxedge, envFor } from "./run.ts"
import { serveStandIn } from "./server.ts"
import { KEYS, seed, type Faults } from "./tenant.ts"

// The read-only commands (pii scan, subject export, tenant) against the stand-in: counts a user sees, no PII, clear errors.

const N = 40
const WINDOW = ["--since", "2026-11-01", "--until", "2026-12-01"]

async function run(faults: Faults, args: string[]) {
  const tenant = serveStandIn(seed(N, faults))
  try {
    return { ...(await cxedge(args, envFor(tenant.origin))), state: tenant.state }
  } finally {
    tenant.stop()
  }
}

describe("pii scan against the stand-in", () => {
  test("--source cxone with top capped, no links and no totalRecords, behind 429s with no Retry-After and gzip: all 40 contacts scanned", async () => {
    const r = await run({ paging: "skiptop", totals: "missing", topCap: 7, throttleEvery: 3, retryAfter: "none", gzip: true }, ["pii", "scan", "--source", "cxone", ...WINDOW])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain(`${N} records scanned`)
    expect(leaked(r.state, r.stdout + r.stderr)).toEqual([])
  }, 120_000)

  test("--source messages with --since/--until, through HTML 503s: every chat message (10 chats x 3) scanned, none printed", async () => {
    const r = await run({ htmlEvery: 4, paging: "links", totals: "wrong", topCap: 9 }, ["pii", "scan", "--source", "messages", ...WINDOW])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain("30 records scanned")
    expect(leaked(r.state, r.stdout + r.stderr)).toEqual([])
  }, 120_000)


  test("--source messages with a chat whose DFO case is gone (404): the scan counts the rest, names the contact, exits 1, and points at running it again, not at a --resume it does not have", async () => {
    const r = await run({ dfoGone: "600046000004" }, ["pii", "scan", "--source", "messages", ...WINDOW])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain("27 records scanned")
    expect(r.stderr).toContain("DFO contact 600046000004: its message history could not be read (dfo.history failed with status 404")
    expect(r.stderr).toContain("pii scan: run the scan again")
    expect(r.stderr).not.toContain(": --resume reads it again")
    expect(leaked(r.state, r.stdout + r.stderr)).toEqual([])
  }, 120_000)
})

describe("subject export and tenant commands", () => {
  test("subject export --email finds the person's record and completed chat, with top capped and totals wrong; stdout masks the address", async () => {
    const state = seed(N)
    const email = state.records.get("600046000004")!.data.email as string
    // Contact 4 is a chat (every 4th): its record, its completed contact and its three DFO messages.
    const out = join(mkdtempSync(join(tmpdir(), "standin46-")), "subject.json")
    const r = await run({ paging: "skiptop", totals: "wrong", topCap: 3 }, ["subject", "export", "--email", email, "--out", out, "--by", "dpo"])
    expect(r.code).toBe(0)
    const text = readFileSync(out, "utf8")
    expect(text).toContain('"records:600046000004"')
    expect(text).toContain('"acd:600046000004"')
    expect(r.stdout).toMatch(/ACD completed\s+1 contact/)
    expect(r.stdout).toMatch(/DFO messages\s+3 messages of 1 digital contact/)
    expect(r.stdout + r.stderr).not.toContain(email)
  }, 120_000)

  test("a tenant that ignores skip stops subject export with a clear error and no file, not a lookup read forever", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "standin46-")), "subject.json")
    // With no totalRecords said: a repeated page could hide more contacts (with one said, and as many read, the
    // listing is complete: test/core/pages-end.test.ts).
    const r = await run({ ignoreSkip: true, totals: "missing" }, ["subject", "export", "--email", "ana.okafor0@example.org", "--out", out, "--by", "dpo"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("paging does not advance")
    expect(r.stderr).not.toContain("    at ")
    expect(r.stderr).not.toContain("ana.okafor0@example.org")
    expect(await Bun.file(out).exists()).toBe(false)
    expect(r.state.log.filter((l) => l.path.includes("contacts/completed")).length).toBeLessThan(5)
  }, 60_000)

  test("a tenant that ignores skip but says how many it holds, all on its first page: the export completes, each contact once", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "standin46-")), "subject.json")
    const r = await run({ ignoreSkip: true }, ["subject", "export", "--email", "ana.okafor0@example.org", "--out", out, "--by", "dpo"])
    expect(r.code).toBe(0)
    expect(r.stderr).not.toContain("paging does not advance")
    expect(r.stdout + r.stderr).not.toContain("ana.okafor0@example.org")
    expect(r.state.log.filter((l) => l.path.includes("contacts/completed")).length).toBeLessThan(5)
  }, 60_000)

  test("tenant discover and whoami through a slow token endpoint never print the token or the key", async () => {
    for (const sub of ["discover", "whoami"]) {
      const r = await run({ tokenDelayMs: 1500 }, ["tenant", sub])
      expect(r.code).toBe(0)
      expect(r.stdout).toContain("11eb660f-4c6d-34a0-8733-0242ac110046")
      expect(r.stdout + r.stderr).not.toMatch(/eyJ[\w-]+\.[\w-]+/)
      expect(r.stdout + r.stderr).not.toContain(KEYS.accessKeySecret)
    }
  }, 120_000)
})
