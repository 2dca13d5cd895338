// Review 52: every action recorded through core's owed-audit (a plan made, a transcript sent, a hold) keeps a skip mark
// per sink in core's 'audited' namespace until every sink holds its record. On fs storage each mark was a file in a
// directory of its own (`audited/<once>/<sink>`): the file went, the directory stayed, one more for good per action.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>
const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
/** Every entry (file or directory) under the storage's 'audited' namespace. */
const audited = () => (existsSync(join(dir, "st", "audited")) ? readdirSync(join(dir, "st", "audited"), { recursive: true }) : [])

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-review52m-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "audit", "audit-kv", ["audit-file", { dir: "alog" }]] }))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` })
}, 30_000)
afterAll(() => served?.stop())

describe("skip marks on fs storage", () => {
  test("plans made and recorded by both sinks leave nothing behind in 'audited'", async () => {
    for (const plan of ["m1", "m2", "m3"]) expect((await cli("anonymize", "--matrix", "gdpr", "--target", "erasure", "--plan", plan)).code).toBe(0)
    expect((await cli("jobs", "show", "m3", "--json")).code).toBe(0)
    expect(audited()).toEqual([])
  }, 60_000)
})
