/**
 * The configuration refused before any call (exit 2, one line naming the variable, flag or key, never its value), each
 * against a sandbox tenant served on a loopback port whose every request is counted.
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

// The records API needs no discovery: the check after discovery's token grant was never made, and a job wrote every
// record of the credentials' tenant while CXEDGE_TENANT_ID named another. Every token is checked now.
test.each([
  ["tenant whoami", ["tenant", "whoami"]],
  ["an anonymize job through the records API", ["anonymize", "--matrix", "gdpr", "--yes", "--storage-dir", "."]],
])("CXEDGE_TENANT_ID of another tenant is refused by %s before any write", async (_, args) => {
  const writes = () => [...sandbox.tenant("acme").data.records.values()].reduce((n, r) => n + r.writes, 0)
  const before = writes()
  const r = await run(args, { CXEDGE_TENANT_ID: sandbox.tenant("globex").id, CXEDGE_STORAGE: "fs", CXEDGE_AUDIT_KEY: Buffer.alloc(32, 7).toString("base64") })
  expect(r.stderr.trim().split("\n").at(-1)).toBe("[cxedge] [cxone] CXEDGE_TENANT_ID (or tenant.tenantId) is not the tenant the credentials belong to (the token's tenantId claim names another): set it to the tenant of these credentials, or unset it to read it from the token")
  expect(r.code).toBe(2)
  expect(r.calls.filter((path) => !/token|openid-configuration/.test(path))).toEqual([])
  expect(writes()).toBe(before)
})

test("CXEDGE_TENANT_ID of the credentials' tenant (in capitals too) is used", async () => {
  const r = await run(["tenant", "env"], { CXEDGE_TENANT_ID: sandbox.tenant("acme").id.toUpperCase() })
  expect(r.code).toBe(0)
})

// A tenant value's text is refused by its name before any call: set but empty (CXEDGE_ISSUER= was read as unset and
// NICE's production host used), white space at an end, a line break (an env file saved with CR LF ends), bytes that
// are not UTF-8. Each was sent to the token endpoint (or discovery) as it was.
test.each([
  ["CXEDGE_ISSUER", "", "[cxedge] [config] CXEDGE_ISSUER is set but empty: give its value, or unset it"],
  ["CXEDGE_ACCESS_KEY_SECRET", "", "[cxedge] [config] CXEDGE_ACCESS_KEY_SECRET is set but empty: give its value, or unset it"],
  ["CXEDGE_CLIENT_SECRET", "sandbox-client-secret-acme ", "[cxedge] [config] CXEDGE_CLIENT_SECRET ends with white space: write the value without it"],
  ["CXEDGE_ACCESS_KEY_SECRET", " sbx+acme/secret=", "[cxedge] [config] CXEDGE_ACCESS_KEY_SECRET starts with white space: write the value without it"],
  ["CXEDGE_CLIENT_SECRET", "sandbox-client-secret-acme\r", "[cxedge] [config] CXEDGE_CLIENT_SECRET holds a line break (a value pasted with its newline, or a file saved with CR LF ends): write the value without it"],
  ["CXEDGE_CLIENT_ID", "cxedge-sandbox-\uFFFDacme", "[cxedge] [config] CXEDGE_CLIENT_ID holds bytes that are not UTF-8: write it in UTF-8"],
  ["CXEDGE_RECORDS_CLIENT_SECRET", "records-secret-acme ", "[cxedge] [config] CXEDGE_RECORDS_CLIENT_SECRET ends with white space: write the value without it"],
  ["CXEDGE_TENANT_ID", "7c570089-3a34 -4d83", "[cxedge] [config] CXEDGE_TENANT_ID holds white space: write the value without it"],
])("%s %j: refused by name, no call", async (name, value, says) => {
  refused(await run(["tenant", "env"], { [name]: value }), says)
})

test("CXEDGE_ISSUER with a space after it is refused", async () => {
  refused(await run(["tenant", "env"], { CXEDGE_ISSUER: `${served.origin} ` }), "[cxedge] [config] CXEDGE_ISSUER ends with white space: write the value without it")
})

test.each([
  ["a Latin-1 byte", Buffer.concat([Buffer.from("CXEDGE_CLIENT_SECRET=caf"), Buffer.from([0xe9]), Buffer.from("\n")]), "[cxedge] [config] CXEDGE_SECRETS_FILE (s.env) line 1 holds bytes that are not UTF-8: save the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)"],
  ["an unbalanced quote", Buffer.from('CXEDGE_CLIENT_SECRET="sandbox-client-secret-acme\n'), "[cxedge] [config] CXEDGE_SECRETS_FILE (s.env) line 1 opens a quote it does not close (an unbalanced quote): close it, or write the value without quotes"],
  ["a quoted value ending in a space", Buffer.from('CXEDGE_CLIENT_SECRET="sandbox-client-secret-acme "\n'), "[cxedge] [config] CXEDGE_CLIENT_SECRET ends with white space: write the value without it"],
])("a secrets file with %s: refused by its line or variable, no call", async (_, bytes, says) => {
  refused(await run(["tenant", "env"], { CXEDGE_SECRETS_FILE: "s.env", CXEDGE_CLIENT_SECRET: undefined }, { "s.env": bytes }), says)
})

test("cxedge plugins says what an unset CXEDGE_ISSUER means (NICE's host when a tenant is configured), not 'the embedded sandbox' alone", async () => {
  const r = await run(["plugins"], {})
  expect(r.code).toBe(0)
  const line = r.stdout.split("\n").find((l) => l.includes("CXEDGE_ISSUER"))
  expect(line).toContain("https://cxone.niceincontact.com")
})

// Number flags and variables: white space around the digits was read as the number.
test.each([
  [["skills", "health", "--skill", "4101", "--min-agents", " 3"], {}, '[cxedge] [flags] --min-agents " 3" has white space before the number: write 3, without it'],
  [["tenant", "env"], { CXEDGE_RPS: " 5" }, '[cxedge] [flags] CXEDGE_RPS " 5" has white space before the number: write 5, without it'],
  [["sandbox", "--port", "0 "], {}, '[cxedge] [flags] --port "0 " has white space after the number: write 0, without it'],
  [["serve"], { CXEDGE_PORT: "0 " }, '[cxedge] [flags] CXEDGE_PORT "0 " has white space after the number: write 0, without it'],
] as [string[], Record<string, string>, string][])("%j %j: refused, no call", async (args, extra, says) => {
  refused(await run(args, extra), says)
})

// A command of a built-in left out of plugins ran all the same (skills health called the tenant), or failed on its
// storage namespace with a developer's message (transcript send).
test.each([
  [["skills", "health", "--skill", "4101"], { CXEDGE_PLUGINS: "tenant" }, {}, "skill-activity"],
  [["transcript", "send", "--contact", "600042000001", "--to", "privacy@example.com"], { CXEDGE_PLUGINS: "tenant" }, {}, "transcript"],
  [["scripts", "start", "--skill", "4101", "--script-id", "7"], {}, { "cxedge.config.json": JSON.stringify({ plugins: ["tenant", "anonymize"] }) }, "scripts"],
  [["pii", "scan", "--file", "c.jsonl"], { CXEDGE_PLUGINS: "tenant" }, { "c.jsonl": JSON.stringify({ id: "1", note: "call 020 7946 0958" }) + "\n" }, "pii"],
] as [string[], Record<string, string>, Record<string, string>, string][])("%j of an unloaded plugin: refused naming it, exit 2, no call", async (args, extra, files, plugin) => {
  refused(await run(args, extra, files), `[cxedge] [config] the ${plugin} plugin is not loaded: add "${plugin}" to plugins (or CXEDGE_PLUGINS)`)
})
