/**
 * Bad input, round 32: a threshold written with a unit (--max-wait 5m) told
 * the seconds it means; a keep path a rule already anonymizes, and one
 * listed twice; a Studio script path written with "/", an empty part or
 * white space, sent to the tenant as it was; a --field written as a
 * JSONPath ($.a.b) or jq (.a.b) path; and more found by trying each
 * command's flags, files, config and environment. The harness
 * (refusal-harness.ts) runs each row in a fresh working directory with fs
 * storage there and checks: its exit code, one `[cxedge]` line matching its
 * pattern, no stack trace, no valibot default, nothing left behind and
 * nothing changed at the tenant.
 */
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const matrix = (fields: unknown[], extra: Record<string, unknown> = {}) => json({ name: "m", fields, ...extra })
// A dry run of the matrix: its problems are one refusal line.
const dryRun = (fields: unknown[], extra?: Record<string, unknown>) => ({ args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": matrix(fields, extra) } })
const start = (path: string) => ["scripts", "start", "--skill", "4101", "--script-path", path]
const LINES = { "t.jsonl": '{"a": {"b": "mail ada@example.com"}}\n' }

const rows: RefusalRow[] = [
  // --max-wait takes seconds: 5m was "use a whole number from 0 to 86400", no word of the 300 meant.
  { name: "skills health --max-wait 5m", args: ["skills", "health", "--skill", "4101", "--max-wait", "5m"], says: /^\[cxedge\] \[flags\] --max-wait "5m" is not allowed: use a whole number from 0 to 86400 \(5m is 300\)$/ },
  { name: "skills health --max-wait '90 seconds'", args: ["skills", "health", "--skill", "4101", "--max-wait", "90 seconds"], says: /--max-wait "90 seconds" is not allowed: use a whole number from 0 to 86400 \(90 seconds is 90\)$/ },
  { name: "skills health --max-wait 2d (out of range) has no hint", args: ["skills", "health", "--skill", "4101", "--max-wait", "2d"], says: /--max-wait "2d" is not allowed: use a whole number from 0 to 86400$/ },

  // A keep path a rule with no "when" anonymizes was taken: "copied unchanged" (README) could not hold, the export
  // wrote the rule's output there. Under a rule with a "when", keep copies the value where it does not hold (taken).
  { name: "matrix keep naming a field a rule redacts", ...dryRun([{ path: "email", transform: "redact" }], { target: "export", keep: ["channel", "email"] }), says: /^\[cxedge\] \[matrix\] .*keep\[1\] \(email\): is a value fields\[0\] \(email\) anonymizes on every record: an export writes what the rule made of it, never the value as it came: remove it from keep \(keep names values no rule changes, or those where a rule's "when" does not hold\)$/ },
  { name: "matrix keep within a rule's [*] path", ...dryRun([{ path: "customFields[*].value", transform: "redact" }], { target: "export", keep: ["customFields[0].value"] }), says: /keep\[0\] \(customFields\[0\]\.value\): is a value fields\[0\] \(customFields\[\*\]\.value\) anonymizes on every record/ },
  { name: "matrix keep with a path twice", ...dryRun([{ path: "email", transform: "redact" }], { target: "export", keep: ["channel", "skillId", "channel"] }), says: /keep\[2\] \(channel\): repeats keep\[0\]: list each path once$/ },

  // A Studio path written another way was sent to the tenant as it was (the sandbox started a script for it).
  { name: "scripts start --script-path with /", args: start("Company/Callback"), says: /^\[cxedge\] \[scripts\] --script-path "Company\/Callback" separates its folders with "\/": Studio paths use a backslash, e.g. --script-path 'Company\\Callback'$/ },
  { name: "scripts start --script-path with a doubled backslash", args: start("Company\\\\Callback"), says: /^\[cxedge\] \[scripts\] --script-path "Company\\\\Callback" has an empty part \(a backslash at its start or end, or two together\): write folder\\script, one backslash between the parts/ },
  { name: "scripts start --script-path ending in a backslash", args: start("Company\\Callback\\"), says: /--script-path "Company\\Callback\\" has an empty part/ },
  { name: "scripts start --script-path with a trailing space", args: start("Company\\Callback "), says: /--script-path "Company\\Callback " starts or ends with white space: give the path without it/ },
  // Stop 67: a path with a line break inside (a value pasted with its newline) was sent, and a script started.
  { name: "scripts start --script-path with a line break inside", args: start("Company\\Call\nback"), says: /^\[cxedge\] \[scripts\] --script-path holds a line break or another control character: give the path on one line/ },

  // --field as a JSONPath or jq path: every line was an {"error"} "no field $.a.b", or "not a field path".
  { name: "pii redact --field $.a.b", args: ["pii", "redact", "--file", "t.jsonl", "--field", "$.a.b"], files: LINES, says: /^\[cxedge\] \[pii\] --field "\$\.a\.b" starts with a JSONPath root \(\$\): --field starts at each line's object already: write a\.b$/ },
  { name: "pii scan --field .a.b (jq)", args: ["pii", "scan", "--file", "t.jsonl", "--field", ".a.b"], files: LINES, says: /^\[cxedge\] \[pii\] --field "\.a\.b" starts with jq's leading dot: --field starts at each line's object already: write a\.b$/ },

  // An address written as a URL or with its port: "is not an address to listen on", with no word of the one meant.
  { name: "serve --host localhost:8080", args: ["serve", "--host", "localhost:8080"], says: /^\[cxedge\] \[flags\] --host "localhost:8080" is not an address to listen on: use an IP address of this machine \(127\.0\.0\.1, 0\.0\.0\.0, ::\) or a host name \(the address alone: --host localhost, and the port with --port 8080\)$/ },
  { name: "sandbox --host http://127.0.0.1:8787/", args: ["sandbox", "--host", "http://127.0.0.1:8787/"], says: /--host "http:\/\/127\.0\.0\.1:8787\/" is not an address to listen on: .* \(the address alone: --host 127\.0\.0\.1, and the port with --port 8787\)$/ },
  { name: "CXEDGE_HOST=0.0.0.0:80", args: ["serve"], env: { CXEDGE_HOST: "0.0.0.0:80" }, says: /CXEDGE_HOST "0\.0\.0\.0:80" is not an address to listen on: .* \(the address alone: CXEDGE_HOST=0\.0\.0\.0, and the port with CXEDGE_PORT=80\)$/ },
  { name: "serve --host [::1]:80", args: ["serve", "--host", "[::1]:80"], says: /\(the address alone: --host ::1, and the port with --port 80\)$/ },
  { name: "serve --host 999.1.1.1:80 (no address meant) has no hint", args: ["serve", "--host", "999.1.1.1:80"], says: /--host "999\.1\.1\.1:80" is not an address to listen on: use an IP address of this machine \(127\.0\.0\.1, 0\.0\.0\.0, ::\) or a host name$/ },

  // settings.skill-activity.cacheMs 1e12 (31 years) was taken: every health check after the first answered the same verdict.
  { name: "settings.skill-activity.cacheMs 1e12", args: ["jobs"], files: { "cxedge.config.json": json({ settings: { "skill-activity": { cacheMs: 1e12 } } }) }, says: /^\[cxedge\] \[skill-activity\] cxedge\.config\.json: invalid setting settings\.skill-activity\.cacheMs: must be at most 600000 \(ten minutes; the default is 5000\): a monitor is told the health of that long ago$/ },

  // A word for a day (now, today, yesterday): "is not a date", with no word of the date or that now is the default.
  { name: "anonymize --since 7d --until now", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--since", "7d", "--until", "now"], says: /^\[cxedge\] \[flags\] --until "now" is not a date: .* \(now is the default: leave --until out\)$/ },
  { name: "anonymize --since now", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--since", "now"], says: /--since "now" is not a date: .* \(a window from now holds nothing: say how far back, e\.g\. 7d\)$/ },
  { name: "anonymize --since yesterday", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--since", "yesterday"], says: /--since "yesterday" is not a date: .* \(yesterday is \d{4}-\d{2}-\d{2}, or 1d before now\)$/ },
  { name: "retention run --at now", args: ["retention", "run", "--dry-run", "--at", "now"], says: /--at "now" is not a date: .* \(now is the default: leave --at out\)$/ },
  { name: "hold add --until today (a date to come) has no hint", args: ["hold", "add", "--subject-email", "ada@example.com", "--reason", "case 1", "--until", "today"], says: /^\[cxedge\] \[hold\] --until "today" is not a date: use an ISO 8601 date \(2026-10-01, midnight UTC\) or a date-time with a zone \(2026-10-01T08:30:00Z\)$/ },

  // Plugin names run together with ; or a space were one module name: "cannot load plugin module "pii;hold"".
  { name: "CXEDGE_PLUGINS=pii;hold", args: ["plugins"], env: { CXEDGE_PLUGINS: "pii;hold" }, says: /^\[cxedge\] \[config\] CXEDGE_PLUGINS entry 1 holds 2 names run together \("pii;hold"\): separate plugin names with commas \(pii,hold\)$/ },
  { name: "CXEDGE_PLUGINS='tenant,pii hold'", args: ["plugins"], env: { CXEDGE_PLUGINS: "tenant,pii hold" }, says: /CXEDGE_PLUGINS entry 2 holds 2 names run together \("pii hold"\): separate plugin names with commas \(pii,hold\)$/ },

  // A tenant's host alone was told "write it as http://host[:port]": the tenant is reached over https.
  { name: "CXEDGE_ISSUER without a scheme", args: ["tenant", "discover"], env: { CXEDGE_ISSUER: "cxone.niceincontact.com" }, says: /^\[cxedge\] \[config\] CXEDGE_ISSUER is not a URL \(it has no scheme\): write it as https:\/\/host\[:port\] \(http:\/\/ for a sandbox on this machine\)$/ },

  // A config module whose import does not resolve: "it threw ResolveMessage when loaded", no word of the import.
  { name: "cxedge.config.ts importing a missing file", args: ["jobs"], files: { "cxedge.config.ts": 'import base from "./base"\nexport default base\n' }, says: /^\[cxedge\] \[config\] cannot load cxedge\.config\.ts: it imports "\.\/base", which cannot be found: check the path \(it is read from the config file's directory\)$/ },
  { name: "cxedge.config.ts importing a package not installed", args: ["jobs"], files: { "cxedge.config.ts": 'import { defineConfig } from "cxedge-nosuch"\nexport default defineConfig({})\n' }, says: /^\[cxedge\] \[config\] cannot load cxedge\.config\.ts: it imports "cxedge-nosuch", which cannot be found: install the package here, or fix the import$/ },

  // A shipped matrix's file name where no such file is (run from another directory): no word of the name to use.
  { name: "anonymize --matrix gdpr.json with no file there", args: ["anonymize", "--matrix", "gdpr.json", "--dry-run"], says: /^\[cxedge\] \[matrix\] cannot read gdpr\.json \(no such file; did you mean "gdpr"\?\): check the --matrix path, or name a shipped matrix/ },
  { name: "matrix validate matrices/pci.json from another directory", args: ["matrix", "validate", "matrices/pci.json"], says: /cannot read matrices\/pci\.json \(no such file; did you mean "pci"\?\)/ },

  // A redis URL of host:port alone was "uses localhost, not redis or rediss"; a path that is no database number was sent as SELECT.
  { name: "CXEDGE_REDIS_URL=localhost:6379", args: ["jobs"], env: { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "localhost:6379" }, says: /^\[cxedge\] \[config\] CXEDGE_REDIS_URL is a host and port with no scheme: write it as redis:\/\/host\[:port\] \(rediss:\/\/ for TLS\)$/ },
  { name: "CXEDGE_REDIS_URL with a path that is no database", args: ["jobs"], env: { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "redis://:s3cret-pw@127.0.0.1:6390/cache" }, says: /^\[cxedge\] \[config\] CXEDGE_REDIS_URL has a path that is no database number: the path of a redis URL names a database, e\.g\. redis:\/\/host:6379\/0, or is left out$/, after: (_, printed) => { if (printed.output.includes("s3cret")) throw new Error("the password was shown") } },

  // A value that begins one choice of a list (PHONE for PHONENO, email for email-domain) had no "did you mean".
  { name: "matrix subjects type PHONE", ...dryRun([{ path: "email", transform: "redact" }], { subjects: [{ path: "phone", type: "PHONE" }] }), says: /subjects\[0\]\.type: must be one of "PHONENO", "EMAIL" \(did you mean "PHONENO"\?\)$/ },
  { name: "matrix generalize to email", ...dryRun([{ path: "email", transform: "generalize", params: { to: "email" } }]), says: /params\.to: must be one of "email-domain", .* \(did you mean "email-domain"\?\)$/ },

  // A port above 65535 in a URL setting was "is not a URL: write it as ...", with no word of the port.
  { name: "CXEDGE_ISSUER with port 99999", args: ["tenant", "discover"], env: { CXEDGE_ISSUER: "https://cxone.example.com:99999" }, says: /^\[cxedge\] \[config\] CXEDGE_ISSUER has port 99999, above 65535: check the port$/ },
  { name: "CXEDGE_REDIS_URL with port 99999 (a password in it)", args: ["jobs"], env: { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "redis://:s3cret-pw@127.0.0.1:99999/0" }, says: /^\[cxedge\] \[config\] CXEDGE_REDIS_URL has port 99999, above 65535: check the port$/, after: (_, printed) => { if (printed.output.includes("s3cret")) throw new Error("the password was shown") } },
]

refusalRound("bad input, round 32", "cxedge-bad32-", rows)
