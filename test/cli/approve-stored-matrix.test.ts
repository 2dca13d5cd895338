import { describe, expect, test } from "bun:test"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { type Sandbox } from "../../sandbox/app.ts"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

// A plan's approval binds its matrix's digest, but the run uses the matrix stored beside it: one changed in storage
// (the rule that empties notes made to keep them) was approved by `jobs approve` and run by `jobs run`, the digest
// unchanged. The file is read again at both, and it was the one planned. Now both refuse, exit 2, nothing written.
let sandbox: Sandbox
let env: Record<string, string>
let dir: string
planTenant("approve-stored", 4, (t) => ({ sandbox, env, dir } = t))

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const writes = () => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
const planned = async (id: string) => expect((await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", id)).code).toBe(0)
/** Edits the stored plan as someone with access to the storage directory could: its matrix keeps notes. */
function keepNotes(id: string) {
  const file = join(dir, "st", "plans", "plan", id)
  const plan = JSON.parse(readFileSync(file, "utf8"))
  plan.matrixBody.fields = plan.matrixBody.fields.filter((f: { path: string }) => f.path !== "notes")
  writeFileSync(file, JSON.stringify(plan))
}
const CHANGED = /^\[cxedge\] \[jobs\] plan (s1|s2)'s stored matrix is not the one it was planned with \(digest [0-9a-f]{16}\): it was changed in storage; /m

describe("a plan's stored matrix changed in storage", () => {
  test("jobs approve refuses it (exit 2, nothing approved); jobs run refuses one changed after approval; nothing written", async () => {
    await planned("s1")
    keepNotes("s1")
    const approve = await cli("jobs", "approve", "s1", "--by", "alice")
    expect(approve.code).toBe(2)
    expect(approve.stderr).toMatch(CHANGED)
    expect(approve.stderr).toContain("nothing was approved; plan it again under a new id (cxedge anonymize ... --plan NEW-ID)")
    expect(JSON.parse((await cli("jobs", "show", "s1", "--json")).stdout).state).toBe("planned")

    await planned("s2")
    expect((await cli("jobs", "approve", "s2", "--by", "alice")).code).toBe(0)
    keepNotes("s2")
    const run = await cli("jobs", "run", "s2", "--yes")
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(CHANGED)
    expect(writes()).toBe(0)
  }, 90_000)
})
