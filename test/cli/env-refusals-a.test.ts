/**
 * The tenant's configuration refused before any call (exit 2, one line naming the variable or key, never its value):
 * a variable set in the environment and in CXEDGE_SECRETS_FILE with different values, where the environment won in
 * silence.
 */
import { afterAll, beforeAll, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let env: Record<string, string>
let calls: string[] = []
beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 3 })
  served = serveSandbox(sandbox, (request) => void calls.push(new URL(request.url).pathname))
  env = sandboxEnv(sandbox, served.origin)
})
afterAll(() => served.stop())

/** Runs the CLI against the served tenant in a fresh directory holding `files`; what it printed and the tenant's calls. */
async function run(args: string[], extra: Record<string, string | undefined>, files: Record<string, string | Uint8Array> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), "cxedge-env-a-"))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(cwd, name), text)
  const merged = Object.fromEntries(Object.entries({ ...env, ...extra }).filter(([, v]) => v !== undefined)) as Record<string, string>
  calls = []
  const r = await runCli(args, merged, { cwd, timeoutMs: 30_000 })
  return { ...r, calls: [...calls] }
}

/** Asserts a refusal: exit 2, one line that matches `says`, no call at the tenant, no secret of the tenant's printed. */
function refused(r: Awaited<ReturnType<typeof run>>, says: RegExp | string) {
  const lines = r.stderr.trim().split("\n")
  expect(lines).toHaveLength(1)
  if (typeof says === "string") expect(lines[0]).toBe(says)
  else expect(lines[0]).toMatch(says)
  expect(r.code).toBe(2)
  expect(r.calls).toEqual([])
  for (const secret of Object.values(sandbox.credentials("acme"))) expect(r.stderr).not.toContain(String(secret))
}

test("a variable set in the environment and in CXEDGE_SECRETS_FILE with different values is refused, naming both places", async () => {
  const c = sandbox.credentials("acme")
  const r = await run(["tenant", "env"], { CXEDGE_SECRETS_FILE: "s.env", CXEDGE_CLIENT_SECRET: c.clientSecret }, { "s.env": "CXEDGE_CLIENT_SECRET=rotated-secret-0001\n" })
  refused(r, "[cxedge] [config] CXEDGE_CLIENT_SECRET is set both in the environment and in CXEDGE_SECRETS_FILE (s.env), with different values: keep one (unset CXEDGE_CLIENT_SECRET in the environment, or remove its line from the file)")
  expect(r.stderr).not.toContain("rotated-secret-0001")
})

test("the same value in both is used", async () => {
  const c = sandbox.credentials("acme")
  const r = await run(["tenant", "env"], { CXEDGE_SECRETS_FILE: "s.env" }, { "s.env": `CXEDGE_CLIENT_SECRET=${c.clientSecret}\n` })
  expect(r.code).toBe(0)
})

test("CXEDGE_TENANT_ID of another tenant than the credentials' is refused after the token grant, before discovery", async () => {
  const r = await run(["tenant", "env"], { CXEDGE_TENANT_ID: sandbox.tenant("globex").id })
  expect(r.stderr.trim()).toBe("[cxedge] [cxone] CXEDGE_TENANT_ID (or tenant.tenantId) is not the tenant the credentials belong to (the token's tenantId claim names another): set it to the tenant of these credentials, or unset it to read it from the token")
  expect(r.code).toBe(2)
  expect(r.stdout).toBe("")
  expect(r.calls.filter((path) => !/token|openid-configuration/.test(path))).toEqual([])
  expect(r.stderr).not.toContain(sandbox.tenant("globex").id)
})

test("CXEDGE_TENANT_ID of the credentials' tenant (in capitals too) is used", async () => {
  const r = await run(["tenant", "env"], { CXEDGE_TENANT_ID: sandbox.tenant("acme").id.toUpperCase() })
  expect(r.code).toBe(0)
})
