// Safe 54 (CLI): a plan made or approved while one audit sink of two failed (audit-kv takes the record, audit-file's
// day file is a directory: EISDIR). The plan was saved first, then recorded: the command run again was refused ("a
// plan named ... exists", "was approved by ...", exit 2) and job.planned / job.approved never reached the file sink.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)
// Today's and tomorrow's day file, so a test run across midnight still fails the sink.
const dayFiles = () => [0, 1].map((d) => join(dir, "alog", `audit-${day(d)}.jsonl`))
// The day's records are put aside while it fails, and put back after.
const failFileSink = () =>
  dayFiles().forEach((p) => {
    if (existsSync(p)) renameSync(p, `${p}.aside`)
    mkdirSync(p, { recursive: true })
  })
const mendFileSink = () =>
  dayFiles().forEach((p) => {
    rmSync(p, { recursive: true, force: true })
    if (existsSync(`${p}.aside`)) renameSync(`${p}.aside`, p)
  })

/** How many records of one action each sink holds (audit tail reads the first sink, audit-kv). */
async function records(action: string) {
  const kv = JSON.parse((await cli("audit", "tail", "-n", "500", "--json")).stdout) as { action: string }[]
  const file = readdirSync(join(dir, "alog")).filter((f) => /^audit-.*\.jsonl$/.test(f)).flatMap((f) => readFileSync(join(dir, "alog", f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { action: string }))
  return { kv: kv.filter((r) => r.action === action).length, file: file.filter((r) => r.action === action).length }
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-safe54a-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "audit", "audit-kv", ["audit-file", { dir: "alog" }]] }))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` })
}, 30_000)
afterAll(() => served?.stop())

describe("a plan whose job.planned or job.approved record one sink of two failed", () => {
  test("the same command again writes the missing record to that sink only and says so; nothing planned or approved twice", async () => {
    failFileSink()
    const planned = await cli("anonymize", "--matrix", "gdpr", "--target", "erasure", "--plan", "p54")
    expect(planned.code).toBe(1)
    expect(planned.stderr).toMatch(/plan p54 .*audit record could not be written.*same command again/s)
    mendFileSink()
    const replanned = await cli("anonymize", "--matrix", "gdpr", "--target", "erasure", "--plan", "p54")
    expect([replanned.code, replanned.stderr]).toEqual([0, expect.stringMatching(/audit record .*written now/)])
    expect(await records("job.planned")).toEqual({ kv: 1, file: 1 })
    // Asked again once recorded: refused as before, a plan is made once.
    expect((await cli("anonymize", "--matrix", "gdpr", "--target", "erasure", "--plan", "p54")).code).toBe(2)

    failFileSink()
    const approved = await cli("jobs", "approve", "p54", "--by", "alice")
    expect(approved.code).toBe(1)
    expect(approved.stderr).toMatch(/approved by alice.*audit record could not be written.*same command again/s)
    mendFileSink()
    const reapproved = await cli("jobs", "approve", "p54", "--by", "alice")
    expect([reapproved.code, reapproved.stderr]).toEqual([0, expect.stringMatching(/audit record .*written now/)])
    expect(await records("job.approved")).toEqual({ kv: 1, file: 1 })
    const again = await cli("jobs", "approve", "p54", "--by", "alice")
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/was approved by alice/)])
    expect(JSON.parse((await cli("jobs", "show", "p54", "--json")).stdout)).toMatchObject({ state: "approved", approvedBy: "alice" })
  }, 120_000)
})
