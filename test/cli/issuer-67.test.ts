// The tenant's issuer (sweep of stop 67): a user and password in it, a query, a config file's issuer left unchecked
// because CXEDGE_ISSUER overrode it, and discovery's refusal that named CXEDGE_ISSUER (and dropped the path) for an
// issuer a config file set.
import { afterAll, beforeAll, expect, test } from "bun:test"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox } from "../../sandbox/app.ts"
import { serveSandbox } from "../../testing/sandbox.ts"
import { runCli } from "../helpers.ts"

const KEY = { CXEDGE_ACCESS_KEY_ID: "AKIDEXAMPLE", CXEDGE_ACCESS_KEY_SECRET: "not-a-real-secret-42" }
let dir: string
let tenant: ReturnType<typeof serveSandbox>
let calls = 0
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-issuer-"))
  tenant = serveSandbox(await createSandbox({ contacts: 2 }), () => void calls++)
})
afterAll(() => {
  tenant?.stop()
  rmSync(dir, { recursive: true, force: true })
})

test("an issuer holding a user and password, or a query, is refused by name before any call; the password is never shown", async () => {
  const withPassword = await runCli(["tenant", "env", "area"], { ...KEY, CXEDGE_ISSUER: `http://ops:hunter2@${new URL(tenant.origin).host}` }, { cwd: dir })
  expect([withPassword.code, withPassword.stderr.trim().split("\n").at(-1)]).toEqual([2, "[cxedge] [config] CXEDGE_ISSUER holds a user or password before its host: the issuer takes none (the access key authenticates); give https://host[:port]"])
  expect(withPassword.stderr).not.toContain("hunter2")
  const withQuery = await runCli(["tenant", "env", "area"], { ...KEY, CXEDGE_ISSUER: `${tenant.origin}/?tenant=acme` }, { cwd: dir })
  expect([withQuery.code, withQuery.stderr]).toEqual([2, expect.stringContaining('CXEDGE_ISSUER holds a query ("?…")')])
  expect(calls).toBe(0)
})

test("a config file's issuer is checked when CXEDGE_ISSUER overrides it, and discovery names the file when the file set it", async () => {
  writeFileSync(`${dir}/bad.json`, JSON.stringify({ tenant: { issuer: "127.0.0.1:18787" } }))
  const overridden = await runCli(["tenant", "env", "area", "--config", "bad.json"], { ...KEY, CXEDGE_ISSUER: tenant.origin }, { cwd: dir })
  expect([overridden.code, overridden.stderr]).toEqual([2, expect.stringContaining("bad.json: tenant.issuer is not a URL")])
  expect(calls).toBe(0)
  writeFileSync(`${dir}/path.json`, JSON.stringify({ tenant: { issuer: `${tenant.origin}/some/path` } }))
  const fromFile = await runCli(["tenant", "env", "area", "--config", "path.json"], KEY, { cwd: dir })
  expect(fromFile.code).not.toBe(0)
  expect(fromFile.stderr).toContain(`no OpenID configuration at ${new URL(tenant.origin).host}/some/path: check path.json: tenant.issuer`)
})
