import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { gatherExport } from "../../../plugins/subject/export.ts"
import type { SubjectSettings } from "../../../plugins/subject/settings.ts"
import { runCli, sandboxEnv, serveSandbox } from "../../helpers.ts"
import { anonymizeSetup } from "../anonymize/setup.ts"

// What a reviewer found a user could get wrong with `subject export` against a configured tenant: who handles the
// request given as personal data, an identifier no contact carries, and no key ring to write the subject's token with.

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>

/** Every file under a directory, read as text ("" when there is none). */
const readTree = (root: string): string =>
  existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), "utf8")).join("\n") : ""

/** A person whose email is on records carrying another phone: that phone is found only as a linked identifier. */
function linkedPerson(from = sandbox) {
  const byEmail = new Map<string, Set<string>>()
  for (const r of from.tenant("acme").data.records.values()) {
    const f = r.fields as { email: string; phone: string }
    byEmail.set(f.email, (byEmail.get(f.email) ?? new Set()).add(f.phone))
  }
  for (const [email, phones] of byEmail) if (phones.size >= 2) return { email, phones: [...phones] }
  throw new Error("the sandbox seeded no returning customer")
}

/** Runs `subject export` in a fresh directory (its own fs storage, a config when given). */
async function exportIn(args: string[], options: { env?: Record<string, string>; config?: unknown } = {}) {
  const cwd = mkdtempSync(join(tmpdir(), "cxedge-subject-refusal-"))
  if (options.config !== undefined) writeFileSync(join(cwd, "cxedge.config.json"), JSON.stringify(options.config))
  const requests = sandbox.tenant("acme").stats.requests
  const r = await runCli(["subject", "export", ...args], { ...(options.env ?? env), CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(cwd, "state") }, { cwd })
  return { ...r, cwd, calls: sandbox.tenant("acme").stats.requests - requests, state: readTree(join(cwd, "state")) }
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 200, faults: { returningCustomers: 0.3 } })
  served = serveSandbox(sandbox)
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY })
})
afterAll(() => served.stop())

describe("subject export --by names who handles the request, never anyone's personal data", () => {
  test("the person's own phone, found only as a linked identifier, is refused before any call (was: audited as by)", async () => {
    const person = linkedPerson()
    for (const phone of person.phones) {
      const r = await exportIn(["--email", person.email, "--out", "x.json", "--by", phone])
      expect({ code: r.code, calls: r.calls, written: existsSync(join(r.cwd, "x.json")) }).toEqual({ code: 2, calls: 0, written: false })
      expect(r.stderr).toMatch(/^\[cxedge\] \[subject\] --by /)
      expect(r.stderr + r.stdout + r.state).not.toContain(phone)
      expect(r.stderr).not.toContain(phone.slice(3))
    }
  }, 120_000)

  test("anything that looks like personal data is refused, in any format, the value never repeated", async () => {
    const person = linkedPerson()
    const cases: [string, RegExp][] = [
      ["dpo@example.com", /--by looks like an email address/],
      ["447874647590", /--by looks like a phone or card number/],
      ["07874647590", /--by looks like a phone number|--by looks like a phone or card number/],
      ["+44-7874-647590", /--by looks like a phone number|--by looks like a phone or card number/],
      ["dpo+447874647590", /--by looks like a phone number|--by looks like a phone or card number/],
      ["4111111111111111", /--by looks like a card number|--by looks like a phone or card number/],
    ]
    for (const [by, refusal] of cases) {
      const r = await exportIn(["--email", person.email, "--out", "x.json", "--by", by])
      expect({ by, code: r.code, calls: r.calls, written: existsSync(join(r.cwd, "x.json")) }).toEqual({ by, code: 2, calls: 0, written: false })
      expect(r.stderr).toMatch(refusal)
      expect(r.stderr).toContain("name who handles the request")
      expect(r.stderr + r.stdout + r.state).not.toContain(by)
    }
  }, 120_000)

  test("the pii plugin's analyzer is asked too: a settings.pii.deny value in --by is refused", async () => {
    const person = linkedPerson()
    const r = await exportIn(["--email", person.email, "--out", "x.json", "--by", "bluebird.ops"], { config: { settings: { pii: { deny: ["bluebird"] } } } })
    expect({ code: r.code, calls: r.calls, written: existsSync(join(r.cwd, "x.json")) }).toEqual({ code: 2, calls: 0, written: false })
    expect(r.stderr).toMatch(/--by looks like personal data \(DENY\)/)
    expect(r.stderr).not.toContain("bluebird")
  }, 120_000)

  test("settings.subject.by that is an email address is refused at load, naming the key", async () => {
    const person = linkedPerson()
    const r = await exportIn(["--email", person.email, "--out", "x.json"], { config: { settings: { subject: { by: "dpo@example.com" } } } })
    expect({ code: r.code, calls: r.calls }).toEqual({ code: 2, calls: 0 })
    expect(r.stderr).toMatch(/settings\.subject\.by/)
    expect(r.stderr).not.toContain("dpo@example.com")
  }, 120_000)

  test("a role or a staff name is taken and audited as given", async () => {
    const person = linkedPerson()
    for (const by of ["dpo", "j.smith", "privacy-team_2"]) {
      const r = await exportIn(["--email", person.email, "--out", "x.json", "--by", by])
      expect({ by, code: r.code, stderr: r.stderr }).toEqual({ by, code: 0, stderr: "" })
      expect(r.state).toContain(`"by":"${by}"`)
    }
  }, 120_000)
})

