// Review 50 (CLI): 91df0282 moved the first-page matrix check into prepareJob, before the target is made. The checked
// source was a spread copy of the plan-scoped source, which inherits its `get` and `name` from the source it scopes:
// the patch target, made from that copy, found no `get`, and `cxedge jobs run` of every approved patch plan was
// refused ("reads the records source, not undefined"), nothing written.
import { describe, expect, test } from "bun:test"
import { type Sandbox } from "../../sandbox/app.ts"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

let sandbox: Sandbox
let env: Record<string, string>
let dir: string
planTenant("review50", 6, (t) => ({ sandbox, env, dir } = t))
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const writes = () => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)

describe("an approved patch plan runs", () => {
  test("plan, approve, then jobs run writes the planned contacts", async () => {
    expect((await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "r50")).code).toBe(0)
    expect((await cli("jobs", "approve", "r50", "--by", "alice")).code).toBe(0)
    const r = await cli("jobs", "run", "r50", "--yes")
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining("undefined")])
    expect(writes()).toBe(6)
  }, 60_000)
})
