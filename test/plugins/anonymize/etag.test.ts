import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../../helpers.ts"

const CONTACTS = 12
let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
/** The If-Match of every PATCH the tenant received. */
const ifMatch: string[] = []

const records = () => [...sandbox.tenant("acme").data.records.values()]
const writes = () => records().reduce((n, r) => n + r.writes, 0)
const setFaults = (faults: object) => sandbox.app.request("/_sandbox/tenants/acme/faults", { method: "PUT", body: JSON.stringify(faults) })
const work = () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-etag-"))
  return { dir, state: ["--storage", "fs", "--storage-dir", join(dir, "state")] }
}
const reset = async () => {
  sandbox = await createSandbox({ contacts: CONTACTS })
  ifMatch.length = 0
}

beforeAll(async () => {
  await reset()
  // The handler reads the current sandbox, so a test can swap in a fresh tenant.
  served = serveSandbox({ handle: (r: Request) => sandbox.handle(r) } as Sandbox, (r) => {
    if (r.method === "PATCH") ifMatch.push(r.headers.get("if-match") ?? "(none)")
  })
  env = sandboxEnv(sandbox, served.origin)
})
afterAll(() => served.stop())

describe("patch target: a record without an ETag", () => {
  test("with ETags (the normal case) every PATCH carries the record's tag and the summary counts no unconditional write", async () => {
    await reset()
    const { dir, state } = work()
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--yes", "--json", ...state], env, { cwd: dir })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ succeeded: CONTACTS, failed: 0, unconditionalWrites: 0 })
    expect(ifMatch).toHaveLength(CONTACTS)
    expect(ifMatch.every((tag) => /^"\d+-v1"$/.test(tag))).toBe(true)
  })

  test("is refused per record (E_NO_ETAG), nothing written; a resume with --allow-unconditional writes exactly those, counted in the summary", async () => {
    await reset()
    await setFaults({ recordsEtag: false })
    const { dir, state } = work()
    const first = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--job", "no-etag", "--yes", ...state], env, { cwd: dir })
    expect(first.code).toBe(1)
    expect(writes()).toBe(0)
    expect(ifMatch).toEqual([])
    const warnings = first.stderr.split("\n").filter((l) => l.includes("sent no ETag"))
    expect(warnings).toHaveLength(CONTACTS)
    expect(warnings[0]).toContain("run cxedge anonymize --resume no-etag --allow-unconditional")
    expect(first.stderr).not.toMatch(/^\s+at /m)
    expect(first.stdout).toMatch(/failed\s+12/)

    const jobs = await runCli(["jobs", "--json", ...state], env, { cwd: dir })
    expect(JSON.parse(jobs.stdout)[0]).toMatchObject({ id: "no-etag", state: "finished_with_failures", totals: { failed: CONTACTS, invalid: 0 } })
    // The journal says why, by code only, for every contact.
    const journal = readdirSync(join(dir, "state"), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.parentPath.includes("journal"))
      .map((f) => readFileSync(join(f.parentPath, f.name), "utf8"))
      .join("\n")
    expect(journal.match(/E_NO_ETAG/g)?.length).toBe(CONTACTS)

    const resumed = await runCli(["anonymize", "--resume", "no-etag", "--allow-unconditional", "--yes", ...state], env, { cwd: dir })
    expect(resumed.code).toBe(0)
    expect(resumed.stdout).toMatch(/unconditional writes\s+12/)
    expect(ifMatch).toEqual(Array(CONTACTS).fill("*"))
    expect(records().every((r) => r.writes === 1 && r.fields.email === undefined)).toBe(true)
  }, 30_000) // two CLI runs in subprocesses: 4 s on a quiet machine, more than bun's 5 s default on a loaded one

  test("a matrix with allowUnconditionalWrite: true writes them without the flag, and says how many", async () => {
    await reset()
    await setFaults({ recordsEtag: false })
    const { dir, state } = work()
    const matrix = join(dir, "gdpr-unconditional.json")
    writeFileSync(matrix, JSON.stringify({ ...JSON.parse(readFileSync(`${ROOT}matrices/gdpr.json`, "utf8")), allowUnconditionalWrite: true }))
    const r = await runCli(["anonymize", "--matrix", matrix, "--yes", "--json", ...state], env, { cwd: dir })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ succeeded: CONTACTS, failed: 0, unconditionalWrites: CONTACTS })
    expect(writes()).toBe(CONTACTS)
  }, 15_000)

  test("allowUnconditionalWrite must be a boolean: the matrix is refused before any call", async () => {
    await reset()
    const { dir, state } = work()
    const matrix = join(dir, "bad.json")
    writeFileSync(matrix, JSON.stringify({ ...JSON.parse(readFileSync(`${ROOT}matrices/gdpr.json`, "utf8")), allowUnconditionalWrite: "yes" }))
    const r = await runCli(["anonymize", "--matrix", matrix, "--yes", ...state], env, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("allowUnconditionalWrite")
    expect(writes()).toBe(0)
  })

  test("--allow-unconditional with another target is refused before any call (exit 2)", async () => {
    await reset()
    const { dir, state } = work()
    const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "erasure", "--allow-unconditional", "--yes", ...state], env, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--allow-unconditional applies to --target patch only")
    expect(sandbox.tenant("acme").stats.requests).toBe(0)
  })
})
