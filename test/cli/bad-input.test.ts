/**
 * The bad-input corpus: mistakes a person makes with flags, dates, config
 * files, environment variables, matrices, JSONL files and HTTP requests.
 * Every one must be refused (or rejected per record) with a message that
 * names the cause, no stack trace, and no change at the tenant.
 *
 * Each CLI case runs against its own sandbox tenant served on a loopback
 * port and configured like a real one, so "nothing changed" is checked per
 * case against that tenant's records, erasures, transcripts and script starts.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { createMemoryLogger, signWebhook } from "../../core/index.ts"
import { loadSettings } from "../../node/config.ts"
import { openNodeRuntime } from "../../node/runtime.ts"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { sandboxEnv, serveSandbox } from "../helpers.ts"
import { corpusFiles, KEY, runCorpus, snapshot, type Case } from "./corpus.ts"

/** HTTP cases at the end of this file, counted toward the corpus. */
const HTTP_CASES = 29

const { dir, file, json, matrix, config, jsonl } = corpusFiles("cxedge-bad-")

const EXPORT = () => join(dir, `out-${crypto.randomUUID()}.jsonl`)
// A case's own --matrix replaces the default one: a flag given twice is itself refused.
const withMatrix = (args: string[]) => (args.includes("--matrix") ? [] : ["--matrix", "matrices/gdpr.json"])
const run = (args: string[]) => ["anonymize", ...withMatrix(args), "--source", "records", "--target", "patch", "--yes", ...args]
const erase = (args: string[]) => ["anonymize", ...withMatrix(args), "--source", "cxone", "--target", "erasure", "--yes", ...args]
const flag = (name: string, suggestion?: string) => [new RegExp(`unknown flag ${name}\\b`), ...(suggestion ? [new RegExp(`did you mean ${suggestion}\\b`)] : [])]
const notConfirmed = [/--yes/]

