import { describe, expect, test } from "bun:test"
import { readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { type Sandbox } from "../../sandbox/app.ts"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

// `jobs approve` of a plan whose matrix file changed (or went) since the plan was made: it was approved, and `jobs run`
// then said the file "changed since plan was approved" — it changed before. Now the approval is refused, naming it.
let sandbox: Sandbox
let env: Record<string, string>
let dir: string
planTenant("approve-matrix", 4, (t) => ({ sandbox, env, dir } = t))

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const writes = () => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
const planned = async (id: string) => expect((await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", id)).code).toBe(0)
const state = async (id: string) => JSON.parse((await cli("jobs", "show", id, "--json")).stdout).state

describe("jobs approve checks the plan's matrix file", () => {
  test("changed since the plan was made: refused (exit 2) naming the file, with what to do; the plan stays unapproved", async () => {
    const original = readFileSync(join(dir, "m.json"), "utf8")
    await planned("pa")
    writeFileSync(join(dir, "m.json"), original.replace('"nullify"', '"redact"'))
    const r = await cli("jobs", "approve", "pa", "--by", "alice")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("[cxedge] [jobs] the matrix file m.json changed since plan pa was made: nothing was approved; plan it again under a new id (cxedge anonymize ... --plan NEW-ID), or restore the file as it was planned")
    expect(await state("pa")).toBe("planned")
    // Restored as planned, it is approved.
    writeFileSync(join(dir, "m.json"), original)
    expect((await cli("jobs", "approve", "pa", "--by", "alice")).code).toBe(0)
    expect(writes()).toBe(0)
  }, 60_000)

  test("gone since the plan was made: refused as jobs run would refuse it", async () => {
    const original = readFileSync(join(dir, "m.json"), "utf8")
    await planned("pb")
    rmSync(join(dir, "m.json"))
    try {
      const r = await cli("jobs", "approve", "pb", "--by", "alice")
      expect(r.code).toBe(2)
      expect(r.stderr).toContain("[cxedge] [jobs] the matrix file m.json of plan pb cannot be read any more: nothing was approved; restore it as planned, or plan again under a new id")
      expect(await state("pb")).toBe("planned")
    } finally {
      writeFileSync(join(dir, "m.json"), original)
    }
  }, 60_000)
})
