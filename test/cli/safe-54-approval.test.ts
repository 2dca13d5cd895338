// Safe 54 (CLI): a plan made or approved while one audit sink of two failed (audit-kv takes the record, audit-file's
// day file is a directory: EISDIR). The plan was saved first, then recorded: the command run again was refused ("a
// plan named ... exists", "was approved by ...", exit 2) and job.planned / job.approved never reached the file sink.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { failFileSink, fileSinkRecords, mendFileSink } from "../failing-file-sink.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

/** How many records of one action each sink holds (audit tail reads the first sink, audit-kv). */
async function records(action: string) {
  const kv = JSON.parse((await cli("audit", "tail", "-n", "500", "--json")).stdout) as { action: string }[]
  const file = fileSinkRecords(dir)
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
    failFileSink(dir)
    const planned = await cli("anonymize", "--matrix", "gdpr", "--target", "erasure", "--plan", "p54")
    expect(planned.code).toBe(1)
    expect(planned.stderr).toMatch(/plan p54 .*audit record could not be written.*same command again/s)
    mendFileSink(dir)
    const replanned = await cli("anonymize", "--matrix", "gdpr", "--target", "erasure", "--plan", "p54")
    expect([replanned.code, replanned.stderr]).toEqual([0, expect.stringMatching(/audit record .*written now/)])
    expect(await records("job.planned")).toEqual({ kv: 1, file: 1 })
    // Asked again once recorded: refused as before, a plan is made once.
    expect((await cli("anonymize", "--matrix", "gdpr", "--target", "erasure", "--plan", "p54")).code).toBe(2)

    failFileSink(dir)
    const approved = await cli("jobs", "approve", "p54", "--by", "alice")
    expect(approved.code).toBe(1)
    expect(approved.stderr).toMatch(/approved by alice.*audit record could not be written.*same command again/s)
    mendFileSink(dir)
    const reapproved = await cli("jobs", "approve", "p54", "--by", "alice")
    expect([reapproved.code, reapproved.stderr]).toEqual([0, expect.stringMatching(/audit record .*written now/)])
    expect(await records("job.approved")).toEqual({ kv: 1, file: 1 })
    const again = await cli("jobs", "approve", "p54", "--by", "alice")
    expect([again.code, again.stderr]).toEqual([2, expect.stringMatching(/was approved by alice/)])
    expect(JSON.parse((await cli("jobs", "show", "p54", "--json")).stdout)).toMatchObject({ state: "approved", approvedBy: "alice" })
  }, 120_000)
})
