/**
 * Bad input, round 42: the privacy lifecycle with wrong values. A retention age of 0d (refused without a word of why),
 * then a plan approved and run against another tenant, or after its source file or matrix file changed (run against
 * the other tenant's contacts, each refused one by one as "changed", the plan spent).
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { snapshot } from "./corpus.ts"
import { json, refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"

const KEY = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const policy = (olderThan: string) => ({ "cxedge.config.json": json({ settings: { retention: { policies: [{ name: "p", matrix: "gdpr", source: "cxone", target: "erasure", olderThan }] } } }) })
const AGE = "settings.retention.policies[0].olderThan: must be a duration such as 90d, 12h or 30min (1min to 36500d)"
const NO_AGE = "is no age, so each contact would be swept the moment it ends; write how long contacts are kept before the sweep, at least 1min (30d keeps them 30 days), or erase one person now with cxedge erase"
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const rows: RefusalRow[] = [
  // Refused as "must be a duration ... (1m to 36500d)", which 0d looks like: the user was not told why.
  { name: "a retention policy olderThan 0d says why and what to write (was: only 'must be a duration')", args: ["retention", "report"], files: policy("0d"), says: new RegExp(`${escaped(AGE)}: 0d ${escaped(NO_AGE)}$`) },
  { name: "olderThan 0h, the same", args: ["retention", "run", "--dry-run"], files: policy("0h"), says: new RegExp(`: 0h ${escaped(NO_AGE)}$`) },
  { name: "olderThan P0D (ISO), the same", args: ["retention", "report"], files: policy("P0D"), says: new RegExp(`: P0D ${escaped(NO_AGE)}$`) },
  { name: "olderThan '0 days', the same", args: ["retention", "report"], files: policy("0 days"), says: new RegExp(`: 0 days ${escaped(NO_AGE)}$`) },
  { name: "olderThan 36501d says it is past the most", args: ["retention", "report"], files: policy("36501d"), says: /: 36501d is more than 36500d \(100 years\); write the age contacts are kept to, at most 36500d$/ },
  { name: "jobs prune --older-than 0d says why (was: refused like a typo)", args: ["jobs", "prune", "--older-than", "0d"], says: /^\[cxedge\] \[jobs\] --older-than "0d" is not allowed: use a span such as 30d, 12h or 30min \(1min to 36500d\) \(0d would prune every plan not run, even one made a moment ago: give the age a plan left unrun may reach, at least 1min\)$/ },
  { name: "olderThan 200y says what it is and that it is past the most", args: ["retention", "report"], files: policy("200y"), says: /: 200y \(73000d\) is more than 36500d \(100 years\)/ },
]

refusalRound("bad input, round 42", "cxedge-bad42-", rows)

describe("a plan run elsewhere than it was planned and approved", () => {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let dir: string
  let acme: Record<string, string>
  let globex: Record<string, string>
  const cli = (args: string[], env = acme) => runCli(args, env, { cwd: dir, timeoutMs: 60_000 })
  /** Plans `id` with these flags and approves it; both must succeed. */
  const approved = async (id: string, flags: string[], matrix = "gdpr") => {
    const planned = await cli(["anonymize", "--matrix", matrix, ...flags, "--plan", id])
    expect(planned.code).toBe(0)
    expect((await cli(["jobs", "approve", id, "--by", "alice"])).code).toBe(0)
  }
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 5 })
    served = serveSandbox(sandbox)
    dir = tempDir("cxedge-bad42p-")
    acme = { ...sandboxEnv(sandbox, served.origin), CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, ".cxedge"), CXEDGE_HMAC_KEYS: KEY }
    const g = sandbox.credentials("globex")
    globex = { ...acme, CXEDGE_ACCESS_KEY_ID: g.accessKeyId, CXEDGE_ACCESS_KEY_SECRET: g.accessKeySecret, CXEDGE_CLIENT_ID: g.clientId, CXEDGE_CLIENT_SECRET: g.clientSecret, CXEDGE_RECORDS_CLIENT_ID: g.recordsClientId, CXEDGE_RECORDS_CLIENT_SECRET: g.recordsClientSecret }
  }, 30_000)
  afterAll(() => served?.stop())

  const globexNow = () => JSON.stringify({ records: [...sandbox.tenant("globex").data.records.values()], erasures: sandbox.tenant("globex").erasures.length })

  test("approved against acme, run against globex: refused naming both tenants, no contact read or written, the plan still runnable (was: run, 5 contacts 'changed', the plan spent)", async () => {
    await approved("p42-tenant", ["--source", "records", "--target", "patch"])
    const before = globexNow()
    const r = await cli(["jobs", "run", "p42-tenant", "--yes"], globex)
    expect(r.code).toBe(2)
    const acmeId = sandbox.tenant("acme").id
    const globexId = sandbox.tenant("globex").id
    expect(r.stderr.trim()).toBe(`[cxedge] [jobs] plan p42-tenant was planned against tenant ${new URL(served.origin).host}/${acmeId}, and this runs against tenant ${new URL(served.origin).host}/${globexId}: run it with the tenant it was planned against (CXEDGE_ISSUER, CXEDGE_TENANT_ID and its keys as then), or plan again against this tenant under a new id`)
    expect(r.stdout).toBe("")
    expect(globexNow()).toBe(before)
    const shown = await cli(["jobs", "show", "p42-tenant", "--json"])
    expect(JSON.parse(shown.stdout)).toMatchObject({ state: "approved", origin: { tenant: `${new URL(served.origin).host}/${acmeId}` } })
    expect(JSON.parse(shown.stdout).job).toBeUndefined()
    // The same run against the tenant it was planned against goes through.
    expect((await cli(["jobs", "run", "p42-tenant", "--yes", "--json"])).code).toBe(0)
  }, 90_000)

  test("the source file changed after approval: refused naming the file, nothing exported (was: each contact refused as changed, the plan spent)", async () => {
    const file = join(dir, "c.jsonl")
    writeFileSync(file, '{"id":"1","email":"a@example.com"}\n{"id":"2","email":"b@example.com"}\n')
    await approved("p42-file", ["--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "p42.jsonl"])
    writeFileSync(file, '{"id":"1","email":"a@example.com"}\n{"id":"2","email":"c@example.com"}\n')
    const r = await cli(["jobs", "run", "p42-file", "--yes"])
    expect([r.code, r.stderr.trim()]).toEqual([2, "[cxedge] [jobs] the source file c.jsonl changed since plan p42-file was planned: restore it as planned (and run from the directory it was planned in), or plan the new file under a new id"])
    rmSync(file)
    const gone = await cli(["jobs", "run", "p42-file", "--yes"])
    expect([gone.code, gone.stderr.trim()]).toEqual([2, "[cxedge] [jobs] the source file c.jsonl of plan p42-file cannot be read any more: restore it as planned (and run from the directory it was planned in), or plan again under a new id"])
    expect(await Bun.file(join(dir, "p42.jsonl")).exists()).toBe(false)
  }, 90_000)

  test("the matrix file changed after approval: refused naming it, acme untouched", async () => {
    const matrix = join(dir, "m.json")
    writeFileSync(matrix, json({ name: "m42", fields: [{ path: "email", transform: "nullify" }] }))
    await approved("p42-matrix", ["--source", "records", "--target", "patch"], "m.json")
    writeFileSync(matrix, json({ name: "m42", fields: [{ path: "email", transform: "redact" }] }))
    const before = JSON.stringify(snapshot(sandbox))
    const r = await cli(["jobs", "run", "p42-matrix", "--yes"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("the matrix file m.json changed since plan p42-matrix was approved")
    expect(JSON.stringify(snapshot(sandbox))).toBe(before)
  }, 90_000)
})
