// A legal hold that can no longer be judged (made under k1, and CXEDGE_HMAC_KEYS now has another key under k1) stops
// every write path (hold-lasting.test.ts). Reported: `anonymize --yes` refused it only at the first page, after the job
// was stored "running" and its start audited, so `cxedge jobs` listed a job that never ran, stuck running; `jobs run` of
// an approved plan did the same, `--plan` stored the plan before refusing, and `erase` audited its lookups first.
import { describe, expect, test } from "bun:test"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { type Sandbox } from "../../sandbox/app.ts"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

let sandbox: Sandbox
let env: Record<string, string>
let dir: string
planTenant("hold-refused", 6, (t) => ({ sandbox, env, dir } = t))

const OTHER = { CXEDGE_HMAC_KEYS: "k1:" + Buffer.from("another-key-of-thirty-two-bytes!").toString("base64") }
const REFUSAL = /was made under key "k1", and CXEDGE_HMAC_KEYS has another key under that id/
const cli = (args: string[], extra: Record<string, string> = {}) => runCli(args, { ...env, ...extra }, { cwd: dir })
const writes = () => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)

/** Every file under the storage directory, by path relative to it. */
function stored(): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    if (!existsSync(d)) return
    for (const n of readdirSync(d)) statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : out.set(join(d, n).slice(dir.length + 4), readFileSync(join(d, n), "utf8"))
  }
  walk(join(dir, "st"))
  return out
}
/** What a command stored: the files it added, apart from cached tokens and learnt rates (kept by any command that calls). */
function added(before: Map<string, string>): string[] {
  return [...stored().keys()].filter((k) => !before.has(k) && !/^(tokens|limits)\//.test(k))
}
const jobs = async () => JSON.parse((await cli(["jobs", "--json"])).stdout) as { id: string; state: string }[]

describe("a hold that cannot be judged refuses the job before anything is stored", () => {
  test("anonymize --yes, --plan, jobs run and erase: exit 2, no job, no journal, no plan, no audit record; jobs lists none", async () => {
    const email = String([...sandbox.tenant("acme").data.records.values()].find((r) => typeof r.fields.email === "string")!.fields.email)
    expect((await cli(["hold", "add", "--subject-email", email, "--reason", "M1"])).code).toBe(0)
    // Planned and approved under the right key: only its run meets the other key.
    expect((await cli(["anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "ok1"])).code).toBe(0)
    expect((await cli(["jobs", "approve", "ok1", "--by", "alice"])).code).toBe(0)
    const before = stored()
    for (const args of [
      ["anonymize", "--matrix", "m.json", "--job", "j1", "--yes"],
      ["anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "p2"],
      ["jobs", "run", "ok1", "--yes"],
      ["erase", "--email", email, "--job", "e1", "--yes"],
    ]) {
      const r = await cli(args, OTHER)
      expect({ args, code: r.code }).toEqual({ args, code: 2 })
      expect(r.stderr).toMatch(REFUSAL)
      expect({ args, added: added(before) }).toEqual({ args, added: [] })
    }
    expect(await jobs()).toEqual([])
    expect((await cli(["jobs", "show", "p2"])).code).toBe(2)
    expect(writes()).toBe(0)
    // With the key it was made under, the same job runs: nothing was left behind to block or confuse it.
    const ran = await cli(["anonymize", "--matrix", "m.json", "--job", "j1", "--yes"])
    expect(ran.code).toBe(0)
    expect((await jobs()).map((j) => [j.id, j.state])).toEqual([["j1", "finished"]])
  }, 120_000)
})