const cases: Case[] = [
  // Flags: typos are refused with a suggestion; nothing runs.
  { name: "--dryrun", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--dryrun"], code: 2, says: flag("--dryrun", "--dry-run") },
  { name: "--concurency", args: run(["--concurency", "4"]), code: 2, says: flag("--concurency", "--concurrency") },
  { name: "--targt", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--targt", "export"], code: 2, says: flag("--targt", "--target") },
  { name: "--matrx", args: ["anonymize", "--matrx", "matrices/gdpr.json"], code: 2, says: flag("--matrx", "--matrix") },
  { name: "--resum", args: ["anonymize", "--resum", "job_x"], code: 2, says: flag("--resum", "--resume") },
  { name: "--sinse", args: erase(["--sinse", "2024-01-01"]), code: 2, says: flag("--sinse", "--since") },
  { name: "jobs --jsn", args: ["jobs", "--jsn"], code: 2, says: flag("--jsn", "--json") },
  { name: "tenant whoami --verbos", args: ["tenant", "whoami", "--verbos"], code: 2, says: flag("--verbos", "--verbose") },
  { name: "skills activity --wach", args: ["skills", "activity", "--wach"], code: 2, says: flag("--wach", "--watch") },
  { name: "transcript send --too", args: ["transcript", "send", "--contact", "1", "--too", "a@example.com"], code: 2, says: flag("--too", "--to") },
  { name: "audit verify --agianst", args: ["audit", "verify", "--agianst", "x.json"], code: 2, says: flag("--agianst", "--against") },
  { name: "serve --prot", args: ["serve", "--prot", "8080"], code: 2, says: flag("--prot", "--port") },
  { name: "sandbox --prot", args: ["sandbox", "--prot", "8080"], code: 2, says: flag("--prot", "--port") },
  { name: "matrix validate --jsonn", args: ["matrix", "validate", "matrices/gdpr.json", "--jsonn"], code: 2, says: flag("--jsonn", "--json") },
  { name: "decrypt --tokn", args: ["decrypt", "--tokn", "x"], code: 2, says: flag("--tokn") },
  { name: "a flag nothing resembles", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--zzzzzzzz"], code: 2, says: flag("--zzzzzzzz") },
  { name: "an unknown command", args: ["anonymise", "--matrix", "matrices/gdpr.json"], code: 2, says: [/anonymise/, /anonymize/] },
  { name: "an unknown sub-command", args: ["audit", "verfy"], code: 2, says: [/verfy/] },
  { name: "--storage typo'd value", args: run(["--storage", "fss"]), code: 2, says: [/fss/] },
  { name: "--source unknown", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--source", "csv", "--yes"], code: 2, says: [/--source/, /csv/] },
  { name: "--target unknown", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--target", "delete", "--yes"], code: 2, says: [/--target/, /delete/] },
  { name: "--matrix without a value", args: ["anonymize", "--yes", "--matrix"], code: 2, says: [/--matrix/] },

  // Numbers: checked against their ranges before any call.
  ...["1e9", "0", "-3", "abc", "1.5", "", "Infinity", "0x10"].map((value) => ({ name: `--concurrency ${JSON.stringify(value)}`, args: run(["--concurrency", value]), code: 2, says: [/--concurrency/] })),
  ...["0", "-5", "abc", "Infinity", "1e99"].map((value) => ({ name: `--rps ${JSON.stringify(value)}`, args: run(["--rps", value]), code: 2, says: [/rps/] })),
  ...["99999", "abc", "80.5", "-1", "65536"].map((value) => ({ name: `serve --port ${value}`, args: ["serve", "--port", value], code: 2, says: [/--port/] })),
  { name: "sandbox --port 70000", args: ["sandbox", "--port", "70000"], code: 2, says: [/--port/] },
  { name: "sandbox --contacts -1", args: ["sandbox", "--contacts", "-1"], code: 2, says: [/--contacts/] },
  { name: "sandbox --contacts 1e12", args: ["sandbox", "--contacts", "1e12"], code: 2, says: [/--contacts/] },
  { name: "skills --interval 0", args: ["skills", "activity", "--watch", "--interval", "0"], code: 2, says: [/--interval/] },
  { name: "skills --interval abc", args: ["skills", "activity", "--watch", "--interval", "abc"], code: 2, says: [/--interval/] },
  { name: "skills -n 0", args: ["skills", "activity", "--watch", "-n", "0"], code: 2, says: [/-n\b|--count/] },
  { name: "skills -n -2", args: ["skills", "activity", "--watch", "-n", "-2"], code: 2, says: [/-n\b|--count/] },
  { name: "dry run --show -1", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--dry-run", "--show", "-1"], code: 2, says: [/--show/] },
  { name: "CXEDGE_PORT=abc", args: ["serve"], env: { CXEDGE_PORT: "abc" }, code: 2, says: [/CXEDGE_PORT/] },

  // Dates: ISO 8601 or a documented relative form; a word never widens an erasure.
  ...["yesterday", "2024-13-01", "2024-02-30", "1700000000", "", "7x", "2024-01-01T25:00:00Z", "last week"].map((value) => ({
    name: `--since ${JSON.stringify(value)}`, args: erase(["--since", value]), code: 2, says: [/--since/],
  })),
  { name: "--until tomorrow", args: erase(["--until", "tomorrow"]), code: 2, says: [/--until/] },
  { name: "--since after --until", args: erase(["--since", "2025-01-01", "--until", "2024-01-01"]), code: 2, says: [/--since|--until/] },

  // Configuration files: the file and the key are named.
  ...[["null", null], ["an array", []], ["a number", 42], ["a string", "x"]].map(([what, value]) => ({
    name: `a config file holding ${what}`, args: ["jobs", "--config", config(`not-object-${what}`, value)], code: 2, says: [/not-object/, /object/],
  })),
  { name: "config limits.rps 0", args: ["jobs", "--config", config("rps0", { limits: { rps: 0 } })], code: 2, says: [/rps/] },
  { name: "config limits.rps -1", args: ["jobs", "--config", config("rpsneg", { limits: { rps: -1 } })], code: 2, says: [/rps/] },
  { name: "config limits.rps a string", args: ["jobs", "--config", config("rpsstr", { limits: { rps: "fast" } })], code: 2, says: [/rps/] },
  { name: "config tenant.clientSecret", args: ["jobs", "--config", config("secret1", { tenant: { clientSecret: "s3cr3t-value" } })], code: 2, says: [/clientSecret/], never: ["s3cr3t-value"] },
  { name: "config tenant.records.clientSecret", args: ["jobs", "--config", config("secret2", { tenant: { records: { baseUrl: "http://127.0.0.1:1", clientSecret: "s3cr3t-value" } } })], code: 2, says: [/clientSecret/], never: ["s3cr3t-value"] },
  { name: "config tenant.accessKeySecret", args: ["jobs", "--config", config("secret3", { tenant: { accessKeySecret: "s3cr3t-value" } })], code: 2, says: [/accessKeySecret/], never: ["s3cr3t-value"] },
  { name: "config consent secrets", args: ["jobs", "--config", config("secret4", { settings: { "consent-webhook": { secrets: ["whsec_abc"] } } })], code: 2, says: [/secrets/], never: ["whsec_abc"] },
  { name: "config plugins: [123]", args: ["jobs", "--config", config("plugins1", { plugins: [123] })], code: 2, says: [/plugins/] },
  { name: "config plugins: a string", args: ["jobs", "--config", config("plugins2", { plugins: "anonymize" })], code: 2, says: [/plugins/] },
  { name: "config plugins: [null]", args: ["jobs", "--config", config("plugins3", { plugins: [null] })], code: 2, says: [/plugins/] },
  { name: "config plugins: an unknown name", args: ["jobs", "--config", config("plugins4", { plugins: ["./no-such-plugin.ts"] })], code: 2, says: [/no-such-plugin/] },
  { name: "config not JSON", args: ["jobs", "--config", file("broken.config.json", "{ limits: ")], code: 2, says: [/broken\.config\.json/] },
  { name: "--config a missing file", args: ["jobs", "--config", join(dir, "missing.config.json")], code: 2, says: [/missing\.config\.json/] },
  { name: "config unknown key", args: ["jobs", "--config", config("typo", { limit: { rps: 5 } })], code: 2, says: [/limit\b/] },
  { name: "config storage driver unknown", args: ["jobs", "--config", config("driver", { storage: { driver: "sql" } })], code: 2, says: [/sql/] },

  // Environment variables: the variable is named, its secret value never is.
  { name: "CXEDGE_HMAC_KEYS duplicate ids", args: run([]), env: { CXEDGE_HMAC_KEYS: `${KEY},k1:${Buffer.alloc(32, 9).toString("base64")}` }, code: 2, says: [/CXEDGE_HMAC_KEYS/, /k1/], never: [Buffer.alloc(32, 9).toString("base64")] },
  { name: "CXEDGE_HMAC_KEYS without an id", args: run([]), env: { CXEDGE_HMAC_KEYS: Buffer.alloc(32, 9).toString("base64") }, code: 2, says: [/CXEDGE_HMAC_KEYS/] },
  { name: "CXEDGE_HMAC_KEYS empty key", args: run([]), env: { CXEDGE_HMAC_KEYS: "k1:" }, code: 2, says: [/CXEDGE_HMAC_KEYS/] },
  { name: "CXEDGE_HMAC_KEYS short key", args: run([]), env: { CXEDGE_HMAC_KEYS: "k1:c2hvcnQ=" }, code: 2, says: [/CXEDGE_HMAC_KEYS/] },
  { name: "CXEDGE_RECORDS_URL ftp", args: run([]), env: { CXEDGE_RECORDS_URL: "ftp://127.0.0.1/x" }, code: 2, says: [/CXEDGE_RECORDS_URL/] },
  { name: "CXEDGE_RECORDS_URL not a URL", args: run([]), env: { CXEDGE_RECORDS_URL: "records.example" }, code: 2, says: [/CXEDGE_RECORDS_URL/] },
  { name: "CXEDGE_ISSUER file:", args: run([]), env: { CXEDGE_ISSUER: "file:///etc/passwd" }, code: 2, says: [/CXEDGE_ISSUER/] },
  { name: "CXEDGE_RPS 0", args: run([]), env: { CXEDGE_RPS: "0" }, code: 2, says: [/CXEDGE_RPS|rps/] },
  { name: "CXEDGE_RPS abc", args: run([]), env: { CXEDGE_RPS: "abc" }, code: 2, says: [/CXEDGE_RPS|rps/] },
  { name: "CXEDGE_STORAGE unknown", args: run([]), env: { CXEDGE_STORAGE: "sql" }, code: 2, says: [/sql/] },
  { name: "CXEDGE_STORAGE redis without a URL", args: run([]), env: { CXEDGE_STORAGE: "redis" }, code: 2, says: [/CXEDGE_REDIS_URL/] },
  { name: "CXEDGE_REDIS_URL garbage", args: run([]), env: { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "not a url" }, code: [1, 2], says: [/CXEDGE_REDIS_URL|redis/] },
  { name: "CXEDGE_REDIS_URL closed port", args: run([]), env: { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "redis://:hunter2pw@127.0.0.1:1" }, code: [1, 2], says: [/127\.0\.0\.1:1/], never: ["hunter2pw"] },
  { name: "CXEDGE_SECRETS_FILE missing", args: run([]), env: { CXEDGE_SECRETS_FILE: join(dir, "nope.env") }, code: 2, says: [/CXEDGE_SECRETS_FILE/] },
  { name: "--storage-dir is a file", args: run(["--storage", "fs", "--storage-dir", file("a-file", "x")]), code: 2, says: [/storage-dir|a-file/] },
  { name: "CXEDGE_STORAGE_DIR is a file", args: run([]), env: { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: file("another-file", "x") }, code: 2, says: [/CXEDGE_STORAGE_DIR|another-file/] },

  // Matrices: an ambiguous or incomplete rule never becomes a write.
  { name: "when with no operator", args: run(["--matrix", matrix("when-none", [{ path: "email", transform: "redact", when: { field: "consent" } }])]), code: 2, says: [/when/] },
  { name: "when with an unknown operator", args: run(["--matrix", matrix("when-eq", [{ path: "email", transform: "redact", when: { field: "consent", eq: "no" } }])]), code: 2, says: [/eq/] },
  { name: "redact then hmac on one field", args: run(["--matrix", matrix("overlap", [{ path: "email", transform: "redact" }, { path: "email", transform: "hmac" }])]), code: 2, says: [/fields\[0\]/, /fields\[1\]/] },
  { name: "[*] overlaps [0]", args: run(["--matrix", matrix("overlap-array", [{ path: "customFields[*].value", transform: "redact" }, { path: "customFields[0].value", transform: "nullify" }])]), code: 2, says: [/fields\[0\]/, /fields\[1\]/] },
  { name: "a parent rule overlaps its child", args: run(["--matrix", matrix("overlap-parent", [{ path: "customFields", transform: "nullify" }, { path: "customFields[*].value", transform: "redact" }])]), code: 2, says: [/fields\[0\]/, /fields\[1\]/] },
  { name: "unknown transform", args: run(["--matrix", matrix("hmca", [{ path: "email", transform: "hmca" }])]), code: 2, says: [/hmca/] },
  { name: "bad params", args: run(["--matrix", matrix("params", [{ path: "phone", transform: "mask", params: { keepEnd: -1 } }])]), code: 2, says: [/params|keepEnd/] },
  { name: "no fields", args: run(["--matrix", matrix("empty", [])]), code: 2, says: [/fields/] },
  { name: "no name", args: run(["--matrix", json("noname.matrix.json", { fields: [{ path: "email", transform: "redact" }] })]), code: 2, says: [/name/] },
  { name: "a matrix that is an array", args: run(["--matrix", json("array.matrix.json", [])]), code: 2, says: [/array\.matrix\.json/] },
  { name: "a matrix that is null", args: run(["--matrix", json("null.matrix.json", null)]), code: 2, says: [/null\.matrix\.json/] },
  { name: "a missing matrix file", args: run(["--matrix", join(dir, "missing.matrix.json")]), code: 2, says: [/missing\.matrix\.json/] },
  { name: "a matrix that is not JSON", args: run(["--matrix", file("broken.matrix.json", "{ name: ")]), code: 2, says: [/broken\.matrix\.json/] },
  { name: "a path with an empty segment", args: run(["--matrix", matrix("path", [{ path: "a..b", transform: "redact" }])]), code: 2, says: [/a\.\.b/] },
  { name: "an unknown normalizer", args: run(["--matrix", matrix("norm", [{ path: "phone", transform: "hmac", normalize: "phone" }])]), code: 2, says: [/normalize/] },
  { name: "unlisted: maybe", args: run(["--matrix", matrix("unlisted", [{ path: "email", transform: "redact" }], { unlisted: "maybe" })]), code: 2, says: [/unlisted/] },
  { name: "keep is not a list", args: run(["--matrix", matrix("keep", [{ path: "email", transform: "redact" }], { keep: "id" })]), code: 2, says: [/keep/] },
  { name: "defaultCountryCode 0", args: run(["--matrix", matrix("cc", [{ path: "phone", transform: "hmac", normalize: "e164" }], { defaultCountryCode: "0" })]), code: 2, says: [/defaultCountryCode/] },
  { name: "a bad when.matches pattern", args: run(["--matrix", matrix("regex", [{ path: "email", transform: "redact", when: { field: "x", matches: "(" } }])]), code: 2, says: [/matches/] },
  { name: "a typo'd top-level key", args: run(["--matrix", json("feilds.matrix.json", { name: "typo", feilds: [{ path: "email", transform: "redact" }] })]), code: 2, says: [/feilds|fields/] },
  { name: "a rule with no transform", args: run(["--matrix", matrix("notransform", [{ path: "email" }])]), code: 2, says: [/transform/] },

  // JSONL input: bad lines are rejected one by one, named by line, and never exported.
  { name: "JSONL without --file", args: ["anonymize", "--matrix", "matrices/analytics.json", "--source", "jsonl", "--target", "export", "--out", EXPORT()], code: 2, says: [/--file/] },
  { name: "JSONL file missing", args: ["anonymize", "--matrix", "matrices/analytics.json", "--source", "jsonl", "--file", join(dir, "none.jsonl"), "--target", "export", "--out", EXPORT()], code: 2, says: [/none\.jsonl/] },
  ...([
    ["a duplicate id", ['{"id":"1","email":"dup.one@example.com"}', '{"id":"1","email":"dup.two@example.com"}'], /duplicate/, "dup.two@example.com"],
    ["a line that is not JSON", ['{"id":"1","email":"ok@example.com"}', '{"id":"2","email":"broken@example.com"'], /line 2/, "broken@example.com"],
    ["an array line", ['{"id":"1"}', '["x@example.com"]'], /line 2/, "x@example.com"],
    ["a line with no id", ['{"id":"1"}', '{"email":"noid@example.com"}'], /line 2/, "noid@example.com"],
    ["an id that is an object", ['{"id":"1"}', '{"id":{"a":1},"email":"objid@example.com"}'], /line 2/, "objid@example.com"],
  ] as const).map(([what, lines, says, value]) => {
    const out = EXPORT()
    return {
      name: `JSONL with ${what}`,
      args: ["anonymize", "--matrix", "matrices/analytics.json", "--source", "jsonl", "--file", jsonl(what.replace(/\W+/g, "-"), [...lines]), "--target", "export", "--out", out],
      code: 1,
      says: [says],
      never: [value],
      after: () => expect(existsSync(out) ? readFileSync(out, "utf8") : "").not.toContain(value),
    }
  }),

  // Destructive runs against a configured tenant ask first: without a terminal, --yes is required.
  { name: "patch without --yes", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--source", "records", "--target", "patch"], code: 2, says: notConfirmed },
  { name: "erasure without --yes", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--source", "cxone", "--target", "erasure"], code: 2, says: notConfirmed },
  { name: "webhooks purge without --yes", args: ["webhooks", "purge"], code: 2, says: notConfirmed },
]

runCorpus("bad input", cases, { minimum: 100 - HTTP_CASES })

// ---- HTTP: the same rules for requests to the server app ----

describe("bad HTTP requests: a JSON error naming the cause, no stack, nothing changed", () => {
  const TOKEN = "admin-token-for-the-corpus-0123456789"
  const SECRET = "whsec_" + Buffer.alloc(24, 3).toString("base64")
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let app: ReturnType<typeof createApp>
  let broken: ReturnType<typeof createApp>
  let close: () => Promise<void>

  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 12 })
    served = serveSandbox(sandbox)
    const open = async (extra: Record<string, string>) => {
      const env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_CONSENT_SECRETS: SECRET, CXEDGE_CALLOUT_SECRETS: SECRET, ...extra })
      const { rt } = await openNodeRuntime(await loadSettings({}, env), env, createMemoryLogger())
      return rt
    }
    const good = await open({ CXEDGE_CALLOUT_MATRIX: "gdpr" })
    const bad = await open({ CXEDGE_CALLOUT_MATRIX: "{not json" })
    app = createApp(good, { adminToken: TOKEN })
    broken = createApp(bad, { adminToken: TOKEN })
    close = async () => {
      await good.dispose()
      await bad.dispose()
    }
  })
  afterAll(async () => {
    await close?.()
    served?.stop()
  })

  const admin = (path: string, body: string, headers: Record<string, string> = {}) =>
    app.request(path, { method: "POST", body, headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", ...headers } })
  const signed = (target: ReturnType<typeof createApp>, path: string, body: string, options: { at?: number; secret?: string; id?: string } = {}) => {
    const id = options.id ?? `msg_${crypto.randomUUID().replaceAll("-", "")}`
    const at = options.at ?? Math.floor(Date.now() / 1000)
    return target.request(path, {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(at), "webhook-signature": signWebhook(options.secret ?? SECRET, id, at, body) },
    })
  }
  const contact = () => [...sandbox.tenant("acme").data.records.keys()][0]!

  async function refused(res: Response | Promise<Response>, status: number, says: RegExp) {
    const before = snapshot(sandbox)
    const r = await res
    const text = await r.text()
    expect(r.status).toBe(status)
    const body = JSON.parse(text) as { error: string; message: string }
    expect(`${body.error} ${body.message}`).toMatch(says)
    expect(text).not.toMatch(/\bat .*\.ts:\d+|node_modules/)
    expect(snapshot(sandbox)).toEqual(before)
  }

  test("transcript: body is not JSON", () => refused(admin("/v1/transcripts", "{nope"), 400, /contactNumber|body/))
  test("transcript: a recipient that is not an address", () => refused(admin("/v1/transcripts", JSON.stringify({ contactNumber: "1", recipients: ["not-an-address"] })), 400, /address|recipients/))
  test("transcript: contactNumber is an object", () => refused(admin("/v1/transcripts", JSON.stringify({ contactNumber: { a: 1 }, recipients: ["a@example.com"] })), 400, /contactNumber/))
  test("transcript: no admin token", () => refused(app.request("/v1/transcripts", { method: "POST", body: "{}" }), 401, /unauthorized|token/i))
  test("transcript: a wrong admin token", () => refused(admin("/v1/transcripts", "{}", { authorization: `Bearer ${TOKEN}x` }), 401, /unauthorized|token/i))
  test("scripts: 21 parameters", () => refused(admin("/v1/scripts/start", JSON.stringify({ skillId: 4101, scriptId: "1", parameters: Array.from({ length: 21 }, (_, i) => `p${i}`) })), 400, /param/i))
  test("scripts: a parameter holding |", () => refused(admin("/v1/scripts/start", JSON.stringify({ skillId: 4101, scriptId: "1", parameters: ["a|b"] })), 400, /\|/))
  test("scripts: skillId is a string of letters", () => refused(admin("/v1/scripts/start", JSON.stringify({ skillId: "abc", scriptId: "1" })), 400, /skillId/))
  test("skills: a skill id that is not a number", () => refused(app.request("/v1/skills/abc/health", { headers: { authorization: `Bearer ${TOKEN}` } }), 400, /skill/i))
  test("consent: no signature headers", () => refused(app.request("/webhooks/consent", { method: "POST", body: "{}" }), 400, /webhook-signature|headers/))
  test("consent: a signature made with another secret", () => refused(signed(app, "/webhooks/consent", "{}", { secret: "whsec_" + Buffer.alloc(24, 4).toString("base64") }), 401, /signature/))
  test("consent: a stale timestamp", () => refused(signed(app, "/webhooks/consent", "{}", { at: Math.floor(Date.now() / 1000) - 3600 }), 401, /timestamp/))
  test("consent: a signed body that is a JSON array", () => refused(signed(app, "/webhooks/consent", "[]"), 422, /payload|subject|object/i))
  test("callout: a signed contactId that is not digits", () => refused(signed(app, "/webhooks/cxone/contact-ended", JSON.stringify({ contactId: "12a" })), 422, /contactId/))
  test("callout: a forged signature", () => refused(signed(app, "/webhooks/cxone/contact-ended", JSON.stringify({ contactId: contact() }), { secret: "whsec_" + Buffer.alloc(24, 5).toString("base64") }), 401, /signature/))
  test("callout: a malformed CXEDGE_CALLOUT_MATRIX breaks only this route, and names the variable", async () => {
    await refused(signed(broken, "/webhooks/cxone/contact-ended", JSON.stringify({ contactId: contact() })), 503, /CXEDGE_CALLOUT_MATRIX/)
    expect((await broken.request("/healthz")).status).toBe(200)
  })

  // Unknown keys and query parameters are refused, naming them, instead of being dropped.
  const get = (path: string) => app.request(path, { headers: { authorization: `Bearer ${TOKEN}` } })
  test("scripts: a typo'd parameters key", () => refused(admin("/v1/scripts/start", JSON.stringify({ skillId: 4101, scriptId: "1", paramters: ["a"] })), 400, /unknown field "paramters" \(did you mean "parameters"\?\)/))
  test("scripts: a query parameter", () => refused(admin("/v1/scripts/start?dryRun=1", JSON.stringify({ skillId: 4101, scriptId: "1" })), 400, /unknown query parameter "dryRun"/))
  test("transcript: an extra cc", () => refused(admin("/v1/transcripts", JSON.stringify({ contactNumber: "1", recipients: ["a@example.com"], cc: ["b@example.com"] })), 400, /unknown field "cc"/))
  test("transcript: the same recipient twice, in two spellings", () =>
    refused(admin("/v1/transcripts", JSON.stringify({ contactNumber: "1", recipients: ["a@example.com", " A@Example.com"] })), 400, /recipients\[1\] repeats recipients\[0\]/))
  test("transcript: errors name the body fields, not the CLI flags", async () => {
    for (const body of [{ contactNumber: "12ab", recipients: ["a@example.com"] }, { contactNumber: "1", recipients: [] }, { contactNumber: "1", recipients: ["nope"] }]) {
      const res = await admin("/v1/transcripts", JSON.stringify(body))
      const { message } = (await res.json()) as { message: string }
      expect(res.status).toBe(400)
      expect(message).toMatch(/contactNumber|recipients/)
      expect(message).not.toMatch(/--contact|--to/)
    }
  })
  test("skills: a typo'd threshold", () => refused(get("/v1/skills/4101/health?maxQeue=5"), 400, /unknown query parameter "maxQeue" \(did you mean "maxQueue"\?\)/))
  test("skills: a threshold given twice", () => refused(get("/v1/skills/4101/health?maxQueue=5&maxQueue=50"), 400, /"maxQueue" is given 2 times/))
  test("skills: a threshold that is not digits", () => refused(get("/v1/skills/4101/health?maxQueue=1e3"), 400, /"maxQueue" must be a whole number from 0 to 100000, in digits/))
  test("tenant: a query parameter", () => refused(get("/v1/tenant?verbose=1"), 400, /unknown query parameter "verbose".*takes no query parameters/))
  test("callout: a misspelt contactId", () => refused(signed(app, "/webhooks/cxone/contact-ended", JSON.stringify({ contactID: contact() })), 422, /found "contactID": did you mean "contactId"\?/))
  test("callout: a query parameter", () => refused(signed(app, "/webhooks/cxone/contact-ended?matrix=pci", JSON.stringify({ contactId: contact() })), 400, /unknown query parameter "matrix"/))
  test("consent: a misspelt data.subjectType", () =>
    refused(signed(app, "/webhooks/consent", JSON.stringify({ type: "erasure.requested", data: { subject: "someone@example.com", subjectTyp: "PHONENO" } })), 422, /"data\.subjectTyp" \(did you mean "data\.subjectType"\?\)/))
  // Round 30: type is a field of the body, and the refusal says so.
  test("consent: a query parameter", () => refused(signed(app, "/webhooks/consent?type=erasure", "{}"), 400, /query parameter "type" is a field of the JSON body: send it in the body/))
})
