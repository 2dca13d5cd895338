/**
 * `anonymize --resume` elsewhere than the job was started. Against another tenant it ran there: the first tenant's
 * journal skipped the contacts it had done, the other tenant got the rest written, the first kept them undone. With
 * its --file changed, it went on over the new version, the export mixing both. And a refused resume whose --out was
 * gone left an empty --out behind. Now each is refused (exit 2, or the journal's exit 1) before anything is written.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv } from "../helpers.ts"
import { tempDir } from "./refusal-harness.ts"

const KEY = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
/** The refusal: the last line of stderr (the embedded sandbox says it is used first). */
const said = (r: { stderr: string }) => r.stderr.trim().split("\n").at(-1)
const lines = (from: number, to: number, mail = "example.com") => Array.from({ length: to - from }, (_, i) => `{"id":"c${from + i}","email":"p${from + i}@${mail}"}\n`).join("")

describe("anonymize --resume against another tenant", () => {
  let sandbox: Sandbox
  let server: ReturnType<typeof Bun.serve>
  let dir: string
  let acme: Record<string, string>
  let globex: Record<string, string>
  /** While true, every PATCH is refused (400): the first run ends finished_with_failures, which a resume retries. */
  let refusing = true
  const writes = (tenant: string) => [...sandbox.tenant(tenant).data.records.values()].reduce((n, r) => n + r.writes, 0)
  const cli = (args: string[], env: Record<string, string>) => runCli(args, env, { cwd: dir, timeoutMs: 60_000 })

  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 6 })
    server = Bun.serve({
      hostname: "127.0.0.1",
      port: 0,
      fetch: (request) => (refusing && request.method === "PATCH" ? Response.json({ error: "invalid_request" }, { status: 400 }) : sandbox.handle(request)),
    })
    const origin = `http://127.0.0.1:${server.port}`
    dir = tempDir("cxedge-resume-origin-")
    acme = { ...sandboxEnv(sandbox, origin), CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, ".cxedge"), CXEDGE_HMAC_KEYS: KEY }
    const g = sandbox.credentials("globex")
    globex = { ...acme, CXEDGE_ACCESS_KEY_ID: g.accessKeyId, CXEDGE_ACCESS_KEY_SECRET: g.accessKeySecret, CXEDGE_CLIENT_ID: g.clientId, CXEDGE_CLIENT_SECRET: g.clientSecret, CXEDGE_RECORDS_CLIENT_ID: g.recordsClientId, CXEDGE_RECORDS_CLIENT_SECRET: g.recordsClientSecret }
  }, 30_000)
  afterAll(() => server?.stop(true))

  test("started against acme, resumed with globex's configuration: exit 2 naming both tenants, globex not written (was: exit 0, globex written, acme left undone)", async () => {
    const first = await cli(["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--job", "j-tenant", "--yes"], acme)
    expect(first.code).toBe(1)
    refusing = false
    const before = { acme: writes("acme"), globex: writes("globex") }
    const r = await cli(["anonymize", "--resume", "j-tenant", "--yes"], globex)
    const host = new URL(acme.CXEDGE_ISSUER!).host
    expect([r.code, r.stderr.trim()]).toEqual([2, `[cxedge] [anonymize] job j-tenant was started against tenant ${host}/${sandbox.tenant("acme").id}, and this resume runs against tenant ${host}/${sandbox.tenant("globex").id}: resume it with that tenant's configuration (CXEDGE_ISSUER, CXEDGE_TENANT_ID and its keys as then)`])
    expect({ acme: writes("acme"), globex: writes("globex") }).toEqual(before)
    // With acme's configuration the same resume writes acme's contacts.
    const resumed = await cli(["anonymize", "--resume", "j-tenant", "--yes"], acme)
    expect(resumed.code).toBe(0)
    expect(writes("acme")).toBeGreaterThan(before.acme)
    expect(writes("globex")).toBe(before.globex)
  }, 120_000)
})

