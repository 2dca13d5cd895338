import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Webhook } from "standardwebhooks"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

const INBOUND = `whsec_${Buffer.from("inbound-secret-of-the-consent-side!").toString("base64")}`
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const REASON = "Matter LH-2026-0042 Smith v Acme"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let seeded: string[]

const files = (d: string): string => readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? files(join(d, e.name)) : readFileSync(join(d, e.name), "utf8"))).join("\n")
const records = () => [...sandbox.tenant("acme").data.records.values()]
const holdId = (stdout: string) => /hold (hold_[a-z0-9]+) added/.exec(stdout)?.[1] ?? ""

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 40 })
  seeded = seededValues(sandbox)
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_CONSENT_SECRETS: INBOUND, CXEDGE_STORAGE: "fs", CXEDGE_RPS: "1000" })
})
afterAll(() => served.stop())

describe("cxedge hold", () => {
  test("wrong input is refused with one line and exit 2, before anything is stored", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-hold-bad-"))
    const run = { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }
    const cases: [string[], RegExp][] = [
      [["hold", "add", "--reason", "LH-1"], /say what to hold with one of --subject-email, --subject-phone or --contact/],
      [["hold", "add", "--contact", "1", "--subject-email", "a@b.example", "--reason", "LH-1"], /give only one of/],
      [["hold", "add", "--contact", "1"], /--reason is required/],
      [["hold", "add", "--contact", "1", "--reason", "  "], /--reason is required/],
      [["hold", "add", "--contact", "1", "--reason", "LH-1", "--until", "next friday"], /--until "next friday" is not a date/],
      [["hold", "add", "--contact", "1", "--reason", "LH-1", "--until", "2020-01-01"], /is not in the future/],
      [["hold", "add", "--contact", "1", "--reason", "LH-1", "--until", "2027-02-30"], /is not a calendar date/],
      [["hold", "add", "--subject-email", "not-an-address", "--reason", "LH-1"], /--subject-email is not an email address/],
      [["hold", "add", "--subject-phone", "020 7946 0000", "--reason", "LH-1"], /international form/],
      [["hold", "add", "--contact", "1 2", "--reason", "LH-1"], /--contact is not a contact id/],
      [["hold", "add", "--contact", "1", "--reason", "write to jane@example.com"], /--reason quotes an email address/],
      [["hold", "add", "--contac", "1", "--reason", "LH-1"], /unknown flag --contac \(did you mean --contact\?\)/],
      [["hold", "release"], /say which hold to release/],
      [["hold", "release", "hold_nosuchhold"], /no hold "hold_nosuchhold": see the ids with cxedge hold list/],
    ]
    for (const [args, message] of cases) {
      const r = await runCli(args, run, { cwd: dir })
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(message)
      expect(r.stderr).not.toContain("    at ")
    }
    const list = await runCli(["hold", "list", "--json"], run, { cwd: dir })
    expect(JSON.parse(list.stdout)).toEqual([])
  }, 60_000)

  test("held contacts and subjects are skipped by a job and counted; released, a new job anonymizes them; the audit names holds, never the reason or a value", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-hold-"))
    const state = join(dir, "state")
    const run = { ...env, CXEDGE_STORAGE_DIR: state }
    const all = records()
    const byContact = all[3]!
    const bySubject = all.find((r) => r.id !== byContact.id && (r.fields as any).email !== (byContact.fields as any).email)!
    const email = String((bySubject.fields as any).email)
    const heldIds = new Set(all.filter((r) => r.id === byContact.id || (r.fields as any).email === email).map((r) => r.id))

    const a = await runCli(["hold", "add", "--contact", byContact.id, "--reason", REASON], run, { cwd: dir })
    expect(a.code).toBe(0)
    // The address as a person might type it: normalized before it is tokenized.
    const b = await runCli(["hold", "add", "--subject-email", ` ${email.toUpperCase()} `, "--reason", REASON, "--until", "2099-01-01"], run, { cwd: dir })
    expect(b.code).toBe(0)
    expect(b.stdout).toMatch(/hold hold_[a-z0-9]+ added: email sub_k1_.+…, until 2099-01-01T00:00:00.000Z/)
    const list = await runCli(["hold", "list"], run, { cwd: dir })
    expect(list.stdout).toContain(REASON)
    expect(list.stdout.match(/active/g)).toHaveLength(2)

    const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "held-1", "--yes", "--json"], run, { cwd: dir })
    expect(job.code).toBe(0)
    const summary = JSON.parse(job.stdout)
    expect(summary.held).toBe(heldIds.size)
    expect(summary.succeeded).toBe(all.length - heldIds.size)
    for (const r of records()) expect({ id: r.id, written: r.writes > 0 }).toEqual({ id: r.id, written: !heldIds.has(r.id) })

    // A resume of that job leaves the held contacts alone (the journal says held), even once released.
    const resumed = await runCli(["anonymize", "--resume", "held-1", "--yes"], run, { cwd: dir })
    expect(resumed.stderr + resumed.stdout).toContain("already finished")
    const tail = await runCli(["audit", "export", "--job", "held-1", "--json"], run, { cwd: dir })
    expect(JSON.parse(tail.stdout).outcomes.held).toBe(heldIds.size)

    for (const id of [holdId(a.stdout), holdId(b.stdout)]) {
      const released = await runCli(["hold", "release", id], run, { cwd: dir })
      expect(released.stdout).toContain(`hold ${id} released`)
      const again = await runCli(["hold", "release", id], run, { cwd: dir })
      expect(again.code).toBe(2)
      expect(again.stderr).toMatch(/was already released at .+: nothing to do/)
    }
    const next = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "held-2", "--yes"], run, { cwd: dir })
    expect(next.code).toBe(0)
    expect(next.stdout).toMatch(/held \(legal hold\)\s+0/)
    for (const r of records()) expect({ id: r.id, written: r.writes > 0 }).toEqual({ id: r.id, written: true })

    const verify = await runCli(["audit", "verify"], run, { cwd: dir })
    expect(verify.code).toBe(0)
    const auditText = files(join(state, "audit"))
    expect(auditText).toContain(holdId(a.stdout))
    expect(auditText).toContain('"contact.held"')
    expect(auditText).toContain('"hold.released"')
    expect(auditText).not.toContain("LH-2026-0042")
    const outputs = [a, b, job, resumed, tail, next, verify].flatMap((r) => [r.stdout, r.stderr]).join("\n")
    expect(findLeaks([outputs, files(state)].join("\n"), seeded)).toEqual([])
  }, 90_000)

  test("an erasure request for a held subject writes nothing, and the audit trail says why by hold id; released, it is erased", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-hold-erasure-"))
    const state = join(dir, "state")
    const run = { ...env, CXEDGE_STORAGE_DIR: state }
    const email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
    const erased = () => sandbox.tenant("acme").erasures.filter((e) => e.subjectIdentifier === email.toLowerCase()).length
    const before = erased()
    const added = await runCli(["hold", "add", "--subject-email", email, "--reason", REASON], run, { cwd: dir })
    const id = holdId(added.stdout)
    expect(id).not.toBe("")

    const receive = async (webhookId: string) => {
      const body = JSON.stringify({ type: "erasure.requested", data: { subject: email } })
      writeFileSync(join(dir, `${webhookId}.json`), body)
      const at = Math.floor(Date.now() / 1000)
      const sig = new Webhook(INBOUND).sign(webhookId, new Date(at * 1000), body)
      return runCli(["webhooks", "receive", `${webhookId}.json`, "--id", webhookId, "--timestamp", String(at), "--signature", sig], run, { cwd: dir })
    }
    // cxedge erase names the hold, on a dry run too, which counted one Privacy erasure to send (a review, stop 66).
    const dry = await runCli(["erase", "--email", email.toUpperCase(), "--dry-run"], run, { cwd: dir })
    expect(dry.stderr).toContain(`this subject is under legal hold (${id}): nothing would be erased until the hold is released (cxedge hold release ${id})`)
    // Held as the run holds them: each of the subject's contacts and its subject record.
    const own = sandbox.tenant("acme").data.completed.filter((c) => c.fromAddress.toLowerCase() === email.toLowerCase()).length
    expect(dry.stdout).toContain(`dry run: 0 contact(s) and 0 Privacy erasure(s) would be sent, ${own + 1} held (legal hold); nothing is written`)
    expect(dry.stdout + dry.stderr).not.toContain(email)
    const held = await receive("req_held_1")
    expect(held.code).toBe(0)
    expect(held.stdout).toContain(`held: subject under legal hold ${id}; nothing was queued or written`)
    expect(erased()).toBe(before)

    // An erasure job over the tenant's contacts skips the subject's contacts too.
    const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--source", "cxone", "--target", "erasure", "--since", "30d", "--job", "erase-all", "--yes", "--json"], run, { cwd: dir })
    expect(job.code).toBe(0)
    const contacts = sandbox.tenant("acme").data.completed.filter((c) => c.fromAddress.toLowerCase() === email.toLowerCase()).length
    expect(JSON.parse(job.stdout).held).toBe(contacts)
    expect(erased()).toBe(before)

    const tail = await runCli(["audit", "tail", "-n", "200", "--json"], run, { cwd: dir })
    const lines = JSON.parse(tail.stdout) as { action: string; outcome: string; hold: string }[]
    expect(lines.find((r) => r.action === "erasure.requested")).toMatchObject({ outcome: "held", hold: id })
    expect(lines.filter((r) => r.action === "contact.held" && r.hold === id)).toHaveLength(contacts)
    const text = await runCli(["audit", "tail", "-n", "200"], run, { cwd: dir })
    expect(text.stdout).toMatch(new RegExp(`erasure\\.requested\\s+held\\s.*${id}`))
    expect((await runCli(["audit", "verify"], run, { cwd: dir })).code).toBe(0)

    await runCli(["hold", "release", id], run, { cwd: dir })
    const after = await receive("req_after_release")
    expect(after.stdout).toMatch(/accepted: erasure job erasure_[0-9a-f]{20} \(done\)/)
    expect(erased()).toBe(before + 1)
    const everything = [added, held, job, tail, after].flatMap((r) => [r.stdout, r.stderr]).join("\n")
    expect(everything).not.toContain(email.toLowerCase())
    expect(findLeaks([everything, files(state)].join("\n"), seeded)).toEqual([])
    expect(files(join(state, "audit"))).not.toContain("LH-2026-0042")
  }, 90_000)
})
