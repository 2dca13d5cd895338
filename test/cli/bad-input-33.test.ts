/**
 * Bad input, round 33: a number of seconds or milliseconds written with a
 * unit in an environment variable or a config file (CXEDGE_TASK_LOCK_SECONDS=5m,
 * breaker.cooldownMs "30s") told the number it means, not "write it without
 * quotes" (a unit cannot go without them); and more found by trying each
 * command's flags, files, config and environment. The harness
 * (refusal-harness.ts) runs each row in a fresh working directory with fs
 * storage there and checks: its exit code, one `[cxedge]` line matching its
 * pattern, no stack trace, no valibot default, nothing left behind and
 * nothing changed at the tenant.
 */
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

// A secret of 32 bytes, as the platforms show them.
const SECRET = `whsec_${Buffer.alloc(32, 7).toString("base64")}`
const config = (value: unknown) => ({ "cxedge.config.json": json(value) })

const rows: RefusalRow[] = [
  // A lock written with a unit: "must be a whole number at least 1 and at most 3600: fix it", no word of the 300 meant.
  { name: "CXEDGE_TASK_LOCK_SECONDS=5m", args: ["jobs"], env: { CXEDGE_TASK_LOCK_SECONDS: "5m" }, says: /^\[cxedge\] \[config\] CXEDGE_TASK_LOCK_SECONDS must be a whole number at least 1 and at most 3600 \(5m is 300\): correct it, or leave it out for the default$/ },
  { name: "CXEDGE_TASK_LOCK_SECONDS='90 seconds'", args: ["jobs"], env: { CXEDGE_TASK_LOCK_SECONDS: "90 seconds" }, says: /CXEDGE_TASK_LOCK_SECONDS must be .* \(90 seconds is 90\): correct it, or leave it out for the default$/ },
  { name: "CXEDGE_TASK_LOCK_SECONDS=2h (out of range) has no hint", args: ["jobs"], env: { CXEDGE_TASK_LOCK_SECONDS: "2h" }, says: /CXEDGE_TASK_LOCK_SECONDS must be a whole number at least 1 and at most 3600: correct it, or leave it out for the default$/ },
  { name: "CXEDGE_SANDBOX_CONTACTS=1,000", args: ["jobs"], env: { CXEDGE_SANDBOX_CONTACTS: "1,000" }, says: /CXEDGE_SANDBOX_CONTACTS must be a whole number at least 1 and at most 1000000 \(1,000 is 1000\): correct it, or leave it out for the default$/ },

  // A span in quotes on a key counting milliseconds was told "write it without quotes": 30s without quotes is no JSON.
  { name: "config breaker.cooldownMs \"30s\"", args: ["jobs"], files: config({ breaker: { cooldownMs: "30s" } }), says: /^\[cxedge\] \[config\] cxedge\.config\.json: breaker\.cooldownMs must be a number, not a string: write it as a number of milliseconds, without quotes \(30s is 30000\)$/ },
  { name: "config limits.latencyCeilingMs \"5s\"", args: ["jobs"], files: config({ limits: { latencyCeilingMs: "5s" } }), says: /limits\.latencyCeilingMs must be a number, not a string: write it as a number of milliseconds, without quotes \(5s is 5000\)$/ },
  { name: "config tenant.timeoutMs \"30s\"", args: ["jobs"], files: config({ tenant: { timeoutMs: "30s" } }), says: /tenant setting timeoutMs: must be a number, not a string: write it as a number of milliseconds, without quotes \(30s is 30000\)$/ },
  { name: "config settings.skill-activity.cacheMs \"5s\"", args: ["jobs"], files: config({ settings: { "skill-activity": { cacheMs: "5s" } } }), says: /settings\.skill-activity\.cacheMs: must be a number, not a string: write it as a number of milliseconds, without quotes \(5s is 5000\)$/ },

  // Refused after asking the tenant, the command left .cxedge/ (its token and limit cache) in a directory that had none.
  { name: "hold add --contact of no contact leaves no .cxedge", args: ["hold", "add", "--contact", "abc", "--reason", "case 1"], says: /^\[cxedge\] \[hold\] contact "abc" was not found on the tenant \(records API or ACD\): check the id; nothing was held$/ },
  { name: "hold add --contact of no contact, served tenant", tenant: true, args: ["hold", "add", "--contact", "999999", "--reason", "case 1"], says: /contact "999999" was not found on the tenant/ },

  // An http:// issuer or records API on another machine was taken in silence: tokens would travel in clear. A warning
  // naming the setting (a TLS-terminating proxy may be meant); here the run is refused after it for another reason.
  { name: "CXEDGE_ISSUER http:// to another host is warned of", args: ["jobs"], env: { CXEDGE_ISSUER: "http://cxone.example.com", CXEDGE_RECORDS_URL: "http://127.0.0.1:9/records" }, says: /records\.clientId/, after: (_, printed) => { if (!printed.output.includes("[warn] CXEDGE_ISSUER uses http:// to cxone.example.com, not this machine: tokens and secrets would travel in clear; use https://\n")) throw new Error(`no warning: ${printed.output}`) } },
  { name: "config tenant.records.baseUrl http:// to another host is warned of", args: ["jobs"], files: config({ tenant: { issuer: "https://cxone.example.com", records: { baseUrl: "http://records.example.com/v1" } } }), says: /records\.clientId/, after: (_, printed) => { if (!/\[warn\] cxedge\.config\.json: tenant\.records\.baseUrl uses http:\/\/ to records\.example\.com, not this machine/.test(printed.output) || /\[warn\] .*issuer/.test(printed.output)) throw new Error(`wrong warnings: ${printed.output}`) } },
  { name: "an http:// tenant on this machine is not warned of", tenant: true, args: ["hold", "add", "--contact", "999998", "--reason", "case 1"], says: /contact "999998" was not found/, after: (_, printed) => { if (printed.output.includes("[warn]")) throw new Error(`warned: ${printed.output}`) } },

  // A signing secret refused as "must be whsec_ followed by 24-64 base64 bytes", with no word of what was wrong;
  // CXEDGE_CALLOUT_SECRETS took any text at all (whsec_abc: a 2-byte HMAC key).
  { name: "CXEDGE_CONSENT_SECRETS too short", args: ["webhooks", "list"], env: { CXEDGE_CONSENT_SECRETS: "whsec_abc" }, says: /^\[cxedge\] \[consent-webhook\] CXEDGE_CONSENT_SECRETS entry 1 must be whsec_ followed by 24-64 base64 bytes: it decodes to 2 bytes \(e\.g\. whsec_ and the output of openssl rand -base64 32\): correct it, or unset it for the default$/, after: (_, printed) => { if (printed.output.includes("whsec_abc")) throw new Error("the secret was shown") } },
  { name: "CXEDGE_CONSENT_SECRETS two separated by a space", args: ["webhooks", "list"], env: { CXEDGE_CONSENT_SECRETS: `${SECRET} ${SECRET}` }, says: /CXEDGE_CONSENT_SECRETS entry 1 must be .*: it holds white space \(separate several secrets with commas\): correct it, or unset it for the default$/ },
  { name: "CXEDGE_WEBHOOK_SECRETS in base64url", args: ["webhooks", "list"], env: { CXEDGE_WEBHOOK_URL: "https://consent.example.com/hook", CXEDGE_WEBHOOK_SECRETS: `whsec_${"ab-_".repeat(10)}` }, says: /CXEDGE_WEBHOOK_SECRETS entry 1 must be .*: it holds - or _ \(base64url\): write it in standard base64, with \+ and \/: correct it, or unset it for the default$/ },
  { name: "CXEDGE_CALLOUT_SECRETS too short (was taken)", args: ["jobs"], env: { CXEDGE_CALLOUT_MATRIX: "gdpr", CXEDGE_CALLOUT_SECRETS: "whsec_abc" }, says: /^\[cxedge\] \[anonymize\] CXEDGE_CALLOUT_SECRETS entry 1 must be whsec_ followed by 24-64 base64 bytes: it decodes to 2 bytes/ },
  { name: "CXEDGE_CALLOUT_SECRETS with no whsec_", args: ["jobs"], env: { CXEDGE_CALLOUT_MATRIX: "gdpr", CXEDGE_CALLOUT_SECRETS: SECRET.slice(6) }, says: /CXEDGE_CALLOUT_SECRETS entry 1 must be .*: it does not start with whsec_/ },

  // A window wholly to come was taken (a --since in the future was refused only without --until): nothing is in it.
  { name: "anonymize --since and --until both in the future", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--since", "2030-01-01", "--until", "2030-02-01"], says: /^\[cxedge\] \[flags\] --since 2030-01-01T00:00:00\.000Z is in the future: nothing would be in scope; check the date$/ },
  { name: "pii scan --since in the future with --until", args: ["pii", "scan", "--source", "cxone", "--since", "2031-05-01", "--until", "2031-06-01"], says: /--since 2031-05-01T00:00:00\.000Z is in the future: nothing would be in scope/ },

  // A plugin setting's own words for a number ("must be a number") said nothing of the quotes it was sent in.
  { name: "config settings.pii.minScore \"0.5\"", args: ["jobs"], files: config({ settings: { pii: { minScore: "0.5" } } }), says: /^\[cxedge\] \[pii\] cxedge\.config\.json: invalid setting settings\.pii\.minScore: must be a number, not a string: write it without quotes$/ },
  { name: "config settings.consent-webhook.toleranceSec \"5m\"", args: ["jobs"], files: config({ settings: { "consent-webhook": { toleranceSec: "5m" } } }), says: /settings\.consent-webhook\.toleranceSec: must be a number, not a string: write it as a number of seconds, without quotes \(5m is 300\)$/ },
  { name: "config settings.skill-activity.thresholds.maxWaitSec \"5m\"", args: ["jobs"], files: config({ settings: { "skill-activity": { thresholds: { maxWaitSec: "5m" } } } }), says: /thresholds\.maxWaitSec: must be a whole number from 0 to 86400, not a string: write it as a number of seconds, without quotes \(5m is 300\)$/ },
  // olderThan: 90 was "must be a string: a duration such as ...", with no word of the days it likely means.
  { name: "config retention policy olderThan 90 (a number)", args: ["retention", "report"], files: config({ settings: { retention: { policies: [{ name: "n", matrix: "gdpr", target: "export", source: "cxone", olderThan: 90 }] } } }), says: /policies\[0\]\.olderThan: must be a string: a duration such as "90d", "12h" or "30min" \(a number has no unit: "90d" is 90 days\)$/ },

  // A span written as a number alone: "is not allowed: use a span such as 30d", no word that the unit is missing.
  { name: "jobs prune --older-than 5", args: ["jobs", "prune", "--older-than", "5"], says: /^\[cxedge\] \[jobs\] --older-than "5" is not allowed: use a span such as 30d, 12h or 30min \(1min to 36500d\) \(a number alone has no unit: 5d is 5 days, 5h 5 hours, 5min 5 minutes\)$/ },
  { name: "anonymize --since 7", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--since", "7"], says: /--since "7" is not a date: .* \(a number alone has no unit: 7d is 7 days, 7h 7 hours, 7m 7 minutes\)$/ },
  { name: "anonymize --since 2026 (a year) has no span hint", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--since", "2026"], says: /--since "2026" is not a date: .* or a span before now \(7d, 12h, 30m\)$/ },
  { name: "config retention policy olderThan \"90\"", args: ["retention", "report"], files: config({ settings: { retention: { policies: [{ name: "n", matrix: "gdpr", target: "export", source: "cxone", olderThan: "90" }] } } }), says: /olderThan: must be a duration such as 90d, 12h or 30min \(1min to 36500d\) \(a number alone has no unit: 90d is 90 days, 90h 90 hours, 90min 90 minutes\)$/ },

  // A type by its Presidio name: EMAIL_ADDRESS was "did you mean IP_ADDRESS?", PHONE_NUMBER and CREDIT_CARD had no word.
  { name: "pii redact --entities EMAIL_ADDRESS", args: ["pii", "redact", "--file", "t.txt", "--entities", "EMAIL_ADDRESS"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[pii\] --entities "EMAIL_ADDRESS" is not an entity type \(did you mean "EMAIL"\? Presidio's EMAIL_ADDRESS is EMAIL here\): use EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON$/ },
  { name: "pii scan --entities PHONE_NUMBER,CREDIT_CARD", args: ["pii", "scan", "--file", "t.jsonl", "--entities", "PHONE_NUMBER,CREDIT_CARD"], files: { "t.jsonl": "{}\n" }, says: /--entities "PHONE_NUMBER" is not an entity type \(did you mean "PHONE"\? Presidio's PHONE_NUMBER is PHONE here\)/ },
  { name: "config settings.pii.entities [\"CREDIT_CARD\"]", args: ["jobs"], files: config({ settings: { pii: { entities: ["CREDIT_CARD"] } } }), says: /settings\.pii\.entities\[0\]: must be one of EMAIL, .*, PERSON \(did you mean "CARD"\? Presidio's CREDIT_CARD is CARD here\)$/ },
  // A score as a percentage without its sign: "use a number from 0 to 1", no word of the 0.5 meant (50% had one).
  { name: "pii redact --min-score 50", args: ["pii", "redact", "--file", "t.txt", "--min-score", "50"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[flags\] --min-score "50" is not allowed: use a number from 0 to 1 \(50 as a percentage is 0\.5\)$/ },
  { name: "pii redact --min-score 150 has no hint", args: ["pii", "redact", "--file", "t.txt", "--min-score", "150"], files: { "t.txt": "hi\n" }, says: /--min-score "150" is not allowed: use a number from 0 to 1$/ },

  // A rule's key by another tool's word (options, condition): "unknown key" with the list alone.
  { name: "matrix rule with options (for params)", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": json({ name: "m", fields: [{ path: "email", transform: "mask", options: { keepEnd: 4 } }] }) }, says: /^\[cxedge\] \[matrix\] .*fields\[0\] \(email\): unknown key "options" \(did you mean "params"\?\): use one of path, transform, params, when, normalize, note/ },
  { name: "matrix rule with condition (for when)", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": json({ name: "m", fields: [{ path: "email", transform: "redact", condition: { field: "channel", equals: "chat" } }] }) }, says: /unknown key "condition" \(did you mean "when"\?\)/ },
  // A path with a space copied with it: "is not valid: use dots and [*] or [n]", no word of the space.
  { name: "matrix rule path with a trailing space", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": json({ name: "m", fields: [{ path: "email ", transform: "redact" }] }) }, says: /field path "email " starts or ends with white space: give the path without it \("email"\)/ },

  // A tenant URL of another type crashed: "unexpected error: value.trim is not a function" (exit 1).
  { name: "config tenant.endpoints.api 5", args: ["jobs"], files: config({ tenant: { issuer: "https://cxone.example.com", endpoints: { api: 5 } } }), says: /^\[cxedge\] \[config\] cxedge\.config\.json: tenant\.endpoints\.api must be a non-empty string \(a URL, https:\/\/host\[:port\]\), not a number: fix the file$/ },
  { name: "config tenant.records.baseUrl an object", args: ["jobs"], files: config({ tenant: { issuer: "https://cxone.example.com", records: { baseUrl: { url: "https://r.example.com" } } } }), says: /tenant\.records\.baseUrl must be a non-empty string \(a URL, https:\/\/host\[:port\]\), not an object: fix the file$/ },
  { name: "config tenant.records.tokenUrl empty", args: ["jobs"], files: config({ tenant: { issuer: "https://cxone.example.com", records: { baseUrl: "https://r.example.com", tokenUrl: "" } } }), says: /tenant\.records\.tokenUrl must be a non-empty string \(a URL, https:\/\/host\[:port\]\), and it is empty: fix the file$/ },

  // A service level written as a ratio was taken as that many percent (0.8: 0.8%, every skill healthy).
  { name: "skills health --min-service-level 0.8", args: ["skills", "health", "--skill", "4101", "--min-service-level", "0.8"], says: /^\[cxedge\] \[flags\] --min-service-level "0\.8" is a percentage from 0 to 100: 0\.8 would be 0\.8%: write 80 for 80%$/ },
  { name: "config thresholds.minServiceLevel 0.9", args: ["skills", "health", "--skill", "4101"], files: config({ settings: { "skill-activity": { thresholds: { minServiceLevel: 0.9 } } } }), says: /settings\.skill-activity\.thresholds\.minServiceLevel: is a percentage from 0 to 100: 0\.9 would be 0\.9%: write 90 for 90%$/ },

  // A choice cut short (mem, era): too far for a slip of the keyboard, so "is unknown" with the list alone.
  { name: "CXEDGE_STORAGE=mem", args: ["jobs"], env: { CXEDGE_STORAGE: "mem" }, says: /^\[cxedge\] \[config\] CXEDGE_STORAGE: storage driver "mem" is unknown \(did you mean "memory"\?\): use memory, fs, redis or kv$/ },
  { name: "config storage.driver \"mem\"", args: ["jobs"], files: config({ storage: { driver: "mem" } }), says: /storage\.driver "mem" is unknown \(did you mean "memory"\?\)/ },
  { name: "anonymize --target era", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--target", "era"], says: /^\[cxedge\] \[flags\] --target "era" is not allowed \(did you mean "erasure"\?\): use patch, erasure or export$/ },
  { name: "pii redact --mode ind", args: ["pii", "redact", "--file", "t.txt", "--mode", "ind"], files: { "t.txt": "hi\n" }, says: /--mode "ind" is not allowed \(did you mean "indexed"\?\): use tag, indexed, hmac or mask$/ },
  { name: "config limits.rps \"fast\" is not told to drop the quotes", args: ["jobs"], files: config({ limits: { rps: "fast" } }), says: /cxedge\.config\.json: limits\.rps must be a number, not a string$/ },
]

refusalRound("bad input, round 33", "cxedge-bad33-", rows)
