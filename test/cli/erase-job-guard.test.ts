import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv } from "../helpers.ts"
import { findLeaks, seededValues } from "../plugins/anonymize/setup.ts"

// `erase --job ID` resumed whatever job had that id: a patch job (it patched every contact left, exit 0, and never
// erased the person asked for), another person's erasure ("already finished: nothing to do", the request dropped), a
// plan (an erasure job made under the plan's id). It resumes only an erasure of the same subject now; anything else is
// refused, exit 2, before any call. A run with failed contacts says the command that retries them.

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let server: ReturnType<typeof Bun.serve>
let env: Record<string, string>
let dir: string
let seeded: string[]
/** Privacy erasures answer 403 while set: the job's subject record fails, the rest goes on. */
let refuseErasures = false
const outputs: string[] = []

const tenant = () => sandbox.tenant("acme")
/** The seeded people's addresses, read before a patch job rewrites them. */
let emails: string[] = []
const people = () => emails
const writes = () => [...tenant().data.records.values()].reduce((n, r) => n + r.writes, 0)
const erased = () => tenant().erasures.map((e) => e.subjectIdentifier)
const readTree = (root: string): string =>
  readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => readFileSync(join(e.parentPath, e.name), "utf8")).join("\n")

const run = async (args: string[]) => {
  const result = await runCli(args, env, { cwd: dir })
  outputs.push(result.stdout, result.stderr)
  return result
}

/** A refusal: exit 2, one line naming the job and what to do, no call made, nothing written. */
async function refused(args: string[], says: RegExp) {
  const before = { requests: tenant().stats.requests, writes: writes(), erasures: erased().length }
  const r = await run(args)
  expect({ args, code: r.code }).toEqual({ args, code: 2 })
  expect(r.stderr).toMatch(says)
  expect(r.stderr).toMatch(/choose another --job, or leave --job out/)
  expect(r.stderr.trim().split("\n").filter((l) => !l.startsWith("[info]")).length).toBe(1)
  expect(r.stdout).toBe("")
  expect({ requests: tenant().stats.requests, writes: writes(), erasures: erased().length }).toEqual(before)
}

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 30 })
  seeded = seededValues(sandbox)
  emails = [...new Set([...tenant().data.records.values()].map((r) => (r.fields as { email: string }).email))]
  server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    fetch: (request) =>
      refuseErasures && request.method === "POST" && new URL(request.url).pathname.endsWith("/privacy/v1/erasure")
        ? Response.json({ error: "forbidden" }, { status: 403 })
        : sandbox.handle(request),
  })
  dir = mkdtempSync(join(tmpdir(), "cxedge-erase-job-"))
  env = sandboxEnv(sandbox, `http://127.0.0.1:${server.port}`, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "state") })
})
afterAll(() => server.stop(true))

describe("erase --job resumes only this subject's erasure", () => {
  test("a patch job's id is refused, naming it a patch job; none of its contacts is patched", async () => {
    const patch = await run(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "pj1", "--yes"])
    expect(patch.code).toBe(0)
    await refused(["erase", "--email", people()[0]!, "--job", "pj1", "--yes"], /^\[cxedge\] \[erase\] --job pj1 is a patch job \(cxedge anonymize, matrix gdpr\), not this subject's erasure: nothing was done; choose another --job, or leave --job out/m)
    expect(erased()).not.toContain(people()[0]!)
  }, 120_000)

  test("another subject's erasure is refused; the same subject's is resumed (here: already finished)", async () => {
    const [ann, bob] = people()
    const first = await run(["erase", "--email", ann!, "--job", "e1", "--yes"])
    expect(first.code).toBe(0)
    expect(erased()).toContain(ann!)
    await refused(["erase", "--email", bob!, "--job", "e1", "--yes"], /--job e1 is another subject's erasure: nothing was done/)
    expect(erased()).not.toContain(bob!)
    const again = await run(["erase", "--email", ann!, "--job", "e1", "--yes"])
    expect(again.code).toBe(0)
  }, 120_000)

  test("a plan's id is refused, and no job is made under it", async () => {
    const plan = await run(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--plan", "pl1"])
    expect(plan.code).toBe(0)
    await refused(["erase", "--email", people()[2]!, "--job", "pl1", "--yes"], /--job pl1 is a plan \(cxedge anonymize --plan, planned\), not this subject's erasure/)
    expect(existsSync(join(dir, "state", "jobs", "pl1"))).toBe(false)
  }, 120_000)

  test("an export job's id is refused as an export job", async () => {
    const exported = await run(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--job", "ex1"])
    expect(exported.code).toBe(0)
    await refused(["erase", "--email", people()[3]!, "--job", "ex1", "--yes"], /--job ex1 is an export job \(cxedge anonymize, matrix analytics\), not this subject's erasure/)
  }, 120_000)

  test("--job alone names a job to resume: one that does not exist is refused, asking for the subject", async () => {
    const r = await run(["erase", "--job", "nope", "--yes"])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no job nope in this storage to resume: pass --email ADDRESS or --phone \+NUMBER/)
  }, 120_000)
})

describe("erase with failed contacts", () => {
  test("says the command that retries them (no personal value in it), and that command finishes the job", async () => {
    const person = people()[4]!
    refuseErasures = true
    const failed = await run(["erase", "--email", person, "--job", "f1", "--yes"])
    refuseErasures = false
    expect(failed.code).toBe(1)
    expect(erased()).not.toContain(person)
    const retry = /^\[warn\] \d+ contact\(s\) of job f1 failed: retry them with: cxedge (erase --job f1 --yes)$/m.exec(failed.stderr)
    expect(retry).not.toBeNull()
    const resumed = await run(retry![1]!.split(" "))
    expect(resumed.code).toBe(0)
    expect(erased()).toContain(person)
  }, 120_000)

  test("no seeded value in any output, the journal or storage", () => {
    expect(findLeaks(outputs.join("\n"), seeded)).toEqual([])
    expect(findLeaks(readTree(join(dir, "state")), seeded)).toEqual([])
  })
})
