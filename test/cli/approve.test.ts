import { describe, expect, test } from "bun:test"
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { type Sandbox } from "../../sandbox/app.ts"
import { runCli } from "../helpers.ts"
import { PLAN_KEY, planTenant } from "../plan-tenant.ts"

// A configured tenant (the sandbox on a real port) that requires approval for patch: plan, approve, run.
let sandbox: Sandbox
let env: Record<string, string>
let dir: string
const outputs: string[] = []
planTenant("approve", 12, (t) => ({ sandbox, env, dir } = t), { "cxedge.config.json": JSON.stringify({ settings: { anonymize: { approval: { require: ["patch", "erasure"] } } } }) })

const cli = async (...args: string[]) => {
  const r = await runCli(args, env, { cwd: dir })
  outputs.push(r.stdout, r.stderr)
  return r
}
/** Every file of the fs storage, as text. */
function storedText(): string {
  const stored: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else stored.push(readFileSync(p, "utf8"))
    }
  }
  walk(join(dir, "st"))
  return stored.join("\n")
}
const records = () => [...sandbox.tenant("acme").data.records.values()]
const writes = () => records().reduce((n, r) => n + r.writes, 0)
const knob = (method: string, path: string, body?: unknown) =>
  sandbox.handle(new Request(`http://sandbox/_sandbox/tenants/acme${path}`, { method, headers: { "content-type": "application/json" }, ...(body ? { body: JSON.stringify(body) } : {}) }))

