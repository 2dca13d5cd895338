import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../../helpers.ts"
import { findLeaks, seededValues } from "./setup.ts"

// `cxedge erase`: an erasure request resolves the subject's linked identifiers first (records API + ACD
// completed contacts); report (the default) erases only the identifier given and lists the others masked;
// follow erases theirs too. Holds still apply to every contact and subject.

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let dir: string
let seeded: string[]
const outputs: string[] = []

const readTree = (root: string): string =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), "utf8")).join("\n")

/** Returning customers: an email on records with at least two different phones, each phone with ACD contacts of its own. */
function linkedPeople() {
  const t = sandbox.tenant("acme")
  const byEmail = new Map<string, Set<string>>()
  for (const r of t.data.records.values()) {
    const f = r.fields as { email: string; phone: string }
    byEmail.set(f.email, (byEmail.get(f.email) ?? new Set()).add(f.phone))
  }
  const people = [...byEmail].filter(([, phones]) => phones.size >= 2 && [...phones].every((p) => t.data.completed.some((c) => c.fromAddress === p)))
  if (people.length < 2) throw new Error("the sandbox seeded too few returning customers")
  return people.map(([email, phones]) => ({ email, phones: [...phones] }))
}

const erasedIdentifiers = () => new Set(sandbox.tenant("acme").erasures.map((e) => e.subjectIdentifier))

const run = async (command: string, args: string[]) => {
  const result = await runCli([command, ...args], { ...env, CXEDGE_STORAGE_DIR: join(dir, "state") }, { cwd: dir })
  outputs.push(result.stdout, result.stderr)
  return result
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 200, faults: { returningCustomers: 0.3 } })
  seeded = seededValues(sandbox)
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-erase-"))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs" })
})
afterAll(() => served.stop())

