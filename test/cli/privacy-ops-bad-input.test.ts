import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

// The issue-13 privacy operations tried as someone who makes mistakes: each wrong input is refused
// with one line, exit 2, no stack trace and no value quoted, before anything is written.

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d" }

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let seeded: string[]
let email: string
let phone: string

const files = (d: string): string =>
  existsSync(d) ? readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? files(join(d, e.name)) : readFileSync(join(d, e.name), "utf8"))).join("\n") : ""

/** A fresh working directory (its own fs storage), with a config when one is given. */
function workdir(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-privacy-bad-"))
  if (config !== undefined) writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify(config))
  return dir
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 30 })
  seeded = seededValues(sandbox)
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs", CXEDGE_RPS: "1000" })
  const first = [...sandbox.tenant("acme").data.records.values()][0]!.fields as Record<string, string>
  email = first.email!
  phone = first.phone!
})
afterAll(() => served.stop())

describe("privacy operations refuse wrong input before any write", () => {
  const retention = (policy: Record<string, unknown>) => ({ settings: { retention: { policies: [policy] } } })
  const { olderThan: _, ...noAge } = POLICY
  // [what, args (EMAIL, PHONE and SPACED_PHONE stand for the person's identifiers), config, the refusal]
  const cases: [string, string[], unknown, RegExp][] = [
    ["--by is the person's own email", ["subject", "export", "--email", "EMAIL", "--out", "x.json", "--by", "EMAIL"], undefined, /--by is the person's own email address: name who makes the export/],
    ["--by is the person's own phone, written otherwise", ["subject", "export", "--phone", "SPACED_PHONE", "--out", "x.json", "--by", "PHONE"], undefined, /--by is the person's own phone number/],
    ["settings.subject.by is the person's own email: refused as any email address is, when the configuration loads", ["subject", "export", "--email", "EMAIL", "--out", "x.json"], "SUBJECT_BY", /invalid setting settings\.subject\.by: must name who makes exports, a role or a staff name such as dpo, not an email address/],
    ["--out is a directory, even with --force", ["subject", "export", "--email", "EMAIL", "--out", ".", "--by", "dpo", "--force"], undefined, /\. is a directory: name a file to write/],
    ["a retention policy without olderThan", ["retention", "run", "--dry-run"], retention(noAge), /settings\.retention\.policies\[0\]: olderThan is required: a duration such as 90d/],
    ["olderThan as a number", ["retention", "run", "--dry-run"], retention({ ...POLICY, olderThan: 20 }), /policies\[0\]\.olderThan: must be a string: a duration such as "90d"/],
    ["a source no policy can use, offered only the windowed ones", ["retention", "run", "--dry-run"], retention({ ...POLICY, source: "cxon" }), /source "cxon" is not a source here \(did you mean "cxone"\?\): use cxone$/],
    ["a misspelt policy key", ["retention", "report"], retention({ ...POLICY, olderThen: "20d" }), /unknown key "olderThen" \(did you mean "olderThan"\?\)/],
    ["a cron string that never fires", ["retention", "run", "--dry-run"], retention({ ...POLICY, schedule: "0 0 30 2 *" }), /never fires/],
    ["--at in words", ["retention", "run", "--at", "yesterday", "--dry-run"], retention(POLICY), /--at "yesterday" is not a date/],
    ["--at in the future", ["retention", "run", "--at", "2099-01-01", "--dry-run"], retention(POLICY), /is in the future/],
    ["--until on Feb 30", ["hold", "add", "--contact", "600042000003", "--reason", "LH-1", "--until", "2027-02-30"], undefined, /--until "2027-02-30" is not a calendar date/],
    ["--until without a zone", ["hold", "add", "--contact", "600042000003", "--reason", "LH-1", "--until", "2027-01-01T10:00"], undefined, /has no time zone/],
    ["a reason quoting the person's email", ["hold", "add", "--subject-email", "EMAIL", "--reason", "ask EMAIL"], undefined, /reason quotes an email address/],
    ["jobs approve with --by that is not a name", ["jobs", "approve", "p1", "--by", "a;b"], undefined, /--by names who approves/],
    ["jobs run of an unknown plan", ["jobs", "run", "nope", "--yes"], undefined, /no plan nope in this storage/],
    ["erase with --linked misspelt", ["erase", "--email", "EMAIL", "--linked", "folow", "--dry-run"], undefined, /--linked "folow" is not allowed \(did you mean "follow"\?\): use report or follow/],
  ]
  for (const [what, args, config, refusal] of cases) {
    test(what, async () => {
      const fill = (a: string) => a.replaceAll("EMAIL", email).replaceAll("SPACED_PHONE", phone.replace(/^\+(\d\d)/, "+$1 ")).replaceAll("PHONE", phone)
      const cfg = config === "SUBJECT_BY" ? { settings: { subject: { by: email } } } : config
      const cwd = workdir(cfg)
      const before = sandbox.tenant("acme").erasures.length
      const records = JSON.stringify([...sandbox.tenant("acme").data.records.values()])
      const r = await runCli(args.map(fill), env, { cwd })
      const lines = r.stderr.trim().split("\n").filter((l) => l.startsWith("[cxedge]"))
      expect({ what, code: r.code, lines: lines.length }).toEqual({ what, code: 2, lines: 1 })
      expect(lines[0]).toMatch(refusal)
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at |Error:/)
      expect(findLeaks(r.stdout + r.stderr, seeded)).toEqual([])
      // Nothing half-written: no export file, and nothing of the person in storage.
      expect(existsSync(join(cwd, "x.json"))).toBe(false)
      expect(findLeaks(files(join(cwd, ".cxedge")), seeded)).toEqual([])
      expect(sandbox.tenant("acme").erasures.length).toBe(before)
      expect(JSON.stringify([...sandbox.tenant("acme").data.records.values()])).toBe(records)
    })
  }
})

describe("silent skips are told", () => {
  test("--resume of a plan that has not run names jobs run; a plan of nothing warns", async () => {
    const cwd = workdir()
    const planned = await runCli(["anonymize", "--matrix", "gdpr", "--source", "cxone", "--target", "erasure", "--since", "1m", "--plan", "empty-1"], env, { cwd })
    expect(planned.code).toBe(0)
    expect(planned.stderr).toContain("plan empty-1 has no contacts in scope: its run would write nothing; check --source and the window")
    const resumed = await runCli(["anonymize", "--resume", "empty-1"], env, { cwd })
    expect(resumed.code).toBe(2)
    expect(resumed.stderr.trim()).toBe("[cxedge] [anonymize] empty-1 is a plan that has not run: there is no job to resume; run it with cxedge jobs run empty-1 once it is approved (cxedge jobs show empty-1)")
  })

  test("an erase of an identifier no contact carries says so", async () => {
    const cwd = workdir()
    const r = await runCli(["erase", "--email", "nobody-here@example.com", "--dry-run"], env, { cwd })
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/\[warn\] no contact carries this email address \(records API, and CXone completed contacts since \S+\): the erasure is only its CXone Privacy erasure; check the identifier is spelled right, or widen --since/)
    expect(r.stderr + r.stdout).not.toContain("nobody-here")
    const known = await runCli(["erase", "--email", email, "--dry-run"], env, { cwd })
    expect(known.code).toBe(0)
    expect(known.stderr).not.toContain("no contact carries")
  })
})
