/**
 * A plan approved and run to the end, against the sandbox tenant on a port: `jobs show --json` said top-level
 * "state": "approved" where the table said finished, and `audit export` counted a field's values under "records"
 * (customFields[*].value 550 for a 250-record job).
 */
import { describe, expect, test } from "bun:test"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

let env: Record<string, string>
let dir: string
planTenant("plan-finished", 30, (t) => ({ env, dir } = t))

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

describe("a plan run to the end", () => {
  test("jobs show --json says finished, as the table does; the run's detail stays nested", async () => {
    expect((await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "p1")).code).toBe(0)
    expect((await cli("jobs", "approve", "p1", "--by", "alice")).code).toBe(0)
    const run = await cli("jobs", "run", "p1", "--yes")
    expect([run.code, run.stderr]).toEqual([0, expect.any(String)])
    const table = await cli("jobs", "show", "p1")
    expect(table.stdout).toMatch(/^state\s+finished$/m)
    const shown = JSON.parse((await cli("jobs", "show", "p1", "--json")).stdout)
    expect(shown).toMatchObject({ id: "p1", state: "finished", approvedBy: "alice", job: { state: "finished" } })
    expect(shown.job.totals).toMatchObject({ succeeded: 30 })
  }, 60_000)

  test("audit export counts the records each field was written in, never more than the records processed", async () => {
    const summary = JSON.parse((await cli("audit", "export", "--job", "p1", "--json")).stdout)
    expect(summary.records).toBe(30)
    // The sandbox's contacts have several custom fields each: counted by value, this field passed the record count.
    expect(summary.fields["customFields[*].value"]).toBeGreaterThan(0)
    for (const [field, records] of Object.entries(summary.fields as Record<string, number>)) expect([field, records <= 30]).toEqual([field, true])
    const table = (await cli("audit", "export", "--job", "p1")).stdout
    expect(table).toMatch(/^field\s+records$/m)
    const shown = table.match(/^customFields\[\*\]\.value\s+(\d+)$/m)
    expect(Number(shown?.[1])).toBe(summary.fields["customFields[*].value"])
  }, 60_000)
})
