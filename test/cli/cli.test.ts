import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, secretsOf, serveSandbox, TEST_AUDIT_KEY } from "../helpers.ts"

let served: ReturnType<typeof serveSandbox>
let sandbox: Awaited<ReturnType<typeof createSandbox>>
let env: Record<string, string>
const work = mkdtempSync(join(tmpdir(), "cxedge-cli-"))

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 20 })
  served = serveSandbox(sandbox)
  const c = sandbox.credentials("acme")
  env = {
    CXEDGE_ISSUER: served.origin,
    CXEDGE_ACCESS_KEY_ID: c.accessKeyId,
    CXEDGE_ACCESS_KEY_SECRET: c.accessKeySecret,
    CXEDGE_CLIENT_ID: c.clientId,
    CXEDGE_CLIENT_SECRET: c.clientSecret,
    CXEDGE_AUDIT_KEY: TEST_AUDIT_KEY,
  }
})
afterAll(() => served.stop())

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at /m)
const noSecrets = (text: string) => {
  for (const secret of secretsOf(sandbox.credentials("acme"))) expect(text).not.toContain(secret)
}

describe("cxedge CLI", () => {
  test("with no tenant configured it says so in one line and uses the embedded sandbox", async () => {
    const r = await runCli(["tenant", "discover", "--json"], {}, { cwd: work })
    expect(r.code).toBe(0)
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
    expect(r.stderr).toContain("no tenant configured")
    expect(JSON.parse(r.stdout).tenantId).toMatch(/^[0-9a-f-]{36}$/)
  })

  test("against a tenant on a real port: discover, whoami and env, with no secret or token in any output", async () => {
    const discover = await runCli(["tenant", "discover", "--storage", "memory", "--verbose"], env, { cwd: work })
    expect(discover.code).toBe(0)
    expect(discover.stdout).toContain(served.origin)
    expect(discover.stderr).not.toContain("no tenant configured")
    const whoami = await runCli(["tenant", "whoami", "--json", "--storage", "memory"], env, { cwd: work })
    expect(whoami.code).toBe(0)
    const claims = JSON.parse(whoami.stdout)
    expect(claims.tenant).toBe("acme")
    const one = await runCli(["tenant", "env", "area", "--storage", "memory"], env, { cwd: work })
    expect(one.stdout.trim()).toBe(sandbox.tenant("acme").area)
    for (const r of [discover, whoami, one]) {
      noSecrets(r.stdout + r.stderr)
      expect(r.stdout + r.stderr).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/) // no JWT
    }
  })

  test("the fs token cache keeps the token under .cxedge between runs", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-fs-"))
    const before = sandbox.tenant("acme").stats.tokens
    for (let i = 0; i < 2; i++) expect((await runCli(["tenant", "env", "area"], env, { cwd: dir })).code).toBe(0)
    expect(sandbox.tenant("acme").stats.tokens - before).toBe(1)
  })

  test.each([
    ["wrong credentials", { CXEDGE_ACCESS_KEY_SECRET: "not-the-secret" }, "invalid_grant", 1],
    // Refused before discovery, once the token names its own tenant (the configuration's mistake: exit 2).
    ["a tenant id not the token's", { CXEDGE_TENANT_ID: "00000000-0000-4000-a000-000000000000" }, "is not the tenant the credentials belong to", 2],
    ["unreachable host", { CXEDGE_ISSUER: "http://127.0.0.1:9" }, "cannot reach 127.0.0.1:9", 1],
  ])("%s: one line naming the cause, non-zero exit, no stack", async (_, override, expected, code) => {
    const r = await runCli(["tenant", "discover", "--storage", "memory"], { ...env, ...override }, { cwd: work })
    expect(r.code).toBe(code)
    expect(r.stderr.trim().split("\n")).toHaveLength(1)
    expect(r.stderr).toContain(expected)
    noStack(r.stderr)
    noSecrets(r.stderr + r.stdout)
    expect(r.stderr).not.toContain("not-the-secret")
  })

  test("malformed JSON from the server is one line naming the operation", async () => {
    const broken = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response('{"issuer": "http://x", "token_', { headers: { "content-type": "application/json" } }) })
    try {
      const r = await runCli(["tenant", "discover", "--storage", "memory"], { ...env, CXEDGE_ISSUER: `http://127.0.0.1:${broken.port}` }, { cwd: work })
      expect(r.code).toBe(1)
      expect(r.stderr.trim()).toBe("[cxedge] [cxone] discovery.oidc: the server sent malformed JSON (status 200): retry later or report it to the tenant's administrator")
    } finally {
      broken.stop(true)
    }
  })

  test.each([
    ["an unknown plugin", { plugins: ["no-such-plugin"] }, "cannot load plugin module"],
    ["a secret in the config file", { tenant: { accessKeySecret: "x" } }, "secrets belong in the environment"],
    ["an invalid tenant setting", { tenant: { issuer: "not a url" } }, "tenant.issuer is not a URL"],
  ])("a config with %s: exit 2 and one line", async (_, config, expected) => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-cfg-"))
    writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify(config))
    const r = await runCli(["tenant", "discover"], {}, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split("\n").at(-1)).toContain(expected)
    noStack(r.stderr)
  })

  test("a config file that is not JSON: exit 2 naming the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-cfg-"))
    writeFileSync(join(dir, "cxedge.config.json"), "{ plugins: [")
    const r = await runCli(["tenant", "discover"], {}, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("cxedge.config.json is not valid JSON")
  })

  test("an unknown command shows usage and exits 2", async () => {
    const r = await runCli(["frobnicate"], {}, { cwd: work })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("unknown command frobnicate")
  })

  test("cxedge sandbox serves the tenant on a port", async () => {
    const proc = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "sandbox", "--port", "0", "--contacts", "5"], { stdout: "pipe", stderr: "pipe" })
    try {
      const reader = proc.stdout.getReader()
      let text = ""
      for (let i = 0; i < 50 && !text.includes("listening on"); i++) text += new TextDecoder().decode((await reader.read()).value)
      const origin = /listening on (http:\/\/[\d.:]+)/.exec(text)![1]!
      const doc = await (await fetch(`${origin}/.well-known/openid-configuration`)).json()
      expect(doc.token_endpoint).toBe(`${origin}/auth/token`)
    } finally {
      proc.kill()
      await proc.exited
    }
  })
})
