// Client authentication chosen from discovery's token_endpoint_auth_methods_supported (cxone-api.md 1.3, 2.3): a
// tenant whose app takes form fields only lists client_secret_post, and refuses Basic with 401 invalid_client.
import { afterEach, expect, test } from "bun:test"
import { writeFileSync } from "node:fs"
import { join } from "node:path"
import { cli, leaks, tempDir } from "./run"
import { type Standin, startStandin } from "./server"

let s: Standin | undefined
afterEach(() => s?.stop())

const tokenCalls = (st: Standin) => st.state.calls.filter((c) => c === "token").length

test("with CXEDGE_CLIENT_AUTH unset, a tenant listing client_secret_post only is sent form fields", async () => {
  s = await startStandin({ clientAuth: "post" })
  const r = await cli(s, ["tenant", "whoami", "--json"], { dir: tempDir() })
  expect(r.stderr).toBe("")
  expect(r.code).toBe(0)
  expect(s.state.grants.password).toBe(1)
}, 30_000)

test("with CXEDGE_CLIENT_AUTH unset, a tenant listing client_secret_basic only is sent HTTP Basic", async () => {
  s = await startStandin({ clientAuth: "basic" })
  const r = await cli(s, ["tenant", "whoami", "--json"], { dir: tempDir() })
  expect(r.code).toBe(0)
  expect(s.state.grants.password).toBe(1)
}, 30_000)

test("an explicit choice the tenant does not list is still sent (apps choose theirs when registered); its refusal says which to set", async () => {
  s = await startStandin({ clientAuth: "post" })
  const r = await cli(s, ["tenant", "whoami", "--json"], { dir: tempDir(), env: { CXEDGE_CLIENT_AUTH: "basic" } })
  expect(r.code).not.toBe(0)
  expect(r.stderr).toContain("CXEDGE_CLIENT_AUTH=post")
  expect(r.stderr).not.toMatch(/\n\s+at /)
  expect(tokenCalls(s)).toBeGreaterThanOrEqual(1)
  expect(leaks(r.stdout + r.stderr, s.forbidden())).toEqual([])
}, 30_000)

test("an explicit choice the tenant lists is kept", async () => {
  s = await startStandin({ clientAuth: "both" })
  const r = await cli(s, ["tenant", "whoami", "--json"], { dir: tempDir(), env: { CXEDGE_CLIENT_AUTH: "post" } })
  expect(r.code).toBe(0)
}, 30_000)

test("a choice set in the config file is refused naming the file's key, not the variable the user never set", async () => {
  s = await startStandin({ clientAuth: "post" })
  const dir = tempDir()
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ tenant: { clientAuth: "basic" } }))
  const r = await cli(s, ["tenant", "whoami", "--json"], { dir })
  expect(r.code).not.toBe(0)
  expect(r.stderr).toContain('cxedge.config.json: tenant.clientAuth to "post"')
  expect(r.stderr).not.toContain("CXEDGE_CLIENT_AUTH")
  expect(leaks(r.stdout + r.stderr, s.forbidden())).toEqual([])
}, 30_000)
