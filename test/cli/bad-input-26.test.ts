/**
 * Bad input, round 26: flags a dry run never reads (dropped in silence), a
 * script's start date already past and a parameter of spaces (sent to
 * CXone), and more found by trying each command's flags, files and
 * environment. The harness (refusal-harness.ts) runs each row in a fresh
 * working directory with fs storage there and checks: its exit code, one
 * `[cxedge]` line matching its pattern, no stack trace, no valibot
 * default, nothing left behind and nothing changed at the tenant.
 */
import { expect } from "bun:test"
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d" }
// A dry run of the retention sweep with one policy written in c.json.
const sweep = (policy: Record<string, unknown>) => ({ args: ["retention", "run", "--dry-run", "--config", "c.json"], files: { "c.json": json({ settings: { retention: { policies: [{ ...POLICY, ...policy }] } } }) } })
const DRY = ["anonymize", "--matrix", "gdpr", "--dry-run"]

const rows: RefusalRow[] = [
  // Read by a run only: a dry run dropped them without a word. Warned, not refused (unlike --show without --dry-run): the dry
  // run of the very command to be run is how one is checked first, and it writes and asks nothing.
  { name: "anonymize --dry-run --concurrency", code: 0, args: [...DRY, "--concurrency", "3"], says: /^\[warn\] a dry run writes nothing and asks nothing: --concurrency is read when the job runs \(without --dry-run\)$/m },
  // --dry-run --yes (warned here) is refused since round 37: the two contradict.
  {
    name: "anonymize --dry-run --target export --out --concurrency", code: 0, args: [...DRY, "--target", "export", "--out", "x.jsonl", "--concurrency", "3"],
    says: /^\[warn\] a dry run writes nothing and asks nothing: --out and --concurrency are read when the job runs \(without --dry-run\)$/m,
    after: (cwd) => expect(existsSync(join(cwd, "x.jsonl"))).toBe(false),
  },
  { name: "anonymize --dry-run with no run flag warns nothing", code: 0, args: DRY, says: /dry run: matrix gdpr/, after: (_, printed) => expect(printed.output).not.toContain("[warn]") },

  // A start date already past (a wrong year; today's date, read as midnight UTC) was sent to CXone, whose answer to it is not documented.
  { name: "scripts start --start-date in the past", tenant: true, args: ["scripts", "start", "--skill", "4101", "--script-id", "7", "--start-date", "2025-10-01T08:30:00Z"], says: /^\[cxedge\] \[scripts\] --start-date "2025-10-01T08:30:00Z" is in the past: give a time to come \(a date-time with a zone, e\.g\. \d{4}-\d\d-\d\dT08:30:00Z\), or drop --start-date to start the script now$/ },
  // Spaces alone reached the script as P1, a value no caller meant (an empty one is refused).
  { name: "scripts start --param of spaces", tenant: true, args: ["scripts", "start", "--skill", "4101", "--script-id", "7", "--param", "a", "--param", "  "], says: /^\[cxedge\] \[scripts\] parameter 2 is blank \(white space only\) \(--param number 2, P2\): give it a value or leave it out$/ },

  // The path names the key: its rule no longer says it again (policies[0].schedule: schedule is not ...).
  { name: "policy schedule in words: the key said once", ...sweep({ schedule: "every day" }), says: /^\[cxedge\] \[retention\] c\.json: invalid setting settings\.retention\.policies\[0\]\.schedule: must be hourly, daily, weekly, monthly or a cron string: .+$/ },
  { name: "policy olderThan as a number: the key said once", ...sweep({ olderThan: 20 }), says: /invalid setting settings\.retention\.policies\[0\]\.olderThan: must be a string: a duration such as "90d", "12h" or "30min" \(a number has no unit: "20d" is 20 days\)$/ },
  { name: "messages maxWindowDays 400: the key said once", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { anonymize: { messages: { maxWindowDays: 400 } } } }) }, says: /^\[cxedge\] \[anonymize\] c\.json: invalid setting settings\.anonymize\.messages\.maxWindowDays: must be at most 366$/ },

  // An unknown key was refused only after the token had been fetched (and stored in .cxedge/tokens): now before any call, with the near one.
  { name: "tenant env API_ENDPOINT", tenant: true, args: ["tenant", "env", "API_ENDPOINT"], says: /^\[cxedge\] \[tenant\] unknown key "API_ENDPOINT" \(did you mean "api_endpoint"\?\): use one of tenantId, area, cluster, domain, acdDomain, uhDomain, api_endpoint, auth_endpoint, ui_endpoint, token_endpoint, issuer$/ },
  { name: "tenant env of a key with a space", tenant: true, args: ["tenant", "env", "api endpoint"], says: /^\[cxedge\] \[tenant\] unknown key "api endpoint" \(did you mean "api_endpoint"\?\)/ },
  { name: "tenant env api_endpoint still answers", tenant: true, code: 0, args: ["tenant", "env", "api_endpoint"], says: /^http:\/\/127\.0\.0\.1:\d+/m },

  // An entity type in lower case was refused with the list only.
  { name: "pii redact --entities email", args: ["pii", "redact", "--file", "t.txt", "--entities", "email"], files: { "t.txt": "mail ada@example.com\n" }, says: /^\[cxedge\] \[pii\] --entities "email" is not an entity type \(did you mean "EMAIL"\?\): use EMAIL, PHONE/ },

  // A checkpoint --out written over whatever was there, an earlier checkpoint (the copy handed out) too.
  {
    name: "audit checkpoint --out an existing file", args: ["audit", "checkpoint", "--out", "cp.json"], files: { "cp.json": '{"kept":true}\n' },
    says: /^\[cxedge\] \[audit\] cp\.json exists \(an earlier checkpoint\?\): choose another --out, or pass --force to replace it$/,
    after: (cwd) => expect(readFileSync(join(cwd, "cp.json"), "utf8")).toBe('{"kept":true}\n'),
  },
  { name: "audit checkpoint --force without --out", args: ["audit", "checkpoint", "--force"], says: /^\[cxedge\] \[audit\] --force replaces an existing --out file: give --out, or drop --force$/ },
  // A byte-order mark (an editor's save) made a checkpoint "not JSON"; an empty file was "not JSON" too.
  { name: "audit verify --against with a BOM is read", args: ["audit", "verify", "--against", "cp.json"], files: { "cp.json": "\uFEFF{}" }, says: /^\[cxedge\] \[audit\] --against cp\.json: it is not a cxedge audit checkpoint/ },
  { name: "audit verify --against an empty file", args: ["audit", "verify", "--against", "cp.json"], files: { "cp.json": "" }, says: /^\[cxedge\] \[audit\] --against cp\.json: the file is empty: give the file `cxedge audit checkpoint --out` wrote$/ },

  // A directory or a missing file was "cannot read d: check the path": why it could not be read is said.
  { name: "matrix validate of a directory", args: ["matrix", "validate", "d"], files: { "d/": "" }, says: /^\[cxedge\] \[matrix\] cannot read d \(it is a directory, not a file\): check the path, or name a shipped matrix/ },
  { name: "anonymize --matrix of a missing file", args: ["anonymize", "--matrix", "nosuch.json", "--dry-run"], says: /^\[cxedge\] \[matrix\] cannot read nosuch\.json \(no such file\): check the --matrix path/ },
  {
    name: "webhooks receive of a directory", args: ["webhooks", "receive", "d", "--id", "req_1", "--timestamp", "1700000000", "--signature", "v1,abc"],
    env: { CXEDGE_CONSENT_SECRETS: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }, files: { "d/": "" },
    says: /^\[cxedge\] \[webhooks\] cannot read d \(it is a directory, not a file\): check the path; FILE is the request body, saved byte for byte$/,
  },

  // An empty JSONL file ran as a job of 0 contacts (a job stored, an empty export written, a consent event sent), exit 0; pii scan and redact refuse one.
  { name: "anonymize --file of an empty file", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "c.jsonl", "--out", "o.jsonl"], files: { "c.jsonl": "" }, says: /^\[cxedge\] \[anonymize\] --file c\.jsonl is empty \(no line holds a contact\): name the JSONL file of the contacts to anonymize, one JSON object a line$/ },
  { name: "anonymize --file of blank lines, planned", args: ["anonymize", "--matrix", "gdpr", "--file", "c.jsonl", "--plan", "p1"], files: { "c.jsonl": "\n  \n" }, says: /^\[cxedge\] \[anonymize\] --file c\.jsonl is empty/ },

  // An ES module entry written as x.txt (or x.json): wrangler's bundler would not read it as code.
  { name: "build worker --out x.txt", args: ["build", "worker", "--out", "x.txt"], says: /^\[cxedge\] \[build\] --out x\.txt: a Worker entry is a JavaScript module: name a \.js, \.mjs or \.ts file \(e\.g\. worker\.js\)$/ },

  // A cxedge.config.json left beside a new cxedge.config.ts: the .ts was read (c12's order), the .json ignored without a word.
  {
    name: "cxedge.config.ts beside cxedge.config.json", args: ["jobs"], files: { "cxedge.config.json": json({ settings: { anonymize: { concurrency: 0 } } }), "cxedge.config.ts": "export default {}\n" },
    says: /^\[cxedge\] \[config\] cxedge\.config\.ts and cxedge\.config\.json are both config files here: only cxedge\.config\.ts would be read; remove the others, or name one with --config$/,
  },
  { name: "cxedge.config.json beside .config/cxedge.json", args: ["jobs"], files: { "cxedge.config.json": "{}", ".config/cxedge.json": "{}" }, says: /cxedge\.config\.json and \.config\/cxedge\.json are both config files here/ },
  { name: "two config files, one named with --config, is read", code: 0, args: ["jobs", "--config", "cxedge.config.json"], files: { "cxedge.config.json": "{}", "cxedge.config.ts": "export default {}\n" }, says: /\(none\)|no jobs/ },

  // Two addresses in one --to (a list pasted as is) were "not an email address", as if the addresses were wrong.
  { name: "transcript send --to of two addresses", tenant: true, args: ["transcript", "send", "--contact", "1", "--to", "ada@example.com,bob@example.com"], says: /^\[cxedge\] \[transcript\] recipient 1 holds several addresses: give each with its own --to \(--to a@example\.com --to b@example\.com\)$/, after: (_, printed) => expect(printed.output).not.toContain("ada@") },

  // A plugin's settings set to null ran on its defaults without a word.
  { name: "settings.pii null", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { pii: null } }) }, says: /^\[cxedge\] \[pii\] c\.json: settings\.pii is null: give its settings as an object \(\{\.\.\.\}\), or remove the key to run on the defaults$/ },
  { name: "settings.tenant null (a plugin with no settings)", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { tenant: null } }) }, says: /^\[cxedge\] \[tenant\] c\.json: settings\.tenant is null, and the tenant plugin has no settings: remove the key$/ },

  // A plugin path that is missing, or a module that throws when loaded, were both "check the name and that it is installed".
  { name: "CXEDGE_PLUGINS of a missing path", args: ["jobs"], env: { CXEDGE_PLUGINS: "tenant,anonymize,./nosuch.ts" }, says: /^\[cxedge\] \[runtime\] plugin module "\.\/nosuch\.ts": no such file \(a path is read from the working directory\): check the path$/ },
  { name: "plugins of a module that throws", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ plugins: ["tenant", "anonymize", "./p.ts"] }), "p.ts": 'throw new Error("not ready")\n' }, says: /^\[cxedge\] \[runtime\] plugin module "\.\/p\.ts" threw Error when loaded \(its message is not shown: it may quote a secret\): fix the module$/ },

  // Said as "invalid tenant setting issuer is not a URL", the key not written as the file writes it (tenant.endpoints.x was).
  { name: "tenant.issuer not a URL", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ tenant: { issuer: "not a url" } }) }, says: /^\[cxedge\] \[config\] c\.json: tenant\.issuer is not a URL: write it as http:\/\/host\[:port\]$/ },

  // The same event id twice: named twice among the missing ones, or (a dead letter's id) replayed once without a word.
  { name: "webhooks replay --id twice", args: ["webhooks", "replay", "--id", "evt_1", "--id", "evt_1"], says: /^\[cxedge\] \[webhooks\] --id "evt_1" is given more than once: give each event once$/ },
]

refusalRound("bad input, round 26", "cxedge-bad26-", rows)
