/**
 * A plan counted the contacts no rule applied to (every rule's `when` false) as "already anonymized", where a run says
 * `skipped (no rule applied)` and a dry run `no rule applied`: the plan told the approver the tenant was already clean.
 */
import { describe, expect, test } from "bun:test"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

const NONE = JSON.stringify({ name: "acct", fields: [{ path: "customFields[*].value", transform: "redact", when: { field: "name", in: ["nothingOfTheKind"] } }] })
const plan = ["--source", "records", "--target", "patch"]

let env: Record<string, string>
let dir: string
planTenant("plan-no-rule", 8, (t) => ({ env, dir } = t), { "none.json": NONE })
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

describe("a plan counts contacts no rule applied to as a run does", () => {
  test("--plan's table and --json, and jobs show, say no rule applied, not already anonymized", async () => {
    const made = await cli("anonymize", "--matrix", "none.json", ...plan, "--plan", "n1")
    expect(made.code).toBe(0)
    expect(made.stdout).toMatch(/^already anonymized\s+0$/m)
    expect(made.stdout).toMatch(/^no rule applied\s+8$/m)
    const shown = JSON.parse((await cli("jobs", "show", "n1", "--json")).stdout)
    expect(shown).toMatchObject({ id: "n1", contacts: 8, toWrite: 0, alreadyAnonymized: 0, noRuleApplied: 8 })
    expect((await cli("jobs", "show", "n1")).stdout).toMatch(/^no rule applied\s+8$/m)
    const json = JSON.parse((await cli("anonymize", "--matrix", "none.json", ...plan, "--plan", "n2", "--json")).stdout)
    expect(json).toMatchObject({ alreadyAnonymized: 0, noRuleApplied: 8 })
  }, 60_000)

  test("run, the job's counts over all runs keep them apart too (jobs show, its --json)", async () => {
    expect((await cli("jobs", "approve", "n1", "--by", "alice")).code).toBe(0)
    const run = await cli("jobs", "run", "n1", "--yes", "--json")
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ skipped: 8, noRuleApplied: 8 })
    const shown = JSON.parse((await cli("jobs", "show", "n1", "--json")).stdout)
    expect(shown.job.totals).toMatchObject({ processed: 8, skipped: 8, noRuleApplied: 8 })
    expect((await cli("jobs", "show", "n1")).stdout).toMatch(/^no rule applied \(all runs\)\s+8$/m)
  }, 60_000)

  test("a plan of contacts the matrix does apply to counts none as no rule applied", async () => {
    const json = JSON.parse((await cli("anonymize", "--matrix", "m.json", ...plan, "--plan", "g1", "--json")).stdout)
    expect(json).toMatchObject({ contacts: 8, toWrite: 8, alreadyAnonymized: 0, noRuleApplied: 0 })
    expect((await cli("jobs", "show", "g1")).stdout).not.toMatch(/no rule applied/)
  }, 60_000)
})
