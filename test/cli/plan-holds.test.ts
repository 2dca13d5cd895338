import { expect, test } from "bun:test"
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { type Sandbox } from "../../sandbox/app.ts"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

// A plan counts the contacts a legal hold holds now: at planning, at `jobs show` (holds added or
// released since), at approval; the run still skips them as held. Nothing but counts and tokens is stored.
let sandbox: Sandbox
let env: Record<string, string>
let dir: string
planTenant("plan-holds", 8, (t) => ({ sandbox, env, dir } = t))

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const records = () => [...sandbox.tenant("acme").data.records.values()]
const heldLine = (stdout: string) => stdout.match(/held \(legal hold\) now\s+(\d+)/)?.[1]
function storedText(): string {
  const out: string[] = []
  const walk = (d: string) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : out.push(readFileSync(join(d, n), "utf8"))))
  walk(join(dir, "st"))
  return out.join("\n")
}

test("plan, show and approve count the held contacts now; the run skips them as held", async () => {
  const [byContact, bySubject] = records().filter((r) => typeof r.fields.email === "string")
  const added = await cli("hold", "add", "--contact", byContact!.id, "--reason", "LH-1")
  expect(added.code).toBe(0)
  const planned = await cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", "p1")
  expect(planned.code).toBe(0)
  expect(heldLine(planned.stdout)).toBe("1")

  // A subject hold added after planning is counted by the subject tokens the plan kept.
  const hold = (await cli("hold", "add", "--subject-email", String(bySubject!.fields.email), "--reason", "Matter 2")).stdout.match(/hold (hold_\w+)/)![1]!
  expect(heldLine((await cli("jobs", "show", "p1")).stdout)).toBe("2")
  expect(JSON.parse((await cli("jobs", "show", "p1", "--json")).stdout).heldNow).toBe(2)
  const approved = await cli("jobs", "approve", "p1", "--by", "alice")
  expect(approved.stderr).toContain("2 of them held by a legal hold now (the run skips them while held)")

  expect((await cli("hold", "release", hold)).code).toBe(0)
  expect(heldLine((await cli("jobs", "show", "p1")).stdout)).toBe("1")

  const run = await cli("jobs", "run", "p1", "--yes")
  expect(run.stdout).toMatch(/held \(legal hold\)\s+1/)
  expect([byContact!.writes, bySubject!.writes]).toEqual([0, 1])
  expect(storedText()).not.toContain(String(bySubject!.fields.email))
}, 60_000)