describe("plan, then approve, then run (CLI, approval required)", () => {
  test("a run without an approved plan is refused with the commands that make one; nothing written", async () => {
    const r = await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--yes")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("the patch target needs an approved plan (settings.anonymize.approval)")
    expect(r.stderr).toContain("--plan JOB, then cxedge jobs approve JOB --by NAME, then cxedge jobs run JOB")
    expect(writes()).toBe(0)
  }, 30_000)

  test("--plan stores the plan; show prints it; nothing is written", async () => {
    const r = await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "p1")
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/contacts in scope\s+12/)
    expect(r.stdout).toMatch(/email\s+nullify\s+12/)
    expect(writes()).toBe(0)
    const shown = JSON.parse((await cli("jobs", "show", "p1", "--json")).stdout)
    expect(shown).toMatchObject({ id: "p1", state: "planned", contacts: 12, toWrite: 12, target: { kind: "patch" }, source: { kind: "records" }, matrixFrom: { file: "m.json" } })
    expect(shown.idsDigest).toMatch(/^[0-9a-f]{32}$/)
    expect(shown.matrixBody).toBeUndefined()
  }, 30_000)

  // Review: the embedded sandbox was told apart by its key id, so a key ring whose key a user named "sbx" had every
  // plan refused against a real tenant (or the sandbox on a port), told to do what it was doing.
  test("a key named sbx (the embedded sandbox's throwaway key's id) plans against a configured tenant", async () => {
    const key = PLAN_KEY.replace(/^k1:/, "sbx:")
    const r = await runCli(["anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "p-sbx"], { ...env, CXEDGE_HMAC_KEYS: key }, { cwd: dir })
    outputs.push(r.stdout, r.stderr)
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining("embedded sandbox")])
  }, 30_000)

  test("refusals: unapproved run, unknown plan, clashing id, --plan with --resume, typo'd flag, bad --by", async () => {
    const cases: [string[], string][] = [
      [["jobs", "run", "p1", "--yes"], "plan p1 is not approved: review it with cxedge jobs show p1, then cxedge jobs approve p1 --by NAME"],
      [["jobs", "approve", "nope", "--by", "alice"], "no plan nope in this storage"],
      [["anonymize", "--matrix", "m.json", "--source", "records", "--plan", "p1"], "a plan named p1 exists"],
      [["anonymize", "--matrix", "m.json", "--plan", "p2", "--resume", "p1"], "--plan makes a new plan; --resume continues a job"],
      [["anonymize", "--matrix", "m.json", "--job", "p1", "--source", "records", "--yes"], "p1 is a plan: run it with cxedge jobs run p1"],
      [["jobs", "approve", "p1", "--bye", "alice"], "unknown flag --bye"],
      [["jobs", "approve", "p1", "--by", "al;ce"], "--by names who approves"],
      [["jobs", "show", "a/b"], "is not a job name"],
    ]
    for (const [args, message] of cases) {
      const r = await cli(...args)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toContain(message)
      expect(r.stderr.trim().split("\n").filter((l) => l.startsWith("[cxedge]"))).toHaveLength(1)
    }
    expect(writes()).toBe(0)
  }, 60_000)

  test("approve once (recorded with who in the audit); twice is refused", async () => {
    const r = await cli("jobs", "approve", "p1", "--by", "alice")
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("plan p1 approved by alice: 12 of 12 contacts to write (patch)")
    const again = await cli("jobs", "approve", "p1", "--by", "bob")
    expect(again.code).toBe(2)
    expect(again.stderr).toContain("plan p1 was approved by alice at")
    expect((await cli("audit", "tail", "-n", "5", "--json")).stdout).toContain('"action": "job.approved"')
    // The record itself carries who approved (operator identity, not subject data).
    expect(storedText()).toMatch(/"action":"job\.approved".*"by":"alice"/)
  }, 30_000)

  test("a changed matrix file refuses the run; restored, it runs", async () => {
    const original = readFileSync(join(dir, "m.json"), "utf8")
    writeFileSync(join(dir, "m.json"), original.replace('"nullify"', '"redact"'))
    const r = await cli("jobs", "run", "p1", "--yes")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("the matrix file m.json changed since plan p1 was approved")
    writeFileSync(join(dir, "m.json"), original)
    expect(writes()).toBe(0)
  }, 30_000)

  test("the run writes exactly the approved, unchanged contacts; new, changed and deleted ones are reported", async () => {
    const ids = records().map((r) => r.id)
    expect((await knob("POST", "/records", { id: "new-1", firstName: "Newcomer", email: "new1@example.org" })).status).toBe(201)
    expect((await knob("PUT", `/records/${ids[0]}`, { notes: "changed after planning" })).status).toBe(200)
    expect((await knob("DELETE", `/records/${ids[1]}`)).status).toBe(204)
    const r = await cli("jobs", "run", "p1", "--yes")
    expect(r.stderr).toContain("1 contact(s) entered the scope since planning: left for the next job")
    expect(r.stderr).toContain(`contact ${ids[0]}: changed since it was planned (E_PLAN_CHANGED): not written`)
    expect(r.stderr).toContain("1 contact(s) changed since planning: not written (E_PLAN_CHANGED)")
    expect(r.stderr).toContain(`contact ${ids[1]} is no longer served by the source: not written`)
    expect(r.code).toBe(1)
    const byId = new Map(records().map((rec) => [rec.id, rec]))
    expect(byId.get("new-1")!.writes).toBe(0)
    expect(byId.get(ids[0]!)!.writes).toBe(0)
    expect(ids.slice(2).map((id) => byId.get(id)!.writes)).toEqual(ids.slice(2).map(() => 1))
    const shown = JSON.parse((await cli("jobs", "show", "p1", "--json")).stdout)
    expect(shown.job.scope).toMatchObject({ entered: 1, changed: 1, left: 1 })
    expect(shown.job.totals).toMatchObject({ succeeded: 10 })
  }, 30_000)

  test("a finished plan does not run twice", async () => {
    const before = writes()
    const r = await cli("jobs", "run", "p1", "--yes")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("plan p1 already ran to its end")
    expect(writes()).toBe(before)
  }, 30_000)

  test("no seeded value in any output or in storage", () => {
    const all = [...outputs, storedText()].join("\n")
    const seeded = sandbox.tenant("acme").data
    const values = [...seeded.records.values()].flatMap((r) => Object.values(r.fields)).filter((v): v is string => typeof v === "string" && v.length > 5 && !/^\d{4}-\d\d-\d\dT/.test(v))
    values.push("new1@example.org", "Newcomer")
    expect(values.filter((v) => !/REDACTED|^\[|^<|anonymi/i.test(v) && all.includes(v))).toEqual([])
  })
})
