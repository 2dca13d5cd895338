import { afterAll, beforeAll, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv } from "../helpers.ts"

let sandbox: Sandbox
let server: ReturnType<typeof Bun.serve>
let env: Record<string, string>
const issued: string[] = []
const work = mkdtempSync(join(tmpdir(), "cxedge-rest-"))
const dir = join(work, "state")

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 30 })
  // The tenant on a real port, keeping every token it hands out so the test can look for them on disk.
  server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      const response = await sandbox.handle(request)
      if (!new URL(request.url).pathname.includes("token")) return response
      const body = await response.text()
      try {
        const json = JSON.parse(body)
        for (const k of ["access_token", "refresh_token", "id_token"]) if (typeof json[k] === "string") issued.push(json[k])
      } catch {}
      return new Response(body, response)
    },
  })
  env = sandboxEnv(sandbox, `http://127.0.0.1:${server.port}`, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: dir })
})
afterAll(() => server?.stop(true))

function walk(path: string): { path: string; mode: number; dir: boolean }[] {
  const out = [{ path, mode: statSync(path).mode & 0o777, dir: true }]
  for (const e of readdirSync(path, { withFileTypes: true })) {
    const p = join(path, e.name)
    if (e.isDirectory()) out.push(...walk(p))
    else out.push({ path: p, mode: statSync(p).mode & 0o777, dir: false })
  }
  return out
}

test("tokens are cached across runs, sealed: no file holds a token in clear; files 0600, directories 0700", async () => {
  const before = sandbox.tenant("acme").stats.tokens
  for (let i = 0; i < 2; i++) expect((await runCli(["tenant", "env", "area"], env, { cwd: work })).code).toBe(0)
  // the second run opened the sealed token instead of asking for a new one
  expect(sandbox.tenant("acme").stats.tokens - before).toBe(1)
  const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "export", "--out", join(work, "out.jsonl")], env, { cwd: work })
  expect(job.code).toBe(0)

  expect(issued.length).toBeGreaterThanOrEqual(2)
  const entries = walk(dir)
  const files = entries.filter((e) => !e.dir)
  expect(files.some((f) => f.path.includes("tokens"))).toBe(true)
  for (const f of files) {
    const text = readFileSync(f.path, "utf8")
    for (const token of issued) expect(text).not.toContain(token)
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/)
  }
  expect(files.filter((f) => f.mode !== 0o600).map((f) => f.path)).toEqual([])
  expect(entries.filter((e) => e.dir && e.mode !== 0o700).map((e) => e.path)).toEqual([])
}, 60_000)

test("a token file from another key (or a clear one) is not used: a fresh token is fetched", async () => {
  const other = { ...env, CXEDGE_HMAC_KEYS: `k9:${Buffer.alloc(32, 9).toString("base64")}` }
  const before = sandbox.tenant("acme").stats.tokens
  expect((await runCli(["tenant", "env", "area"], other, { cwd: work })).code).toBe(0)
  expect(sandbox.tenant("acme").stats.tokens - before).toBe(1)
}, 30_000)

test("no consent webhook URL: said once, and no outbox is kept", async () => {
  const storage = join(work, "consent-off")
  const r = await runCli(["anonymize", "--matrix", `${ROOT}matrices/gdpr.json`, "--target", "export", "--out", join(work, "out2.jsonl")], { ...env, CXEDGE_STORAGE_DIR: storage }, { cwd: work })
  expect(r.code).toBe(0)
  expect(r.stderr.match(/consent webhooks off: no CXEDGE_WEBHOOK_URL/g)).toHaveLength(1)
  const outbox = walk(storage).filter((e) => !e.dir && e.path.includes(`${storage}/outbox`))
  expect(outbox).toEqual([])
  const list = await runCli(["webhooks", "list", "--json"], { ...env, CXEDGE_STORAGE_DIR: storage }, { cwd: work })
  expect(list.stdout).not.toMatch(/contact\.anonymized/)
}, 60_000)
