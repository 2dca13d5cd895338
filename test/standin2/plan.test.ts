// Plan, approve, run and a legal hold against the second stand-in (numbers kept in national form, dates with
// offsets and seven fraction digits, relative next links, top capped at 7).
import { afterAll, beforeAll, expect, test } from "bun:test"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { cli, GDPR_US as matrix, leaks, storedText, tempDir } from "./run"
import { type Standin, startStandin } from "./server"

let s: Standin
beforeAll(async () => {
  // Pages of 7: the run's Privacy erasure of a subject on page 1 empties that subject's contacts on later pages
  // before they are read (this stand-in applies an erasure at once); they were refused as E_PLAN_CHANGED.
  s = await startStandin()
})
afterAll(() => s.stop())


test("a held subject is skipped; plan, approve and run write exactly the approved contacts", async () => {
  const dir = tempDir()
  writeFileSync(join(dir, "m.json"), JSON.stringify(matrix))
  const outs: string[] = []
  const run = async (args: string[]) => {
    const r = await cli(s, args, { dir, timeoutMs: 90_000 })
    outs.push(r.stdout, r.stderr)
    return r
  }
  expect((await run(["hold", "add", "--subject-phone", "+16465550123", "--reason", "litigation"])).code).toBe(0)
  expect((await run(["anonymize", "--matrix", "m.json", "--source", "cxone", "--target", "erasure", "--since", "30d", "--plan", "p1"])).code).toBe(0)
  expect((await run(["jobs", "approve", "p1", "--by", "alice"])).code).toBe(0)
  const r = await run(["jobs", "run", "p1", "--yes"])
  expect(r.stderr).not.toContain("E_PLAN_CHANGED")
  expect(r.code).toBe(0)
  const held = s.state.contacts.filter((c) => c.fromAddress === "6465550123")
  expect(held.length).toBeGreaterThan(0)
  expect(held.every((c) => !c.erased)).toBe(true)
  expect(s.state.erasures.some((e) => e.subjectIdentifier.endsWith("6465550123"))).toBe(false)
  expect(s.state.contacts.filter((c) => !c.erased).every((c) => c.fromAddress === "6465550123" || c.fromAddress === "ingeborg.halvorsen@fjord.example")).toBe(true)
  expect(leaks(outs.join("\n") + storedText(join(dir, ".cxedge")), s.forbidden())).toEqual([])
}, 150_000)
