/**
 * Bad input, round 23: wrong values that still got through, or were refused
 * in valibot's words, or left an empty storage directory behind. The rows
 * run through refusal-harness.ts (a fresh working directory each, fs storage
 * there; exit code, one `[cxedge]` line, no stack trace, nothing left behind,
 * nothing changed at the tenant).
 */
import { expect, test } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { json, refusalRound, tempDir, type RefusalRow as Row } from "./refusal-harness.ts"

const matrix = (fields: unknown[], extra: Record<string, unknown> = {}) => json({ name: "m", fields, ...extra })
// A dry run of the matrix: its problems are one refusal line.
const validate = (fields: unknown[], extra?: Record<string, unknown>) => ({ args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": matrix(fields, extra) } })

const rows: Row[] = [
  // Tenant words set by a variable or the file: named by where they came from, in words, before any storage opens.
  { name: "CXEDGE_GRANT=passwd", tenant: true, args: ["tenant", "whoami"], env: { CXEDGE_GRANT: "passwd" }, says: /^\[cxedge\] \[config\] CXEDGE_GRANT "passwd" is not allowed \(did you mean "password"\?\): use password or client_credentials$/ /* round 36 added the value meant */ },
  { name: "CXEDGE_CLIENT_AUTH=form (what cxedge plugins used to offer)", tenant: true, args: ["tenant", "whoami"], env: { CXEDGE_CLIENT_AUTH: "form" }, says: /CXEDGE_CLIENT_AUTH "form" is not allowed: use basic or post$/ },
  { name: "CXEDGE_ACD_VERSION=34", tenant: true, args: ["jobs"], env: { CXEDGE_ACD_VERSION: "34" }, says: /CXEDGE_ACD_VERSION "34" is not an ACD API version: write it as v34.0$/ },
  { name: "config tenant.grant x", tenant: true, args: ["jobs", "--config", "c.json"], files: { "c.json": json({ tenant: { grant: "x" } }) }, says: /c\.json: tenant\.grant "x" is not allowed: use password or client_credentials$/ },

  // Plugin settings and matrix params in words, the value never quoted.
  { name: "settings.consent-webhook.maxBodyBytes a string", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { "consent-webhook": { maxBodyBytes: "big" } } }) }, says: /settings\.consent-webhook\.maxBodyBytes: must be a number, not a string$/ },
  { name: "settings.retention.policies a string", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { retention: { policies: "nightly" } } }) }, says: /settings\.retention\.policies: must be a list, not a string$/ },
  { name: "mask keepStart as a string", ...validate([{ path: "phone", transform: "mask", params: { keepStart: "2" } }]), says: /params\.keepStart: must be a number, not a string: write it without quotes$/ },
  { name: "generalize without to", ...validate([{ path: "email", transform: "generalize" }]), says: /params\.to: is missing: it is required$/ },
  { name: "generalize to a week", ...validate([{ path: "email", transform: "generalize", params: { to: "week" } }]), says: /params\.to: must be one of "email-domain", "phone-country", "hour", "day", "month", "year"$/ },
  { name: "pan bin 7", ...validate([{ path: "pan", transform: "pan", params: { bin: 7 } }]), says: /params\.bin: must be one of 6, 8$/ },
  { name: "encrypt keyId in capitals", ...validate([{ path: "email", transform: "encrypt", params: { keyId: "NOPE" } }]), says: /params\.keyId: must match \/\^\[a-z0-9\]\{1,16\}\$\/$/ },
  { name: "mask char empty", ...validate([{ path: "phone", transform: "mask", params: { char: "" } }]), says: /params\.char: is empty: it must be exactly 1 character$/ },
  { name: "matrix target delete", ...validate([{ path: "email", transform: "redact" }], { target: "delete" }), says: /target: must be one of "patch", "erasure", "export"$/ },
  { name: "matrix defaultRegion in lower case", ...validate([{ path: "email", transform: "redact" }], { defaultRegion: "uk" }), says: /defaultRegion: must match/ },

  // Settings that turned a protection off or made every request fail: refused with their range.
  ...[0, -1].map((value) => ({
    name: `settings.consent-webhook.toleranceSec ${value} (replay protection off)`, args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { "consent-webhook": { toleranceSec: value } } }) },
    says: /toleranceSec: must be at least 1: it is how old a signed request may be \(replay protection\)/,
  })),
  {
    name: "settings.consent-webhook.timeoutMs 1e12 (a RangeError at the first delivery on Node)", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { "consent-webhook": { timeoutMs: 1e12 } } }) },
    says: /timeoutMs: must be at most 300000 \(five minutes; the default is 15000\)$/,
  },
  { name: "settings.consent-webhook.maxBodyBytes -5", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { "consent-webhook": { maxBodyBytes: -5 } } }) }, says: /maxBodyBytes: must be at least 1024$/ },

  // build worker --out naming a file it did not write: left as it was.
  {
    name: "build worker --out naming a data file", args: ["build", "worker", "--out", "contacts.jsonl"], files: { "contacts.jsonl": '{"id":"A1"}\n' },
    says: /contacts\.jsonl exists and was not written by cxedge build worker: name another --out, or remove the file first$/,
    after: (cwd) => expect(readFileSync(join(cwd, "contacts.jsonl"), "utf8")).toBe('{"id":"A1"}\n'),
  },

  // A refusal that pointed the wrong way.
  {
    name: "pii scan --file with --since", args: ["pii", "scan", "--file", "in.jsonl", "--since", "7d"], files: { "in.jsonl": '{"text":"hi"}\n' },
    says: /--since and --until select contacts of a tenant source \(--source cxone or messages\), not lines of a file: drop them, or name the source$/,
  },
  { name: "audit verify --against a directory", args: ["audit", "verify", "--against", "cp"], files: { "cp/x": "" }, says: /--against cp: cannot be read \(a directory, or no permission\)/ },

  // A script id that is no number: CXone would be asked for a script no one has, or the path was meant.
  ...["Company\\Callback", "-7", "0"].map((id) => ({
    name: `scripts start --script-id ${id}`, tenant: true, args: ["scripts", "start", "--skill", "4101", "--script-id", id],
    // Round 44: -7 and 0 are named with what a script's number is (they were "must be a script's number (digits)").
    says: /--script-id (must be a script's number \(digits\)|"(-7|0)" is not a script's number: it is a whole number from 1).*by its path with --script-path/,
  })),

  // A secrets file line that is no NAME=value was skipped: its variable unset, the sandbox used instead of the tenant.
  {
    name: "CXEDGE_SECRETS_FILE with a lower-case name", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: "s.env" }, files: { "s.env": "# keys\n\nCXEDGE_RPS=5\ncxedge_client_secret=hunter2-secret\n" },
    says: /CXEDGE_SECRETS_FILE \(s\.env\) line 4 is not NAME=value: write one variable a line, its name in capitals/,
    after: (_cwd, printed) => expect(printed.output).not.toContain("hunter2"),
  },
  { name: "CXEDGE_SECRETS_FILE in YAML", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: "s.env" }, files: { "s.env": "CXEDGE_CLIENT_SECRET: hunter2-secret\n" }, says: /line 1 is not NAME=value/ },

  // --storage-dir where no fs storage reads it.
  { name: "--storage memory --storage-dir", args: ["jobs", "--storage", "memory", "--storage-dir", "st"], says: /--storage-dir is read by the fs storage only, and --storage is memory: drop --storage-dir, or use --storage fs$/ },
  { name: "CXEDGE_STORAGE=memory and --storage-dir", args: ["jobs", "--storage-dir", "st"], env: { CXEDGE_STORAGE: "memory" }, says: /and CXEDGE_STORAGE is memory: drop --storage-dir/ },

  // --show without a dry run: the job ran (writing, against a tenant) and the preview asked for never came.
  {
    name: "anonymize --show without --dry-run", tenant: true, args: ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--yes", "--show", "3"],
    says: /--show sets how many contacts a dry run shows: add --dry-run, or drop --show$/,
  },

  // A Latin-1 line in a JSONL export: decoded with U+FFFD, its value was anonymized as another value. Rejected by line, exit 1.
  {
    name: "anonymize a JSONL line that is not UTF-8", code: 1,
    args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "in.jsonl", "--out", "out.jsonl"],
    files: { "in.jsonl": '{"id":"A1","email":"ok@example.com"}\n', "out.jsonl": "" },
    bytes: { "in.jsonl": Buffer.from('{"id":"A2","email":"caf\xe9@example.com"}\n', "latin1") },
    says: /line 2 holds bytes that are not UTF-8: convert the file to UTF-8/,
    after: (cwd) => expect(readFileSync(join(cwd, "out.jsonl"), "utf8").trim().split("\n")).toHaveLength(1),
  },

  // Settings no plugin reads: dropped in silence, the user believing them in force.
  { name: "settings for a plugin with no settings", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { transcript: { from: "dpo@example.com" } } }) }, says: /settings\.transcript are given, but the transcript plugin has no settings: remove them$/ },
  { name: "settings in a plugins entry of a plugin with no settings", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ plugins: ["tenant", "anonymize", ["scripts", { retries: 2 }]] }) }, says: /the settings in plugins' \["scripts", \{\.\.\.\}\] are given, but the scripts plugin has no settings/ },
  {
    name: "settings for a built-in that is not loaded", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ plugins: ["tenant", "anonymize"], settings: { pii: { minScore: 0.9 } } }) },
    says: /settings\.pii is for the pii plugin, which is not loaded: add "pii" to plugins, or remove settings\.pii$/,
  },

  // A config whose plugins leave out anonymize: its commands failed deep inside, in a developer's words.
  ...[["jobs"], ["anonymize", "--matrix", "gdpr", "--dry-run"], ["matrix", "validate", "gdpr"]].map((args) => ({
    name: `${args[0]} with anonymize not in plugins`, args: [...args, "--config", "c.json"], files: { "c.json": json({ plugins: ["tenant"] }) },
    says: /^\[cxedge\] \[config\] the anonymize plugin is not loaded: add "anonymize" to plugins \(or CXEDGE_PLUGINS\)$/,
  })),

  // A refusal naming a flag the user did not type.
  { name: "audit tail -n twice", args: ["audit", "tail", "-n", "5", "-n", "6"], says: /^\[cxedge\] -n is given more than once: give it once/ },
  { name: "jobs show of a path", args: ["jobs", "show", "../x"], says: /^\[cxedge\] \[jobs\] JOB "\.\.\/x" is not a job name/ },

  // Limits said in the caller's words, before the runtime opens.
  {
    name: "transcript send to 21 addresses", tenant: true, args: ["transcript", "send", "--contact", "600042000000", ...Array.from({ length: 21 }, (_, i) => ["--to", `r${i}@example.com`]).flat()],
    says: /^\[cxedge\] \[transcript\] --to is given 21 times: a transcript goes to at most 20 recipients; send it again for the rest$/,
  },

  // "-" as pii scan and redact take it: a job cannot read standard input again on --resume.
  { name: "anonymize --file -", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "-", "--out", "o.jsonl"], says: /--file - \(standard input\) cannot be a job's source: a job reads its file again to resume; save the input to a file and name it$/ },

  // A configuration missing is exit 2 in the house shape, not a 503 printed with exit 1.
  {
    name: "webhooks receive without CXEDGE_CONSENT_SECRETS", args: ["webhooks", "receive", "req.json", "--id", "req_1", "--timestamp", "1700000000", "--signature", "v1,abc"], files: { "req.json": "{}" },
    says: /^\[cxedge\] \[webhooks\] inbound consent webhooks are off, so the request cannot be verified: set CXEDGE_CONSENT_SECRETS/,
  },

  // A tenant timeout of 0 (or less) was no deadline at all.
  ...[0, -5].map((ms) => ({
    name: `config tenant.timeoutMs ${ms}`, tenant: true, args: ["tenant", "whoami", "--config", "c.json"], files: { "c.json": json({ tenant: { timeoutMs: ms } }) },
    says: /invalid tenant setting timeoutMs: must be at least 100 \(milliseconds; the default is 30000\)$/,
  })),

  // A window of a billion days was an "unexpected error: Invalid Date", exit 1.
  {
    name: "settings.anonymize.erasureWindowDays 1e9", args: ["erase", "--email", "ada@example.com", "--dry-run", "--config", "c.json"], files: { "c.json": json({ settings: { anonymize: { erasureWindowDays: 1e9 } } }) },
    says: /erasureWindowDays: must be at most 36500 \(a hundred years of days; the default is 90\)$/,
  },

  // Refused with a configured tenant and fs storage: no empty .cxedge left behind.
  { name: "a missing matrix leaves no storage directory", tenant: true, args: ["anonymize", "--matrix", "nosuch", "--dry-run"], says: /cannot read nosuch/ },
  { name: "jobs show of no plan leaves no storage directory", tenant: true, args: ["jobs", "show", "nope"], says: /no plan nope in this storage/ },
]

