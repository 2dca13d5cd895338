/**
 * More of the bad-input corpus (test/cli/bad-input.test.ts): inputs a careless
 * user gives that used to be accepted silently, crash, or be reported under the
 * wrong cause. Each is refused (or rejected per record) naming the cause, with
 * no stack trace and nothing changed at the tenant, which is served on a
 * loopback port per case and configured like a real one.
 */
import { expect } from "bun:test"
import { existsSync, mkdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { corpusFiles, runCorpus, type Case } from "./corpus.ts"

const { dir, file, json, matrix, config, jsonl } = corpusFiles("cxedge-bad-more-")

// A case's own --matrix replaces the default one: a flag given twice is itself refused.
const withMatrix = (args: string[]) => (args.includes("--matrix") ? [] : ["--matrix", "matrices/gdpr.json"])
const run = (args: string[]) => ["anonymize", ...withMatrix(args), "--source", "records", "--target", "patch", "--yes", ...args]
const erase = (args: string[]) => ["anonymize", ...withMatrix(args), "--source", "cxone", "--target", "erasure", "--yes", ...args]
const exportJsonl = (input: string, out: string, extra: string[] = []) =>
  ["anonymize", "--matrix", "matrices/analytics.json", "--source", "jsonl", "--file", input, "--target", "export", "--out", out, ...extra]
const twice = (flag: string) => [new RegExp(`--${flag} is given more than once`)]
const notJobName = (flag: string) => [new RegExp(`--${flag} .* is not a job name`)]

const CONTACTS = jsonl("contacts", ['{"id":"A1","email":"first.person@example.com"}', '{"id":"A2","email":"second.person@example.com"}'])
const CONTACTS_TEXT = readFileSync(CONTACTS, "utf8")
const KEEP = file("existing-export.jsonl", '{"id":"kept"}\n')
const A_DIR = join(dir, "a-directory")
mkdirSync(A_DIR)
const DECRYPT_STORE = join(dir, "decrypt-store")
mkdirSync(DECRYPT_STORE)

const cases: Case[] = [
  // A flag given twice: only its last value would count, so the run would not be what the first one says.
  { name: "--dry-run then --dry-run=false", args: run(["--dry-run", "--dry-run=false"]), code: 2, says: twice("dry-run") },
  { name: "--target patch then --target erasure", args: ["anonymize", "--matrix", "matrices/gdpr.json", "--yes", "--target", "patch", "--target", "erasure"], code: 2, says: twice("target") },
  { name: "--matrix given twice", args: run(["--matrix", "matrices/gdpr.json", "--matrix", "matrices/pci.json"]), code: 2, says: twice("matrix") },
  { name: "--concurrency given twice", args: run(["--concurrency", "4", "--concurrency", "8"]), code: 2, says: twice("concurrency") },
  { name: "--since given twice", args: erase(["--since", "2024-01-01", "--since", "2025-01-01"]), code: 2, says: twice("since") },
  { name: "transcript send --contact given twice", args: ["transcript", "send", "--contact", "600042000000", "--contact", "600042000001", "--to", "a@example.com"], code: 2, says: twice("contact") },
  { name: "skills health --skill given twice", args: ["skills", "health", "--skill", "4101", "--skill", "4102"], code: 2, says: twice("skill") },
  { name: "an empty positional argument", args: ["matrix", "validate", ""], code: 2, says: [/empty argument/] },

  // Job names are storage keys: a path, a separator or odd characters are refused before anything runs.
  { name: "--job ../x", args: run(["--job", "../x"]), code: 2, says: notJobName("job") },
  { name: "--job a/b", args: run(["--job", "a/b"]), code: 2, says: notJobName("job") },
  { name: "--job journal:x", args: run(["--job", "journal:x"]), code: 2, says: notJobName("job") },
  { name: "--job with a space", args: run(["--job", "a b"]), code: 2, says: notJobName("job") },
  { name: "--job with a non-ASCII letter", args: run(["--job", "jöb"]), code: 2, says: notJobName("job") },
  { name: "--job of 5000 characters", args: run(["--job", "x".repeat(5000)]), code: 2, says: notJobName("job") },
  { name: "--job starting with a dot", args: run(["--job", ".hidden"]), code: 2, says: notJobName("job") },
  { name: "--resume ../x", args: ["anonymize", "--resume", "../x", "--yes"], code: 2, says: notJobName("resume") },
  { name: "--resume and --job naming different jobs", args: ["anonymize", "--resume", "job-a", "--job", "job-b", "--yes"], code: 2, says: [/--resume and --job/] },

  // Files: the input is never emptied, a directory is named, a dry run writes nothing.
  {
    name: "--out naming the --file being read", args: exportJsonl(CONTACTS, `${dir}/./contacts.jsonl`),
    code: 2, says: [/--out names the --file/], after: () => expect(readFileSync(CONTACTS, "utf8")).toBe(CONTACTS_TEXT),
  },
  { name: "--out a directory", args: exportJsonl(CONTACTS, A_DIR), code: 2, says: [/a-directory is a directory/], never: ["EISDIR"] },
  {
    // A dry run says what the run would do, and the run would refuse a file that is not its own (test/cli/out-existing.test.ts).
    name: "a dry run leaves an existing --out file alone", args: ["anonymize", "--matrix", "matrices/analytics.json", "--target", "export", "--out", KEEP, "--dry-run"],
    code: 2, says: [/exists and is not this job's export: choose another --out, or pass --force/], after: () => expect(readFileSync(KEEP, "utf8")).toBe('{"id":"kept"}\n'),
  },

  // Dates: a year before 1970 is a typo that would widen an erasure to every contact.
  { name: "--since 0000-01-01", args: erase(["--since", "0000-01-01"]), code: 2, says: [/--since "0000-01-01" is before 1970/] },
  { name: "--since 0224-10-01 (a typo for 2024)", args: erase(["--since", "0224-10-01"]), code: 2, says: [/--since "0224-10-01" is before 1970/] },
  { name: "--until 1969-12-31T00:00:00Z", args: erase(["--until", "1969-12-31T00:00:00Z"]), code: 2, says: [/--until .* is before 1970/] },

  // Addresses to listen on: checked before listening, and not reported as a port in use.
  { name: "serve --host 999.1.1.1", args: ["serve", "--host", "999.1.1.1", "--port", "0"], code: 2, says: [/--host "999\.1\.1\.1" is not an address/] },
  { name: "serve with CXEDGE_HOST holding spaces", args: ["serve"], env: { CXEDGE_HOST: "not a host", CXEDGE_PORT: "0" }, code: 2, says: [/CXEDGE_HOST "not a host" is not an address/] },
  { name: "sandbox --host with spaces", args: ["sandbox", "--host", "not a host", "--port", "0"], code: 2, says: [/--host "not a host" is not an address/], never: ["getaddrinfo", "unexpected error"] },
  { name: "sandbox --host that does not resolve", args: ["sandbox", "--host", "nohost.invalid", "--port", "0"], code: 2, says: [/cannot listen on nohost\.invalid/], never: ["in use"] },

  // Values that named nothing and were answered with success.
  { name: "tenant env __proto__", args: ["tenant", "env", "__proto__"], code: 2, says: [/unknown key "__proto__"/] },
  // Against this configured tenant a decrypt keeps its audit record in lasting storage (memory is refused).
  { name: "decrypt a value that is no token", args: ["decrypt", "not-a-token", "--storage", "fs", "--storage-dir", DECRYPT_STORE], code: 2, says: [/not an encrypt token/] },
  { name: "decrypt a cut-off token", args: ["decrypt", `enc_k1_${"A".repeat(20)}`, "--storage", "fs", "--storage-dir", DECRYPT_STORE], code: 2, says: [/too short to be an encrypt token \(cut off when copied\?\)/, /TOKEN/] },
  { name: "webhooks replay --id naming no dead letter", args: ["webhooks", "replay", "--id", "evt_nope"], code: 2, says: [/no dead letter with --id "evt_nope"/] },

  // Configuration: retry and breaker, nested tenant keys, plugin lists and settings are checked like the rest.
  { name: "config retry.maxAttempts (no such key)", args: ["jobs", "--config", config("retry-key", { retry: { maxAttempts: 3 } })], code: 2, says: [/retry\.maxAttempts is unknown/] },
  { name: "config retry.retries a string", args: ["jobs", "--config", config("retry-str", { retry: { retries: "lots" } })], code: 2, says: [/retry\.retries must be a number/] },
  { name: "config retry.retries 1000", args: ["jobs", "--config", config("retry-big", { retry: { retries: 1000 } })], code: 2, says: [/retry\.retries/] },
  { name: "config retry.statuses not statuses", args: ["jobs", "--config", config("retry-statuses", { retry: { statuses: ["x"] } })], code: 2, says: [/retry\.statuses/] },
  { name: "config breaker.failureRatio 5", args: ["jobs", "--config", config("breaker-ratio", { breaker: { failureRatio: 5 } })], code: 2, says: [/breaker\.failureRatio/] },
  { name: "config breaker unknown key", args: ["jobs", "--config", config("breaker-key", { breaker: { coolDownMs: 5 } })], code: 2, says: [/breaker\.coolDownMs is unknown/, /cooldownMs/] },
  { name: "config settings for a misspelt plugin", args: ["jobs", "--config", config("settings-typo", { settings: { anonymise: { concurrency: 4 } } })], code: 2, says: [/settings\.anonymise names no plugin/, /anonymize/] },
  { name: "config tenant.records unknown key", args: ["jobs", "--config", config("records-key", { tenant: { records: { baseUrl: "http://127.0.0.1:1", scopes: "x" } } })], code: 2, says: [/tenant\.records\.scopes is unknown/, /scope/] },
  { name: "config tenant.endpoints unknown key", args: ["jobs", "--config", config("endpoints-key", { tenant: { endpoints: { tokn: "http://x" } } })], code: 2, says: [/tenant\.endpoints\.tokn is unknown/, /token/] },
  { name: "config tenant.endpoints a string", args: ["jobs", "--config", config("endpoints-str", { tenant: { endpoints: "http://x" } })], code: 2, says: [/tenant\.endpoints must be an object/] },
  { name: "config tenant.issuer a number", args: ["jobs", "--config", config("issuer-num", { tenant: { issuer: 42 } })], code: 2, says: [/tenant\.issuer must be a non-empty string/] },
  { name: "config a plugin listed twice", args: ["jobs", "--config", config("plugins-twice", { plugins: [["anonymize", { concurrency: 2 }], ["anonymize", { concurrency: 64 }]] })], code: 2, says: [/plugins\[1\] repeats "anonymize"/] },
  { name: "config plugin settings that are a list", args: ["jobs", "--config", config("plugins-list", { plugins: [["anonymize", []]] })], code: 2, says: [/settings of "anonymize" are an array/] },

  // Matrices: a typo'd param or a condition that cannot do what it says never runs on defaults.
  { name: "mask params keepstart (typo)", args: run(["--matrix", matrix("keepstart", [{ path: "email", transform: "mask", params: { keepstart: 2 } }])]), code: 2, says: [/params\.keepstart: unknown param/, /keepStart/] },
  { name: "hmac params keyid (typo)", args: run(["--matrix", matrix("keyid", [{ path: "email", transform: "hmac", params: { keyid: "k1" } }])]), code: 2, says: [/params\.keyid: unknown param/, /keyId/] },
  { name: "redact given a param", args: run(["--matrix", matrix("redact-param", [{ path: "email", transform: "redact", params: { value: "x" } }])]), code: 2, says: [/redact takes no params/] },
  { name: "when: []", args: run(["--matrix", matrix("when-empty", [{ path: "email", transform: "redact", when: [] }])]), code: 2, says: [/when: is an empty list/] },
  { name: "when in: []", args: run(["--matrix", matrix("in-empty", [{ path: "email", transform: "redact", when: { field: "channel", in: [] } }])]), code: 2, says: [/"in": \[\] never holds/] },
  { name: "when notIn: []", args: run(["--matrix", matrix("notin-empty", [{ path: "email", transform: "redact", when: { field: "channel", notIn: [] } }])]), code: 2, says: [/"notIn": \[\] always holds/] },
  { name: "a subjects path that is not a path", args: erase(["--matrix", matrix("subjects", [{ path: "email", transform: "redact" }], { subjects: [{ path: "a[" }] })]), code: 2, says: [/subjects\[0\] \(a\[\)/] },
  { name: "a rule path starting with $.", args: run(["--matrix", matrix("dollar", [{ path: "$.email", transform: "redact" }])]), code: 2, says: [/"\$\.email" starts with "\$"/] },
  { name: "a keep path starting with $.", args: run(["--matrix", matrix("dollar-keep", [{ path: "email", transform: "redact" }], { keep: ["$.channel"] })]), code: 2, says: [/keep\[0\]/] },
  { name: "a seed directive with a typo'd key", args: run(["--matrix", json("seed-typo.json", { directives: { phone: { field_name: "phone", transform: "mask", mask_kepe: 2 } } })]), code: 2, says: [/directives\.phone: unknown key "mask_kepe"/] },
  { name: "seed directives that are empty", args: run(["--matrix", json("seed-empty.json", { directives: {} })]), code: 2, says: [/holds no directive/] },
  { name: "seed directives beside fields", args: run(["--matrix", json("seed-both.json", { directives: { email: { field_name: "email", transform: "nullify" } }, fields: [{ path: "phone", transform: "redact" }] })]), code: 2, says: [/"fields" .* or "directives" .* not both/] },

  // JSONL ids that name no record are rejected by line, never exported.
  ...([
    ["a fractional id", '{"id":1.5,"email":"frac@example.com"}', /line 2: id is a number/],
    ["a negative id", '{"id":-1,"email":"neg@example.com"}', /line 2: id is a number/],
    ["an id of 1e400 (Infinity)", '{"id":1e400,"email":"inf@example.com"}', /line 2: id is a number/],
    ["a blank id", '{"id":"   ","email":"blank@example.com"}', /line 2: id is blank/],
    ["an id with a NUL", '{"id":"a\\u0000b","email":"nul@example.com"}', /line 2: id holds a control character/],
    ["an id of 300 characters", `{"id":"${"x".repeat(300)}","email":"long@example.com"}`, /line 2: id is longer than 256/],
  ] as const).map(([what, line, says]) => {
    const out = join(dir, `out-${what.replace(/\W+/g, "-")}.jsonl`)
    const raw = /"email":"([^"]+)"/.exec(line)![1]!
    return {
      name: `JSONL with ${what}`,
      args: exportJsonl(jsonl(what.replace(/\W+/g, "-"), ['{"id":"A1","email":"ok.person@example.com"}', line]), out),
      code: 1,
      says: [says],
      never: [raw],
      after: () => {
        const text = existsSync(out) ? readFileSync(out, "utf8") : ""
        expect(text).not.toContain(raw)
        expect(text.trim().split("\n")).toHaveLength(1)
      },
    }
  }),

  // Follow-up red team: flags that did nothing, a recipient twice, weak or empty settings, output paths, sandbox faults.
  { name: "skills activity --interval without --watch", args: ["skills", "activity", "--interval", "5s"], code: 2, says: [/--interval needs --watch/] },
  { name: "skills activity --count without --watch", args: ["skills", "activity", "--count", "3"], code: 2, says: [/--count needs --watch/] },
  { name: "transcript send to the same address twice", args: ["transcript", "send", "--contact", "600042000000", "--to", "a@example.com", "--to", "a@example.com"], code: 2, says: [/--to 2 repeats --to 1/], never: ["a@example.com"] },
  {
    name: "transcript send to one address in two spellings", args: ["transcript", "send", "--contact", "600042000000", "--to", "b@example.com", "--to", "c@example.com", "--to", " B@Example.COM "],
    code: 2, says: [/--to 3 repeats --to 1/], never: ["b@example.com", "B@Example.COM"],
  },
  { name: "a CXEDGE_ADMIN_TOKEN of 1 character", args: ["serve", "--port", "0"], env: { CXEDGE_ADMIN_TOKEN: "Q" }, code: 2, says: [/CXEDGE_ADMIN_TOKEN is shorter than 32 characters/] },
  { name: "a CXEDGE_ADMIN_TOKEN of 31 characters", args: ["jobs"], env: { CXEDGE_ADMIN_TOKEN: "shortadmintoken-0123456789abcde" }, code: 2, says: [/CXEDGE_ADMIN_TOKEN is shorter/], never: ["shortadmintoken-0123456789abcde"] },
  { name: "a CXEDGE_ADMIN_TOKEN holding a space", args: ["jobs"], env: { CXEDGE_ADMIN_TOKEN: "admin token with a space 0123456789" }, code: 2, says: [/CXEDGE_ADMIN_TOKEN holds a character/], never: ["admin token with a space"] },
  { name: "CXEDGE_PLUGINS=,,", args: ["jobs"], env: { CXEDGE_PLUGINS: ",," }, code: 2, says: [/CXEDGE_PLUGINS entry 1 is empty/] },
  { name: "CXEDGE_PLUGINS=tenant,,anonymize", args: ["jobs"], env: { CXEDGE_PLUGINS: "tenant,,anonymize" }, code: 2, says: [/CXEDGE_PLUGINS entry 2 is empty/] },
  { name: "CXEDGE_PLUGINS of one space", args: ["jobs"], env: { CXEDGE_PLUGINS: " " }, code: 2, says: [/CXEDGE_PLUGINS entry 1 is empty/] },
  {
    name: "--out under /nonexistent/dir", args: exportJsonl(CONTACTS, "/nonexistent/dir/out.jsonl"),
    code: 2, says: [/the directory \/nonexistent\/dir does not exist: create it first or fix --out/], after: () => expect(existsSync("/nonexistent")).toBe(false),
  },
  {
    name: "--out under a missing directory of the working tree", args: exportJsonl(CONTACTS, join(dir, "missing", "sub", "out.jsonl")),
    code: 2, says: [/missing\/sub does not exist: create it first or fix --out/], after: () => expect(existsSync(join(dir, "missing"))).toBe(false),
  },
  { name: "--out under a file", args: exportJsonl(CONTACTS, join(CONTACTS, "out.jsonl")), code: 2, says: [/contacts\.jsonl is not a directory: fix --out/], never: ["ENOTDIR"] },
  {
    name: "audit checkpoint --out under a missing directory", args: ["audit", "checkpoint", "--out", join(dir, "no-such-dir", "cp.json")],
    code: 2, says: [/no-such-dir does not exist: create it first or fix --out/], after: () => expect(existsSync(join(dir, "no-such-dir"))).toBe(false),
  },
  { name: "sandbox --faults errorRatio 5", args: ["sandbox", "--port", "0", "--faults", '{"errorRatio":5}'], code: 2, says: [/--faults "errorRatio" must be a ratio from 0 to 1/] },
  { name: "sandbox --faults dropRatio -0.1", args: ["sandbox", "--port", "0", "--faults", '{"dropRatio":-0.1}'], code: 2, says: [/"dropRatio" must be a ratio/] },
  { name: "sandbox --faults latencyMs min above max", args: ["sandbox", "--port", "0", "--faults", '{"latencyMs":[50,5]}'], code: 2, says: [/"latencyMs" min is above max/] },
  { name: "sandbox --faults latencyMs negative", args: ["sandbox", "--port", "0", "--faults", '{"latencyMs":[-5,5]}'], code: 2, says: [/"latencyMs" must be a \[min, max\] pair/] },
  { name: "sandbox --faults latencyMs one number", args: ["sandbox", "--port", "0", "--faults", '{"latencyMs":50}'], code: 2, says: [/"latencyMs" must be a \[min, max\] pair/] },
  { name: "sandbox --faults rateLimit rps 0", args: ["sandbox", "--port", "0", "--faults", '{"rateLimit":{"rps":0,"burst":5}}'], code: 2, says: [/"rateLimit" rps must be a number above 0/] },
  { name: "sandbox --faults rateLimit unknown key", args: ["sandbox", "--port", "0", "--faults", '{"rateLimit":{"rps":5,"burst":5,"retry":true}}'], code: 2, says: [/"rateLimit" has an unknown key "retry"/] },
  { name: "sandbox --faults tokenLifetimeSec 0", args: ["sandbox", "--port", "0", "--faults", '{"tokenLifetimeSec":0}'], code: 2, says: [/"tokenLifetimeSec" must be a number of seconds above 0/] },
  { name: "sandbox --faults a typo'd knob", args: ["sandbox", "--port", "0", "--faults", '{"errorRatoi":0.1}'], code: 2, says: [/--faults "errorRatoi" is not a fault knob \(did you mean "errorRatio"\?\)/] },
  { name: "sandbox --faults empty", args: ["sandbox", "--port", "0", "--faults", ""], code: 2, says: [/--faults needs a value/] },

  // Already refused or accepted correctly: kept so they stay so.
  { name: "a matrix file saved with a byte-order mark", args: ["matrix", "validate", file("bom.matrix.json", `\uFEFF${JSON.stringify({ name: "bom", fields: [{ path: "email", transform: "redact" }] })}`)], code: 0, says: [/valid \(1 rules\)/] },
  { name: "a config file saved with a byte-order mark", args: ["jobs", "--config", file("bom.config.json", `\uFEFF${JSON.stringify({ limits: { rps: 5 } })}`)], code: 0, says: [/^/] },
]

// Two children at a time: the other corpus may be running beside this one.
runCorpus("more bad input", cases, { parallel: 2 })
