import { describe, expect, test } from "bun:test"
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { pruneReason } from "../../plugins/anonymize/plan-prune.ts"
import { type Sandbox } from "../../sandbox/app.ts"
import { runCli } from "../helpers.ts"
import { planTenant } from "../plan-tenant.ts"

// `cxedge jobs prune`: plans that ran to their end, and plans not run within --older-than (default 30d),
// are removed with everything stored for them; a plan whose run started and did not finish is kept.
let sandbox: Sandbox
let env: Record<string, string>
let dir: string
const DAY = 86_400_000
planTenant("jobs-prune", 5, (t) => ({ sandbox, env, dir } = t))

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const plan = (id: string) => cli("anonymize", "--matrix", "m.json", "--source", "records", "--target", "patch", "--plan", id)
/** The fs storage's files under plans/, by name. */
function planFiles(): string[] {
  const out: string[] = []
  const walk = (d: string) => readdirSync(d).forEach((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : out.push(join(d, n))))
  walk(join(dir, "st"))
  return out.filter((f) => f.includes("plans"))
}

describe("cxedge jobs prune", () => {
  test.each([
    [["--older-than", "30"], '--older-than "30" is not allowed: use a span such as 30d, 12h or 30min (1min to 36500d)'],
    [["--older-than", "thirty days"], '--older-than "thirty days" is not allowed'],
    [["--older-than", "0d"], '--older-than "0d" is not allowed'],
    [["--older-than", "99999999d"], '--older-than "99999999d" is not allowed'],
    [["--older-than", ""], "--older-than needs a value"],
    [["--dry-rnu"], "unknown flag --dry-rnu"],
    // 1m was read as a minute: meant as a month, every plan older than a minute was pruned.
    [["--older-than", "1m"], '--older-than "1m": m is ambiguous: write 1min for minutes or 30d for a month'],
    [["--older-than", "2h30m"], '--older-than "2h30m" is not allowed: use a span such as 30d, 12h or 30min (1min to 36500d) (one unit only: 2h30m is 150min)'],
    [["--older-than", " 30d"], '--older-than " 30d" is not allowed: use a span such as 30d, 12h or 30min (1min to 36500d) (write it without white space: 30d)'],
  ])("%j is refused, exit 2, nothing removed", async (args, message) => {
    const r = await cli("jobs", "prune", ...args)
    expect([r.code, r.stdout]).toEqual([2, ""])
    expect(r.stderr).toContain(message)
  })

  test("ran to its end, and not run within the age: pruned (--dry-run first); a fresh plan stays", async () => {
    for (const id of ["done", "fresh", "stale"]) expect((await plan(id)).code).toBe(0)
    expect((await cli("jobs", "approve", "done", "--by", "alice")).code).toBe(0)
    expect((await cli("jobs", "run", "done", "--yes")).code).toBe(0)
    // Planned 40 days ago: its stored record says so.
    const stale = planFiles().find((f) => f.endsWith(join("plans", "plan", "stale")))!
    const record = JSON.parse(readFileSync(stale, "utf8"))
    writeFileSync(stale, JSON.stringify({ ...record, createdAt: new Date(Date.now() - 40 * DAY).toISOString() }))
    const before = planFiles().length

    const dry = await cli("jobs", "prune", "--dry-run")
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(/done\s+finished\s+.*ran to its end/)
    expect(dry.stdout).toMatch(/stale\s+planned\s+.*not run in 30d/)
    expect(dry.stdout).not.toContain("fresh")
    expect(dry.stderr).toContain("dry run: 2 plan(s) would be pruned; nothing was removed")
    expect(planFiles().length).toBe(before)

    const r = await cli("jobs", "prune")
    expect(r.code).toBe(0)
    expect(r.stderr).toContain("pruned 2 plan(s)")
    expect(planFiles().filter((f) => /[/](done|stale)([/]|$)/.test(f))).toEqual([])
    expect((await cli("jobs", "show", "done")).stderr).toContain("no plan done in this storage")
    expect((await cli("jobs", "show", "fresh")).code).toBe(0)
    // The job the plan ran stays listed; nothing is left to prune.
    expect((await cli("jobs")).stdout).toMatch(/^done\s+finished/m)
    expect((await cli("jobs", "prune")).stderr).toContain("no plan to prune")
    expect((await cli("jobs", "prune", "--older-than", "1min")).stdout).toBe("")
  }, 90_000)
})

test("a plan whose run started and did not finish is kept at any age; one with failures only past the age", () => {
  const now = Date.parse("2026-11-30T00:00:00Z")
  const created = (days: number) => ({ createdAt: new Date(now - days * DAY).toISOString() })
  expect(pruneReason(created(400), { state: "running" }, now, 30 * DAY)).toBeUndefined()
  expect(pruneReason(created(1), { state: "finished" }, now, 30 * DAY)).toBe("ran to its end")
  expect(pruneReason(created(1), { state: "finished_with_failures" }, now, 30 * DAY)).toBeUndefined()
  expect(pruneReason(created(31), { state: "finished_with_failures" }, now, 30 * DAY)).toBe("not run to its end in 30d")
  expect(pruneReason(created(29), null, now, 30 * DAY)).toBeUndefined()
  expect(pruneReason(created(31), null, now, 30 * DAY)).toBe("not run in 30d")
})