describe("subject export of an identifier no contact carries", () => {
  test("warns to check the spelling, naming the kind of identifier, not its value; the empty export stands (exit 0)", async () => {
    for (const [flag, value, kind] of [["--email", "nobody.at.all@example.com", "email address"], ["--phone", "+442079460999", "phone number"]] as const) {
      const r = await exportIn([flag, value, "--out", "none.json", "--by", "dpo"])
      expect({ flag, code: r.code, written: existsSync(join(r.cwd, "none.json")) }).toEqual({ flag, code: 0, written: true })
      expect(r.stderr).toContain(`no contact carries this ${kind}`)
      expect(r.stderr).toContain("check the identifier is spelled right")
      expect(r.stderr + r.stdout + r.state).not.toContain(value)
    }
  }, 120_000)

  test("a person with contacts gets no such warning", async () => {
    const r = await exportIn(["--email", linkedPerson().email, "--out", "x.json", "--by", "dpo"])
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" })
  }, 120_000)
})

describe("subject export against a configured tenant without CXEDGE_HMAC_KEYS", () => {
  test("is refused before any call, exit 2 (was: every person audited as sub_unkeyed)", async () => {
    const { CXEDGE_HMAC_KEYS: _, ...unkeyed } = env
    const r = await exportIn(["--email", linkedPerson().email, "--out", "x.json", "--by", "dpo"], { env: unkeyed })
    expect({ code: r.code, calls: r.calls, written: existsSync(join(r.cwd, "x.json")) }).toEqual({ code: 2, calls: 0, written: false })
    expect(r.stderr).toMatch(/^\[cxedge\] \[subject\] a subject export needs CXEDGE_HMAC_KEYS: /)
    expect(r.state).not.toContain("sub_unkeyed")
  }, 120_000)
})

describe("gatherExport checks by against every identifier resolved for the person", () => {
  test("a by equal to a linked phone, however it got past the flag checks, is refused once the identifiers are resolved", async () => {
    const { rt, sandbox: own } = await anonymizeSetup({ plugins: ["tenant", "subject"], sandboxOptions: { contacts: 200, faults: { returningCustomers: 0.3 } } })
    const person = linkedPerson(own)
    const phone = person.phones[0]!
    const settings = rt.state<{ settings: SubjectSettings }>("subject")!.settings
    const gathered = gatherExport(rt, { subject: { type: "EMAIL", value: person.email }, linked: "report", by: phone, byFrom: "--by" }, settings)
    const error = await gathered.then(() => undefined, (e: Error) => e)
    expect(error?.message).toMatch(/^\[cxedge\] \[subject\] --by is a phone number found on the person's contacts: /)
    expect(error?.message).not.toContain(phone)
  })
})
