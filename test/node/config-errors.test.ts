import { describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { settingsFrom } from "../../core/index.ts"
import { runCli } from "../helpers.ts"

const KEY = Buffer.alloc(32, 7).toString("base64")
const dir = mkdtempSync(join(tmpdir(), "cxedge-cfgerr-"))
let n = 0
/** Writes a config file with exactly this text and returns its path. */
const file = (ext: "json" | "ts", text: string) => {
  const path = join(dir, `c${n++}.${ext}`)
  writeFileSync(path, text)
  return path
}

/** Every mistake: exit 2, one line on stderr naming the thing, no stack, nothing on stdout. */
async function refused(args: string[], env: Record<string, string>, expected: (string | RegExp)[]) {
  const r = await runCli(args, env, { cwd: dir, timeoutMs: 20_000 })
  const lines = r.stderr.trim().split("\n").filter((l) => !l.includes("no tenant configured"))
  expect({ code: r.code, lines: lines.length }).toEqual({ code: 2, lines: 1 })
  expect(lines[0]).toStartWith("[cxedge] ")
  for (const e of expected) expect(lines[0]!).toMatch(e)
  expect(r.stderr).not.toMatch(/^\s+at |\bError:|Unhandled/m)
  expect(r.stdout).toBe("")
  return lines[0]!
}

const whoami = (config: string) => ["tenant", "whoami", "--config", config]

describe("a config file that is not an object", () => {
  test.each([
    ["null", "null"], ["[]", "an array"], ["42", "a number"], ['"x"', "a string"],
  ])("JSON %s", async (text, kind) => {
    const path = file("json", text)
    await refused(whoami(path), {}, [path, `holds ${kind}, not a configuration object`])
  })
  test.each([
    ["export default null", "holds null"], ["export default []", "holds an array"], ["export default 42", "holds a number"],
    ["export const limits = {}", "has no default export"], ["export default {", "cannot load"],
  ])(".ts `%s`", async (text, expected) => {
    const path = file("ts", text)
    await refused(whoami(path), {}, [path, expected])
  })
})

describe("unknown keys get a suggestion", () => {
  test.each([
    [{ limit: { rps: 5 } }, 'unknown key "limit" (did you mean "limits"?)'],
    [{ plugin: ["tenant"] }, 'unknown key "plugin" (did you mean "plugins"?)'],
    [{ tenant: { isuer: "https://x.example" } }, 'tenant.isuer is unknown (did you mean "issuer"?)'],
    [{ limits: { rsp: 5 } }, "limits.rsp is unknown"],
    [{ storage: { drvier: "fs" } }, 'storage.drvier is unknown (did you mean "driver"?)'],
    [{ nonsense: 1 }, 'unknown key "nonsense": the keys are'],
  ])("%j", async (config, expected) => {
    await refused(whoami(file("json", JSON.stringify(config))), {}, [expected])
  })
})

describe("secrets in a config file are refused, naming the key path", () => {
  test.each([
    [{ tenant: { accessKeySecret: "x" } }, "tenant.accessKeySecret"],
    [{ tenant: { clientSecret: "x" } }, "tenant.clientSecret"],
    [{ tenant: { records: { baseUrl: "https://r.example", clientSecret: "x" } } }, "tenant.records.clientSecret"],
    [{ settings: { "consent-webhook": { secrets: ["x"] } } }, "settings.consent-webhook.secrets"],
    [{ settings: { "consent-webhook": { inboundSecrets: ["x"] } } }, "settings.consent-webhook.inboundSecrets"],
    [{ settings: { anonymize: { contactEnded: { matrix: "gdpr", secrets: ["x"] } } } }, "settings.anonymize.contactEnded.secrets"],
    [{ settings: { foo: { nested: [{ apiKey: "x" }] } } }, "settings.foo.nested[0].apiKey"],
    [{ settings: { foo: { db_password: "x" } } }, "settings.foo.db_password"],
    [{ settings: { foo: { refreshToken: "x" } } }, "settings.foo.refreshToken"],
    [{ plugins: [["tenant", { token: "x" }]] }, "plugins[0][1].token"],
    [{ settings: { foo: { signing: "whsec_abc" } } }, "settings.foo.signing"],
  ])("%j", async (config, path) => {
    const line = await refused(whoami(file("json", JSON.stringify(config))), {}, [`holds a secret at ${path}`, "secrets belong in the environment"])
    expect(line).not.toContain('"x"')
  })
  test("a .ts config too", async () => {
    await refused(whoami(file("ts", 'export default { tenant: { issuer: "https://x.example" }, settings: { a: { password: "hunter2" } } }')), {}, ["settings.a.password"])
  })
  test("URL-valued keys named like tokens are not secrets", async () => {
    const r = await runCli(["plugins", "--json", "--config", file("json", JSON.stringify({ tenant: { endpoints: { token: "https://t.example/token" }, records: { baseUrl: "https://r.example", tokenUrl: "https://r.example/t" } } }))], {}, { cwd: dir })
    expect(r.stderr).not.toContain("holds a secret")
  })
})

describe("plugins", () => {
  test.each([
    [[123], "plugins[0] is a number"],
    ["x", "plugins is a string, not a list"],
    [[null], "plugins[0] is null"],
    [["tenant", {}], "plugins[1] is an object"],
    [[""], "plugins[0] is an empty name"],
    [["anonymise"], 'unknown plugin "anonymise" (did you mean "anonymize"?)'],
    [["tenant", "audit-flie"], 'unknown plugin "audit-flie" (did you mean "audit-file"?)'],
  ])("%j", async (plugins, expected) => {
    await refused(whoami(file("json", JSON.stringify({ plugins }))), {}, [expected])
  })
  test("CXEDGE_PLUGINS with a misspelt built-in", async () => {
    await refused(["tenant", "whoami"], { CXEDGE_PLUGINS: "tenant,anonymze" }, ["CXEDGE_PLUGINS[1]", 'did you mean "anonymize"'])
  })
  test("CXEDGE_PLUGINS wins over the file's plugins, like every other variable", async () => {
    const { settingsFrom } = await import("../../core/index.ts")
    const file = { plugins: ["tenant", "anonymize"] }
    expect(settingsFrom({ CXEDGE_PLUGINS: "tenant" }, file).config.plugins).toEqual(["tenant"])
    expect(settingsFrom({}, file).config.plugins).toEqual(["tenant", "anonymize"])
  })
})

describe("limits", () => {
  test.each([
    [{ rps: -1 }, "limits.rps must be a number at least 0.1 and at most 10000"],
    [{ rps: 0 }, "limits.rps"],
    [{ rps: "5" }, "limits.rps must be a number, not a string"],
    [{ rps: 1e9 }, "at most 10000"],
    [{ burst: 0 }, "limits.burst must be a whole number at least 1"],
    [{ burst: 2.5 }, "limits.burst"],
    [{ maxConcurrency: 1e9 }, "limits.maxConcurrency must be a whole number at least 1 and at most 256"],
  ])("file %j", async (limits, expected) => {
    await refused(whoami(file("json", JSON.stringify({ limits }))), {}, [expected])
  })
  test.each([
    ["CXEDGE_RPS", "-5"], ["CXEDGE_RPS", "0"], ["CXEDGE_RPS", "NaN"], ["CXEDGE_RPS", "Infinity"], ["CXEDGE_RPS", "fast"],
    ["CXEDGE_BURST", "0"], ["CXEDGE_BURST", "1.5"], ["CXEDGE_BURST", "-1"],
    ["CXEDGE_CONCURRENCY", "1e9"], ["CXEDGE_CONCURRENCY", "0"], ["CXEDGE_CONCURRENCY", "0x10"],
    ["CXEDGE_SANDBOX_CONTACTS", "-3"], ["CXEDGE_SANDBOX_CONTACTS", "lots"],
  ])("%s=%s", async (name, value) => {
    await refused(["tenant", "whoami"], { [name]: value }, [name])
  })
  // The server and a Worker read CXEDGE_* through settingsFrom with no CLI in front: the same rule as the flags.
  test.each([["1e3"], ["+5"], ["0x10"], [" 5 x"]])("settingsFrom refuses CXEDGE_RPS=%p as the CLI does", (value) => {
    expect(() => settingsFrom({ CXEDGE_RPS: value })).toThrow(`CXEDGE_RPS ${JSON.stringify(value)} is not allowed: use a number from 0.1 to 10000`)
  })
  test("settingsFrom takes a plain CXEDGE_RPS, and a burst of a fifth of it", () => {
    expect(settingsFrom({ CXEDGE_RPS: "12.5" }).config.limits).toMatchObject({ rps: 12.5, burst: 3 })
  })
  test.each([["-1"], ["0"], ["abc"], ["Infinity"], [""]])("--rps %p", async (value) => {
    await refused(["tenant", "whoami", "--rps", value], {}, ["--rps"])
  })
})

describe("HMAC keys", () => {
  test.each([
    [`k1:${KEY},k1:${KEY}`, 'entry 2: key id "k1" is given twice'],
    ["k1", "entry 1 has no colon"],
    [`:${KEY}`, "entry 1 has no key id"],
    ["k1:", "key k1 is empty"],
    [`k1:${Buffer.alloc(15, 1).toString("base64")}`, "key k1 has 15 bytes, at least 32"],
    ["k1:!!not*base64!!", "key k1 is not valid base64"],
    [`k1:${KEY},,k2:${KEY}`, "entry 2 is empty"],
    [`K1:${KEY}`, 'key id "K1" must be'],
    // Two keys run together with another separator than a comma (a review, stop 66: "not valid base64").
    [`k1:${KEY};k2:${KEY}`, 'key k1 runs into another key id after ";": separate keys with commas'],
    [`k1:${KEY} k2:${KEY}`, 'key k1 runs into another key id after "a space": separate keys with commas'],
  ])("CXEDGE_HMAC_KEYS=%s", async (keys, expected) => {
    const line = await refused(["tenant", "whoami"], { CXEDGE_HMAC_KEYS: keys }, ["CXEDGE_HMAC_KEYS", expected])
    expect(line).not.toContain(KEY)
  })
})

describe("URLs need an http(s) scheme", () => {
  test.each([
    ["CXEDGE_RECORDS_URL", "ftp://records.example"], ["CXEDGE_RECORDS_URL", "records.example"], ["CXEDGE_RECORDS_URL", "file:///etc/passwd"],
    ["CXEDGE_ISSUER", "javascript:alert(1)"], ["CXEDGE_API_URL", "gopher://x"], ["CXEDGE_TOKEN_URL", "not a url"],
    ["CXEDGE_DFO_URL", "ws://dfo.example"], ["CXEDGE_PRIVACY_URL", "mailto:a@b.c"], ["CXEDGE_WEBHOOK_URL", "ftp://consent.example"],
  ])("%s=%s", async (name, value) => {
    await refused(["tenant", "whoami"], { [name]: value }, [name, /not a URL|uses \w+, not http or https/])
  })
  test("a tenant URL in the file", async () => {
    await refused(whoami(file("json", JSON.stringify({ tenant: { endpoints: { api: "ftp://api.example" } } }))), {}, ["tenant.endpoints.api", "not http or https"])
  })
  test.each([["garbage"], ["http://redis.example"], ["redis//nohost"]])("CXEDGE_REDIS_URL=%s with redis storage", async (url) => {
    await refused(["tenant", "whoami"], { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: url }, ["CXEDGE_REDIS_URL", /not a URL|not redis or rediss/])
  })
  test("a password in a refused redis URL is not printed", async () => {
    const line = await refused(["tenant", "whoami"], { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "http://:hunter2@redis.example" }, ["CXEDGE_REDIS_URL"])
    expect(line).not.toContain("hunter2")
  })
})

describe("the storage directory", () => {
  const aFile = join(dir, "not-a-dir")
  writeFileSync(aFile, "x")
  test.each([
    [["--storage-dir", aFile], {}, "--storage-dir", "is a file, not a directory"],
    [[], { CXEDGE_STORAGE_DIR: aFile }, "CXEDGE_STORAGE_DIR", "is a file, not a directory"],
    [["--storage-dir", join(aFile, "sub")], {}, "--storage-dir", "cannot be"],
  ])("%j %j", async (flags, env, name, expected) => {
    const r = await refused(["jobs", "--storage", "fs", ...(flags as string[])], env as Record<string, string>, [name, expected])
    expect(r).not.toMatch(/function|=>|\{$/) // not a line of bundled source
  })
  test("anonymize with --storage-dir on a file writes nothing and says why", async () => {
    await refused(["anonymize", "--matrix", "matrices/gdpr.json", "--target", "export", "--out", join(dir, "out.jsonl"), "--storage", "fs", "--storage-dir", aFile].map((a) => (a.startsWith("matrices/") ? join(import.meta.dir, "../..", a) : a)), {}, ["is a file"])
    expect(await Bun.file(join(dir, "out.jsonl")).exists()).toBe(false)
  })
})

test("a config file that is not JSON is named without quoting what it holds (an unquoted secret stays out)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-badjson-"))
  const path = join(dir, "cxedge.config.json")
  writeFileSync(path, '{"tenant": {"issuer": s3cretvalue}}')
  const r = await runCli(["jobs", "--config", path])
  expect(r.code).toBe(2)
  expect(r.stderr).toContain(`${path} is not valid JSON (Unexpected identifier): fix the file`)
  expect(r.stderr).not.toContain("s3cretvalue")
  // The callout route answers with this problem: it must not quote the variable's text either.
  const { settingsFrom, withPluginEnv } = await import("../../core/index.ts")
  const { builtins } = await import("../../plugins/manifest.ts")
  const env = { CXEDGE_CALLOUT_MATRIX: '{"fields": [{"path": "email", "transform": s3cretvalue}]}' }
  const callout = (withPluginEnv(settingsFrom(env), env, Object.values(builtins)).config.settings as any).anonymize.contactEnded
  expect(callout.problem).toContain("CXEDGE_CALLOUT_MATRIX is not valid JSON")
  expect(callout.problem).not.toContain("s3cretvalue")
}, 20_000)
