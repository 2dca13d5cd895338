// Safe 52 (CLI): gaps the last stop left that could still harm data. An approved export plan ran over an --out file
// someone wrote after planning (the plan was made when there was none): `anonymize` refuses such a file, `jobs run`
// emptied it; and --force given to the plan was dropped, so the plan could not say it was meant to replace the file.
import { describe, expect, test } from "bun:test"
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

let env: Record<string, string>
let dir: string
planTenant("safe52", 4, (t) => ({ env, dir } = t))
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const someoneElses = '{"id":"kept","note":"not this job\'s"}\n'
const lines = (file: string) => readFileSync(join(dir, file), "utf8").trim().split("\n")

async function approvedExportPlan(id: string, out: string, ...extra: string[]) {
  const planned = await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "export", "--out", out, "--plan", id, ...extra)
  expect([planned.code, planned.stderr]).toEqual([0, expect.any(String)])
  expect((await cli("jobs", "approve", id, "--by", "alice")).code).toBe(0)
}

describe("jobs run of an export plan checks its --out again", () => {
  test("a file written at --out after planning is refused (exit 2) and kept; nothing is exported", async () => {
    await approvedExportPlan("s52a", "a.jsonl")
    writeFileSync(join(dir, "a.jsonl"), someoneElses)
    const r = await cli("jobs", "run", "s52a")
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("a.jsonl exists and is not the export of plan s52a (written since it was planned)")
    expect(r.stderr).toContain("replace it with cxedge jobs run s52a --force")
    expect(readFileSync(join(dir, "a.jsonl"), "utf8")).toBe(someoneElses)
  }, 60_000)

  test("jobs run --force replaces it; the plan's contacts are exported", async () => {
    const r = await cli("jobs", "run", "s52a", "--force")
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)])
    expect(lines("a.jsonl")).toHaveLength(4)
  }, 60_000)

  test("a plan made with --force over an existing file keeps it: its run replaces the file without asking again", async () => {
    writeFileSync(join(dir, "b.jsonl"), someoneElses)
    await approvedExportPlan("s52b", "b.jsonl", "--force")
    expect(JSON.parse((await cli("jobs", "show", "s52b", "--json")).stdout)).toMatchObject({ force: true })
    const r = await cli("jobs", "run", "s52b")
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)])
    expect(lines("b.jsonl")).toHaveLength(4)
  }, 60_000)

  test("a plan whose run began (stopped before its end) resumes into its own export: no refusal; --force there is refused", async () => {
    await approvedExportPlan("s52c", "c.jsonl")
    expect((await cli("jobs", "run", "s52c")).code).toBe(0)
    // As a run stopped by Ctrl-C leaves it: the job's record says running, its export holds what it wrote.
    stopJob("s52c")
    const forced = await cli("jobs", "run", "s52c", "--force")
    expect(forced.code).toBe(2)
    expect(forced.stderr).toContain("plan s52c's run began and adds to its own export there: drop --force")
    const resumed = await cli("jobs", "run", "s52c")
    expect([resumed.code, resumed.stderr]).toEqual([0, expect.not.stringContaining("not the export")])
    expect(lines("c.jsonl")).toHaveLength(4)
  }, 60_000)

  test("--force on a plan that writes no file is refused as a usage mistake", async () => {
    expect((await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "export", "--plan", "s52d")).code).toBe(0)
    expect((await cli("jobs", "approve", "s52d", "--by", "alice")).code).toBe(0)
    const r = await cli("jobs", "run", "s52d", "--force")
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("plan s52d writes no file (target export): drop --force")])
  }, 60_000)
})

/** Sets a stored job's state back to running, as an interrupted run leaves it. */
function stopJob(id: string) {
  const jobs = join(dir, "st", "jobs")
  for (const name of readdirSync(jobs)) {
    const path = join(jobs, name)
    if (statSync(path).isDirectory()) continue
    const text = readFileSync(path, "utf8")
    if (!text.includes(`"id":"${id}"`) || !text.includes('"matrix"')) continue
    writeFileSync(path, text.replace(/"state":"finished"/, '"state":"running"'))
    return
  }
  throw new Error(`no job record ${id} under ${jobs}`)
}