describe("cxedge erase: identity resolution first", () => {
  test("wrong values are refused before any call, one line, exit 2, the value never repeated", async () => {
    const before = sandbox.tenant("acme").stats.requests
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ settings: { anonymize: { erasure: { linked: "always" } } } }))
    writeFileSync(join(dir, "bad2.json"), JSON.stringify({ settings: { anonymize: { erasure: { maxIdentifiers: 0 } } } }))
    writeFileSync(join(dir, "bad3.json"), JSON.stringify({ settings: { anonymize: { erasure: { linkd: "follow" } } } }))
    const cases: [string[], RegExp][] = [
      [["--email", "ada@example.com", "--linked", "foo"], /--linked "foo" is not allowed: use report or follow/],
      [["--linked", "follow"], /no subject: pass --email ADDRESS or --phone \+NUMBER \(--linked says what/],
      [["--email", "ada@example.com", "--phone", "+442079460018"], /--email or --phone, not both/],
      [["--email", "ada.at.example.com"], /--email is not an email address/],
      [["--phone", "02079460018"], /--phone is not a phone number in international form/],
      [["--email", "ada@example.com", "--since", "last tuesday"], /--since/],
      [["--email", "ada@example.com", "--job", "../x"], /--job "..\/x" is not a job name/],
      [["--emial", "ada@example.com"], /emial/],
      [["--email", "ada@example.com", "--config", "bad.json"], /settings\.anonymize\.erasure\.linked: must be report or follow/],
      [["--email", "ada@example.com", "--config", "bad2.json"], /settings\.anonymize\.erasure\.maxIdentifiers/],
      [["--email", "ada@example.com", "--config", "bad3.json"], /settings\.anonymize\.erasure.*use linked, maxDepth or maxIdentifiers/],
    ]
    for (const [args, message] of cases) {
      const r = await run("erase", args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(message)
      expect(r.stderr.trim().split("\n").filter((l) => !l.startsWith("ℹ")).length).toBe(1)
      expect(r.stderr).not.toContain("ada.at.example.com")
      expect(r.stderr).not.toContain("02079460018")
    }
    expect(sandbox.tenant("acme").stats.requests).toBe(before)
  }, 120_000)

  test("report (the default) erases only the email and lists the linked phones masked; a dry run writes nothing", async () => {
    const [person] = linkedPeople()
    const dry = await run("erase", ["--email", person!.email, "--dry-run"])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain("nothing is written")
    expect(erasedIdentifiers().size).toBe(0)

    const unconfirmed = await run("erase", ["--email", person!.email, "--job", "report-0"])
    expect(unconfirmed.code).not.toBe(0)
    expect(unconfirmed.stderr).toContain("re-run with --yes")
    expect(erasedIdentifiers().size).toBe(0)

    const report = await run("erase", ["--email", person!.email, "--job", "report-1", "--yes"])
    expect(report.code).toBe(0)
    expect(report.stdout).toMatch(/linked +\d+ identifiers \(0 erased too\), --linked report/)
    expect(report.stdout).toContain("reported only: not erased")
    expect(report.stdout).toMatch(/phone \+\d{1,3}•+\d\d \(reported only/)
    expect(report.stdout).toContain("--linked follow")
    const erased = erasedIdentifiers()
    expect(erased.has(person!.email)).toBe(true)
    for (const phone of person!.phones) expect(erased.has(phone)).toBe(false)
  }, 120_000)

  test("follow erases the linked phones too, each with its own Privacy erasure", async () => {
    const [, person] = linkedPeople()
    const follow = await run("erase", ["--email", person!.email, "--linked", "follow", "--job", "follow-1", "--yes"])
    expect(follow.code).toBe(0)
    expect(follow.stdout).toContain("followed: its contacts and subject record are erased")
    const erased = erasedIdentifiers()
    expect(erased.has(person!.email)).toBe(true)
    for (const phone of person!.phones) expect(erased.has(phone)).toBe(true)
  }, 120_000)

  test("a held linked phone is not erased under follow: its contacts and subject record are counted held", async () => {
    const people = linkedPeople()
    const person = people[2] ?? people[0]!
    const held = person.phones[0]!
    const hold = await run("hold", ["add", "--subject-phone", held, "--reason", "litigation"])
    expect(hold.code).toBe(0)
    const holdId = /hold (hold_[a-z0-9]+) added/.exec(hold.stdout)![1]!
    // The dry run asks the hold of every contact and subject record the run would write, linked ones included.
    const dry = await run("erase", ["--email", person.email, "--linked", "follow", "--dry-run"])
    expect(dry.code).toBe(0)
    const said = /dry run: (\d+) contact\(s\) and (\d+) Privacy erasure\(s\) would be sent, (\d+) held \(legal hold\); nothing is written/.exec(dry.stdout)
    expect(said).not.toBeNull()
    expect(dry.stderr).toContain(`legal hold ${holdId} holds`)
    expect(dry.stderr).toContain(`cxedge hold release ${holdId}`)
    const json = JSON.parse((await run("erase", ["--email", person.email, "--linked", "follow", "--dry-run", "--json"])).stdout)
    expect(json).toMatchObject({ contacts: Number(said![1]), erasures: Number(said![2]), held: Number(said![3]) })
    const before = sandbox.tenant("acme").erasures.length
    const follow = await run("erase", ["--email", person.email, "--linked", "follow", "--job", "held-1", "--yes"])
    expect(follow.stdout + follow.stderr).toMatch(/held/)
    const after = sandbox.tenant("acme").erasures.slice(before).map((e) => e.subjectIdentifier)
    expect(after).not.toContain(held)
    expect(after.length).toBeGreaterThan(0)
    // What the dry run said is what the run did: as many held, as many Privacy erasures sent.
    expect(Number(/held \(legal hold\)\s+(\d+)/.exec(follow.stdout)?.[1])).toBe(Number(said![3]))
    expect(after.length).toBe(Number(said![2]))
  }, 120_000)

  test("the audit lists the linked identifiers as tokens; no seeded value in any output, the journal, audit or storage", async () => {
    const state = readTree(join(dir, "state"))
    const resolved = state.split("\n").filter((l) => l.includes('"subject.resolved"'))
    expect(resolved.length).toBeGreaterThanOrEqual(3)
    expect(resolved.join("\n")).toMatch(/"linked":\[\{"subject":"sub_k1_[\w-]{22}","subjectType":"PHONENO","followed":false/)
    expect(resolved.join("\n")).toMatch(/"followed":true/)
    expect(findLeaks(outputs.join("\n"), seeded)).toEqual([])
    expect(findLeaks(state, seeded)).toEqual([])
  })
})
