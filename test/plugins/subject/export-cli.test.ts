import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../../helpers.ts"
import { findLeaks, seededValues } from "../anonymize/setup.ts"

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let dir: string
let seeded: string[]
const outputs: string[] = []

/** Every file under a directory, read as text. */
const readTree = (root: string): string =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), "utf8")).join("\n")

/** A person whose email is on two records with different phones, and one of those phones on a digital contact. */
function linkedPerson() {
  const t = sandbox.tenant("acme")
  const byEmail = new Map<string, { id: string; phone: string }[]>()
  for (const r of t.data.records.values()) {
    const f = r.fields as { email: string; phone: string }
    byEmail.set(f.email, [...(byEmail.get(f.email) ?? []), { id: r.id, phone: f.phone }])
  }
  for (const [email, records] of byEmail) {
    const phones = new Set(records.map((r) => r.phone))
    const digital = t.data.completed.filter((c) => phones.has(c.fromAddress) && c.mediaTypeName === "Chat")
    if (phones.size >= 2 && digital.length) return { email, phones: [...phones], records, digital }
  }
  throw new Error("the sandbox seeded no returning customer with a chat")
}

const run = async (args: string[]) => {
  const result = await runCli(["subject", "export", ...args], { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }, { cwd: dir })
  outputs.push(result.stdout, result.stderr)
  return result
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 200, faults: { returningCustomers: 0.3 } })
  seeded = seededValues(sandbox)
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-subject-"))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs" })
})
afterAll(() => served.stop())

describe("cxedge subject export", () => {
  test("wrong values are refused before any call, one line, exit 2, the value never repeated", async () => {
    const before = sandbox.tenant("acme").stats.requests
    writeFileSync(join(dir, "taken.json"), "{}")
    const cases: [string[], RegExp][] = [
      [["--email", "ada@example.com", "--phone", "+442079460018", "--out", "a.json", "--by", "dpo"], /--email or --phone, not both/],
      [["--out", "a.json", "--by", "dpo"], /no subject: pass --email ADDRESS or --phone \+NUMBER/],
      [["--email", "ada.at.example.com", "--out", "a.json", "--by", "dpo"], /--email is not an email address/],
      [["--phone", "02079460018", "--out", "a.json", "--by", "dpo"], /--phone is not a phone number in international form/],
      [["--email", "ada@example.com", "--by", "dpo"], /--out is missing/],
      [["--email", "ada@example.com", "--out", "no/such/dir/a.json", "--by", "dpo"], /no\/such\/dir/],
      [["--email", "ada@example.com", "--out", "taken.json", "--by", "dpo"], /taken.json exists: choose another --out, or pass --force/],
      [["--email", "ada@example.com", "--out", "a.json", "--linked", "folow", "--by", "dpo"], /--linked "folow" is not allowed \(did you mean "follow"\?\): use report or follow/],
      [["--email", "ada@example.com", "--out", "a.json"], /pass --by NAME, or set settings.subject.by/],
      [["--email", "ada@example.com", "--out", "a.json", "--by", "the dpo"], /--by must be 1 to 64/],
      [["--emial", "ada@example.com", "--out", "a.json", "--by", "dpo"], /emial/],
    ]
    for (const [args, message] of cases) {
      const r = await run(args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(message)
      expect(r.stderr).not.toContain("ada.at.example.com")
      expect(r.stderr).not.toContain("at ")
    }
    expect(existsSync(join(dir, "a.json"))).toBe(false)
    expect(readFileSync(join(dir, "taken.json"), "utf8")).toBe("{}")
    expect(sandbox.tenant("acme").stats.requests).toBe(before)
  }, 120_000)

  test("report (the default) lists the linked phones masked and exports only the email's contacts; follow adds theirs", async () => {
    const person = linkedPerson()
    const report = await run(["--email", person.email, "--out", "report.json", "--by", "dpo"])
    expect(report.code).toBe(0)
    expect(report.stdout).toContain(`linked         ${person.phones.length} identifiers, --linked report`)
    expect(report.stdout).toContain("(reported only)")
    expect(report.stdout).toContain(`records API    ${person.records.length} contacts`)
    expect(statSync(join(dir, "report.json")).mode & 0o777).toBe(0o600)
    const doc = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"))
    expect(doc.subject).toEqual({ type: "EMAIL", value: person.email })
    expect(doc.identifiers.filter((i: any) => i.via === "linked").map((i: any) => i.value).sort()).toEqual([...person.phones].sort())
    expect(doc.records.map((r: any) => r.id).sort()).toEqual(person.records.map((r) => r.id).sort())
    // The phones' own contacts (the chats) are left out until the operator follows them.
    expect(doc.completedContacts.every((c: any) => c.fromAddress === person.email)).toBe(true)
    expect(doc.messages.filter((m: any) => person.digital.some((c) => c.contactId === m.contactId))).toEqual([])

    const follow = await run(["--email", person.email, "--out", "report.json", "--force", "--linked", "follow", "--by", "dpo"])
    expect(follow.code).toBe(0)
    expect(follow.stdout).toContain("(followed: its contacts are included)")
    const full = JSON.parse(readFileSync(join(dir, "report.json"), "utf8"))
    const chats = new Set(person.digital.map((c) => c.contactId))
    expect(full.completedContacts.map((c: any) => String(c.contactId))).toEqual(expect.arrayContaining([...chats]))
    const expected = [...sandbox.tenant("acme").data.messages.values()].filter((m) => chats.has(m.contactNumber))
    const exported = full.messages.filter((m: any) => chats.has(m.contactId))
    expect(exported.map((m: any) => m.text).sort()).toEqual(expected.map((m) => m.content).sort())
    expect(follow.stdout).toMatch(new RegExp(`DFO messages   ${full.messages.length} messages? of`))
    expect(statSync(join(dir, "report.json")).mode & 0o777).toBe(0o600)
  }, 120_000)

  test("the audit records each export (token, counts, who) and no seeded value is anywhere but the export files", async () => {
    const state = readTree(join(dir, "state"))
    const audits = state.split("\n").filter((l) => l.includes('"subject.export"'))
    expect(audits.length).toBeGreaterThanOrEqual(2)
    expect(state).toMatch(/"subject":"sub_k1_[\w-]{22}"/)
    expect(state).toContain('"by":"dpo"')
    expect(findLeaks(outputs.join("\n"), seeded)).toEqual([])
    expect(findLeaks(state, seeded)).toEqual([])
    // The export file is the one place values appear: the scan would find them there.
    expect(findLeaks(readFileSync(join(dir, "report.json"), "utf8"), seeded).length).toBeGreaterThan(0)
  })
})