/** A working directory on fs storage of its own, with the embedded sandbox (a JSONL file exported reads no tenant). */
function workdir() {
  const cwd = tempDir("cxedge-resume-file-")
  const env = { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(cwd, ".cxedge"), CXEDGE_HMAC_KEYS: KEY }
  const run = (args: string[]) => runCli(args, env, { cwd, timeoutMs: 60_000 })
  const start = (job: string, file = "c.jsonl") => ["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", file, "--out", `${job}.jsonl`, "--job", job, "--yes"]
  /** Starts the job and kills it (SIGKILL) once its journal holds a page as exported: the job is left running, part exported. */
  async function killed(job: string) {
    const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...start(job)], { cwd, env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env }, stdout: "ignore", stderr: "pipe" })
    const pages = join(cwd, ".cxedge", "journal", job, "b")
    const deadline = Date.now() + 30_000
    while (proc.exitCode === null && !(existsSync(pages) && readdirSync(pages).length > 0) && Date.now() < deadline) await Bun.sleep(2)
    const alive = proc.exitCode === null
    proc.kill("SIGKILL")
    await proc.exited
    if (!alive) throw new Error(`the run ended (exit ${proc.exitCode}) before it was killed: ${(await new Response(proc.stderr).text()).slice(-2000)}`)
  }
  return { cwd, run, start, killed }
}

describe("anonymize --resume of a JSONL job whose --file changed", () => {
  test("edited and cut short after a crash: exit 2 naming the file, the export not added to (was: exit 0, the export mixing both versions)", async () => {
    const { cwd, run, killed } = workdir()
    writeFileSync(join(cwd, "c.jsonl"), lines(0, 5000))
    await killed("j-file")
    const exported = readFileSync(join(cwd, "j-file.jsonl"), "utf8")
    writeFileSync(join(cwd, "c.jsonl"), lines(0, 100, "example.org") + lines(100, 3000))
    const r = await run(["anonymize", "--resume", "j-file", "--yes"])
    expect([r.code, said(r)]).toEqual([2, "[cxedge] [anonymize] the source file c.jsonl changed since job j-file was started: restore it as it was when the job started (and resume from the directory it was started in), or start a new job for the new file under a new --job id (with a new --out)"])
    expect(readFileSync(join(cwd, "j-file.jsonl"), "utf8")).toBe(exported)
    // Restored as it was, the job resumes and exports every contact once.
    writeFileSync(join(cwd, "c.jsonl"), lines(0, 5000))
    expect((await run(["anonymize", "--resume", "j-file", "--yes"])).code).toBe(0)
    const ids = readFileSync(join(cwd, "j-file.jsonl"), "utf8").trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)
    expect([ids.length, new Set(ids).size]).toEqual([5000, 5000])
  }, 120_000)

  test("removed: exit 2 saying it cannot be read (was: the source's own words, or a finished job's exit 0)", async () => {
    const { cwd, run, start } = workdir()
    writeFileSync(join(cwd, "c.jsonl"), lines(0, 3))
    expect((await run(start("j-gone"))).code).toBe(0)
    rmSync(join(cwd, "c.jsonl"))
    const r = await run(["anonymize", "--resume", "j-gone", "--yes"])
    expect([r.code, said(r)]).toEqual([2, "[cxedge] [anonymize] the source file c.jsonl of job j-gone cannot be read any more: restore it as it was when the job started (and resume from the directory it was started in), or start a new job under a new --job id"])
  }, 60_000)
})

describe("a refused resume creates no --out", () => {
  test("the export removed after a crash: the resume is refused (E_EXPORT_LOST) and no empty file appears (was: a 0-byte --out)", async () => {
    const { cwd, run, killed } = workdir()
    writeFileSync(join(cwd, "c.jsonl"), lines(0, 5000))
    await killed("j-out")
    rmSync(join(cwd, "j-out.jsonl"))
    const r = await run(["anonymize", "--resume", "j-out", "--yes"])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("contact(s) its journal has as exported are no longer in its export")
    expect(existsSync(join(cwd, "j-out.jsonl"))).toBe(false)
  }, 120_000)

  test("a finished job whose export was removed: resuming it says it is finished and creates no file (was: a 0-byte --out)", async () => {
    const { cwd, run, start } = workdir()
    writeFileSync(join(cwd, "c.jsonl"), lines(0, 3))
    expect((await run(start("j-done"))).code).toBe(0)
    rmSync(join(cwd, "j-done.jsonl"))
    expect((await run(["anonymize", "--resume", "j-done", "--yes"])).code).toBe(0)
    expect(existsSync(join(cwd, "j-done.jsonl"))).toBe(false)
  }, 60_000)
})
