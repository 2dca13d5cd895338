import { afterAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT, runCli } from "../helpers.ts"

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const CONTACTS = 20_000
const env = { CXEDGE_HMAC_KEYS: KEY }
const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

const args = ["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "in.jsonl", "--out", "out.jsonl", "--storage-dir", "state", "--job", "x1", "--yes"]
const lines = (dir: string) => (existsSync(join(dir, "out.jsonl")) ? readFileSync(join(dir, "out.jsonl"), "utf8").split("\n").filter(Boolean) : [])

/** An export killed with SIGKILL once its file holds a few pages: a job its journal has partly exported. */
async function killedExport(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-crash46-export-"))
  dirs.push(dir)
  writeFileSync(join(dir, "in.jsonl"), Array.from({ length: CONTACTS }, (_, i) => JSON.stringify({ id: `c-${i}`, firstName: "Ann", email: `a${i}@example.com`, channel: "voice" })).join("\n") + "\n")
  const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env }, stdout: "ignore", stderr: "ignore" })
  const deadline = Date.now() + 60_000
  while ((statSync(join(dir, "out.jsonl"), { throwIfNoEntry: false })?.size ?? 0) < 100_000 && proc.exitCode === null && Date.now() < deadline) await Bun.sleep(10)
  proc.kill("SIGKILL")
  expect(await proc.exited).not.toBe(0)
  return dir
}

describe("an export's file changed between runs (crash and tamper, pass 46)", () => {
  test("untouched, the resume exports every other contact once", async () => {
    const dir = await killedExport()
    const r = await runCli(args, env, { cwd: dir })
    expect(r.code).toBe(0)
    const ids = lines(dir).map((l) => JSON.parse(l).id)
    expect(new Set(ids).size).toBe(CONTACTS)
    expect(ids.length).toBe(CONTACTS)
  }, 120_000)

  test.each([
    ["removed", (dir: string) => rmSync(join(dir, "out.jsonl"))],
    ["cut back to its first 100 lines", (dir: string) => writeFileSync(join(dir, "out.jsonl"), lines(dir).slice(0, 100).join("\n") + "\n")],
  ])("%s: the resume is refused, saying how many contacts are missing and what to do, where it ended finished without them", async (_, tamper) => {
    const dir = await killedExport()
    tamper(dir)
    const r = await runCli(args, env, { cwd: dir })
    expect(r.stderr).toMatch(/\[cxedge\] \[anonymize\] job x1: \d+ contact\(s\) its journal has as exported are no longer in its export \(the --out file, or storage\): it was removed, cut short or replaced since the job wrote it; restore it and resume, or run the job again under a new --job id \(with a new --out\)/)
    expect(r.code).toBe(1)
    expect(lines(dir).length).toBeLessThanOrEqual(100)
  }, 120_000)

  test("a line copied in again: the resume is refused by line number (no value quoted), where it ended with that contact twice", async () => {
    const dir = await killedExport()
    const kept = lines(dir)
    writeFileSync(join(dir, "out.jsonl"), [...kept, kept[3]].join("\n") + "\n")
    const r = await runCli(args, env, { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`out.jsonl: line ${kept.length + 1} holds a contact an earlier line of the file already holds`)
    expect(r.stderr).toContain("remove the repeated line and resume")
    expect(r.stderr).not.toContain("example.com")
    expect(lines(dir).length).toBe(kept.length + 1)
  }, 120_000)
})