refusalRound("bad input, round 23", "cxedge-bad23-", rows)

test("--storage-dir on the embedded sandbox keeps the job there (it was dropped with the memory storage)", async () => {
  const cwd = tempDir("cxedge-bad23-")
  const r = await runCli(["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "export", "--out", "o.jsonl", "--storage-dir", "st", "--json"], { CXEDGE_SANDBOX_CONTACTS: "5" }, { cwd })
  expect(r.code).toBe(0)
  const job = JSON.parse(r.stdout).jobId as string
  const listed = await runCli(["jobs", "--storage-dir", "st", "--json"], { CXEDGE_SANDBOX_CONTACTS: "5" }, { cwd })
  expect(listed.stdout).toContain(job)
})

test("what the help offers is taken: matrix validate of a shipped name, skills --interval 1h", async () => {
  const validate = await runCli(["matrix", "validate", "gdpr"], { CXEDGE_SANDBOX_CONTACTS: "5" })
  expect({ code: validate.code, out: validate.stdout.trim() }).toEqual({ code: 0, out: "gdpr: valid (8 rules)" })
  const watch = await runCli(["skills", "activity", "--watch", "--interval", "1h", "--count", "1", "--json"], { CXEDGE_SANDBOX_CONTACTS: "5" })
  expect(watch.code).toBe(0)
})

test("build worker writes its own entry again", async () => {
  const cwd = tempDir("cxedge-bad23-")
  for (let i = 0; i < 2; i++) expect((await runCli(["build", "worker"], {}, { cwd })).code).toBe(0)
  expect(readFileSync(join(cwd, "worker.js"), "utf8")).toStartWith("// Generated by `cxedge build worker`")
})
