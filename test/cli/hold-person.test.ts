import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Webhook } from "standardwebhooks"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

// A contact held by id must not be erased through another contact of the same person:
// CXone's Privacy erasure of a subject reaches every contact of theirs.

const INBOUND = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let seeded: string[]
let email: string
let phone: string
let heldId: string
let otherId: string

const files = (d: string): string => readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? files(join(d, e.name)) : readFileSync(join(d, e.name), "utf8"))).join("\n")
const data = () => sandbox.tenant("acme").data
const erasuresOf = (value: string) => sandbox.tenant("acme").erasures.filter((e) => e.subjectIdentifier === value).length
const holdIdOf = (stdout: string) => /hold (hold_[a-z0-9]+) added/.exec(stdout)?.[1] ?? ""

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 30 })
  // Contact A (held by id) and contact B, a later email contact of the same person (the same address).
  const byEmail = data().completed.filter((c) => c.fromAddress.includes("@"))
  const a = byEmail[0]!
  const b = byEmail[1]!
  heldId = a.contactId
  otherId = b.contactId
  email = a.fromAddress
  phone = String((data().records.get(heldId)!.fields as Record<string, unknown>).phone)
  b.fromAddress = email
  ;(data().records.get(otherId)!.fields as Record<string, unknown>).email = email
  seeded = seededValues(sandbox)
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_CONSENT_SECRETS: INBOUND, CXEDGE_STORAGE: "fs", CXEDGE_RPS: "1000" })
})
afterAll(() => served.stop())

describe("a contact hold holds its person", () => {
  test("a contact the tenant does not know is refused, and nothing is held", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-hold-person-bad-"))
    const run = { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }
    const r = await runCli(["hold", "add", "--contact", "999000111", "--reason", "LH-7"], run, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/contact "999000111" was not found on the tenant \(records API or ACD\): check the id; nothing was held/)
    expect(r.stderr).not.toContain("    at ")
    expect(JSON.parse((await runCli(["hold", "list", "--json"], run, { cwd: dir })).stdout)).toEqual([])
  }, 30_000)

  test("held by id: an erasure job over another contact of the same person sends nothing for them, counts it held, and the audit names the hold", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-hold-person-"))
    const state = join(dir, "state")
    const run = { ...env, CXEDGE_STORAGE_DIR: state }
    const added = await runCli(["hold", "add", "--contact", heldId, "--reason", "LH-2026-0042"], run, { cwd: dir })
    expect(added.code).toBe(0)
    expect(added.stdout).toContain(`: contact ${heldId} + 2 subjects (email, phone), until released`)
    const id = holdIdOf(added.stdout)

    // Every contact carrying the person's address or number is held, not only the one held by id.
    const person = data().completed.filter((c) => [email, phone].includes(c.fromAddress)).map((c) => c.contactId)
    expect(person).toEqual(expect.arrayContaining([heldId, otherId]))
    const before = sandbox.tenant("acme").erasures.length
    const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--source", "cxone", "--target", "erasure", "--since", "30d", "--job", "erase-1", "--yes", "--json"], run, { cwd: dir })
    expect(job.code).toBe(0)
    const summary = JSON.parse(job.stdout)
    expect(summary.held).toBe(person.length)
    expect(summary.succeeded).toBe(data().completed.length - person.length)
    expect(sandbox.tenant("acme").erasures.length).toBeGreaterThan(before)
    expect([erasuresOf(email.toLowerCase()), erasuresOf(phone)]).toEqual([0, 0])

    // An inbound erasure request for the person's address is held by the same hold.
    const body = JSON.stringify({ type: "erasure.requested", data: { subject: email } })
    writeFileSync(join(dir, "req.json"), body)
    const at = Math.floor(Date.now() / 1000)
    const sig = new Webhook(INBOUND).sign("req_person_1", new Date(at * 1000), body)
    const inbound = await runCli(["webhooks", "receive", "req.json", "--id", "req_person_1", "--timestamp", String(at), "--signature", sig], run, { cwd: dir })
    expect(inbound.stdout).toContain(`held: subject under legal hold ${id}; nothing was queued or written`)
    expect(erasuresOf(email.toLowerCase())).toBe(0)

    const tail = JSON.parse((await runCli(["audit", "tail", "-n", "300", "--json"], run, { cwd: dir })).stdout) as { action: string; contact?: string; hold?: string; outcome: string }[]
    expect(tail.find((r) => r.action === "contact.held" && r.contact === otherId)).toMatchObject({ outcome: "held", hold: id })
    expect(tail.find((r) => r.action === "erasure.requested")).toMatchObject({ outcome: "held", hold: id })

    // Released, a new job erases the person.
    await runCli(["hold", "release", id], run, { cwd: dir })
    const next = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--source", "cxone", "--target", "erasure", "--since", "30d", "--job", "erase-2", "--yes", "--json"], run, { cwd: dir })
    expect(JSON.parse(next.stdout).held).toBe(0)
    expect(erasuresOf(email.toLowerCase())).toBe(1)

    const outputs = [added, job, inbound, next].flatMap((r) => [r.stdout, r.stderr]).join("\n")
    const list = await runCli(["hold", "list"], run, { cwd: dir })
    expect(findLeaks([outputs, list.stdout, files(state)].join("\n"), seeded)).toEqual([])
    expect(files(join(state, "audit"))).not.toContain("LH-2026-0042")
  }, 90_000)

  test("a dry run says how many contacts would be held; cxedge jobs shows a held column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-hold-dry-"))
    const run = { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }
    const dry0 = JSON.parse((await runCli(["anonymize", "--matrix", "gdpr", "--dry-run", "--json"], run, { cwd: dir })).stdout)
    expect(dry0.held).toBe(0)
    const added = await runCli(["hold", "add", "--contact", heldId, "--reason", "LH-5"], run, { cwd: dir })
    expect(added.code).toBe(0)
    // The records API contacts of the person: the one held by id and the later one with the same address.
    const person = [...data().records.values()].filter((r) => {
      const f = r.fields as Record<string, unknown>
      return f.email === email || f.phone === phone
    }).length
    expect(person).toBeGreaterThanOrEqual(2)
    const dry = await runCli(["anonymize", "--matrix", "gdpr", "--dry-run", "--json"], run, { cwd: dir })
    const report = JSON.parse(dry.stdout)
    expect([report.records, report.held]).toEqual([data().records.size, person])
    const text = await runCli(["anonymize", "--matrix", "gdpr", "--dry-run"], run, { cwd: dir })
    expect(text.stdout).toMatch(new RegExp(`held \\(legal hold\\)\\s+${person}\\b`))
    expect([...data().records.values()].filter((r) => r.writes > 0)).toEqual([])

    const job = await runCli(["anonymize", "--matrix", "gdpr", "--job", "held-col", "--yes", "--json"], run, { cwd: dir })
    expect(JSON.parse(job.stdout).held).toBe(person)
    const jobs = await runCli(["jobs"], run, { cwd: dir })
    const [header, , row] = jobs.stdout.split("\n")
    const cells = (line: string) => line.trim().split(/\s{2,}/)
    expect(cells(row!)[cells(header!).indexOf("held")]).toBe(String(person))
    expect(JSON.parse((await runCli(["jobs", "--json"], run, { cwd: dir })).stdout)[0].totals.held).toBe(person)
    expect(findLeaks([dry.stdout, text.stdout, text.stderr, jobs.stdout].join("\n"), seeded)).toEqual([])
  }, 90_000)
})
