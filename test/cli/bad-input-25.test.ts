/**
 * Bad input, round 25: wrong values that still got through (a file named
 * "-" written, a lock time read by no one), or were refused naming what
 * the user did not type or offering what is refused next. The harness
 * (refusal-harness.ts) runs each row in a fresh working directory with fs
 * storage there and checks: its exit code, one `[cxedge]` line matching
 * its pattern, no stack trace, no valibot default, nothing left behind and
 * nothing changed at the tenant.
 */
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const latin1 = (text: string) => Buffer.from(text, "latin1")
const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d" }
// A dry run of the retention sweep with one policy written in c.json.
const sweep = (policy: Record<string, unknown>) => ({ args: ["retention", "run", "--dry-run", "--config", "c.json"], files: { "c.json": json({ settings: { retention: { policies: [{ ...POLICY, ...policy }] } } }) } })

const rows: RefusalRow[] = [
  // Left by the round's helper, fixed after: a DFO contact number 0, a skill the tenant has not (its 404 named the call), a matrix that is a list.
  { name: "transcript send --contact 0", args: ["transcript", "send", "--contact", "0", "--to", "dpo@example.com"], says: /^\[cxedge\] \[transcript\] --contact must be the DFO contact number \(digits, not 0\): give the case number DFO shows for the contact, e\.g\. --contact 123456$/ },
  { name: "skills health --skill 99999 (exit 3: no verdict, not 1: degraded)", args: ["skills", "health", "--skill", "99999"], tenant: true, code: 3, says: /^\[cxedge\] \[skills\] skill 99999 is not a skill of this tenant: check the id \(cxedge skills activity lists them\)/ },
  // Stop 67: activity said only "skills.activity.one failed with status 404 (not_found): no such resource".
  { name: "skills activity --skill 99999", args: ["skills", "activity", "--skill", "99999"], tenant: true, code: 1, says: /^\[cxedge\] \[skills\] skill 99999 is not a skill of this tenant: check the id/m },
  { name: "anonymize --matrix of a list", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": "[]" }, says: /^\[cxedge\] \[matrix\] .*m\.json: the matrix: is a list, not an object: write \{"name": \.\.\., "fields": \[\.\.\.\]\}$/ },
  // -n and --n are one flag to citty: the refusal named -n when the user had typed --n (as the help's example does).
  { name: "audit tail --n 0", args: ["audit", "tail", "--n", "0"], says: /^\[cxedge\] \[flags\] --n "0" is not allowed: use a whole number from 1 to 10000$/ },
  { name: "audit tail --n=abc", args: ["audit", "tail", "--n=abc"], says: /^\[cxedge\] \[flags\] --n "abc" is not allowed/ },
  { name: "audit tail -n -3", args: ["audit", "tail", "-n", "-3"], says: /^\[cxedge\] \[flags\] -n "-3" is not allowed/ },
  { name: "audit tail -n 5 --n 6", args: ["audit", "tail", "-n", "5", "--n", "6"], says: /^\[cxedge\] --n is given more than once: give it once/ },

  // Read by the redis storage only, and so accepted in silence on fs or memory until the day storage became redis.
  ...["0", "-5", "99999", "30s"].map((value) => ({
    name: `CXEDGE_TASK_LOCK_SECONDS=${value} on fs storage`, args: ["jobs"], env: { CXEDGE_TASK_LOCK_SECONDS: value },
    // Round 33: a lock written with a unit is told the seconds it means.
    says: value === "30s" ? /^\[cxedge\] \[config\] CXEDGE_TASK_LOCK_SECONDS must be a whole number at least 1 and at most 3600 \(30s is 30\): correct it, or leave it out for the default$/ : /^\[cxedge\] \[config\] CXEDGE_TASK_LOCK_SECONDS must be a whole number at least 1 and at most 3600: correct it, or leave it out for the default$/,
  })),

  // A redis URL with no driver named: the default storage was used in silence, redis never read.
  { name: "CXEDGE_REDIS_URL without CXEDGE_STORAGE", args: ["jobs"], env: { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: "", CXEDGE_REDIS_URL: "redis://127.0.0.1:1" }, says: /^\[cxedge\] \[config\] CXEDGE_REDIS_URL is set, but no storage driver is named, so the memory storage would be used and redis never read: name the redis driver \(CXEDGE_STORAGE=redis, --storage redis or storage\.driver\) to use it, or remove the variable$/ },
  { name: "config storage.url without storage.driver", args: ["jobs", "--config", "c.json"], env: { CXEDGE_STORAGE: "", CXEDGE_STORAGE_DIR: "" }, files: { "c.json": json({ storage: { url: "redis://127.0.0.1:1" } }) }, says: /c\.json: storage\.url is set, but no storage driver is named/ },

  // "-" is standard output to pii scan and redact; these commands wrote a file named "-" (a subject's data, an export, a checkpoint).
  { name: "subject export --out -", args: ["subject", "export", "--email", "ada@example.com", "--out", "-", "--by", "dpo"], says: /^\[cxedge\] \[files\] --out - would be a file named "-": this command writes a file, not standard output; name the file \(\.\/- if you mean that name\)$/ },
  { name: "audit checkpoint --out -", args: ["audit", "checkpoint", "--out", "-"], says: /^\[cxedge\] \[files\] --out - would be a file named "-"/ },
  { name: "build worker --out -", args: ["build", "worker", "--out", "-"], says: /^\[cxedge\] \[files\] --out - would be a file named "-"/ },
  { name: "anonymize --target export --out -", args: ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "export", "--out", "-"], says: /^\[cxedge\] \[anonymize\] --out - \(standard output\) cannot be a job's export: a job reads its export again to resume; name the file$/ },

  // A decimal written with a leading point (.5) was refused as not "a number from 0 to 1".
  { name: "pii redact --min-score .5 is read as 0.5", code: 0, args: ["pii", "redact", "--file", "t.txt", "--min-score", ".5"], files: { "t.txt": "mail ada@example.com\n" }, says: /^mail <EMAIL>$/m },

  // A script path of spaces (an unset variable in quotes) was sent to CXone, and a script started.
  { name: "scripts start --script-path of spaces", tenant: true, args: ["scripts", "start", "--skill", "4101", "--script-path", "  "], says: /^\[cxedge\] \[scripts\] --script-path is blank: name the script by its path, e\.g\. --script-path 'Company\\Callback'$/ },

  // Given to a plan, read only by its run: dropped, and the run went on at its default (asking first, 8 in flight).
  { name: "anonymize --plan with --yes", args: ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--plan", "p1", "--yes"], says: /^\[cxedge\] \[anonymize\] --plan only plans; --yes is read when the plan runs: give it to cxedge jobs run p1 --yes$/ },
  { name: "anonymize --plan with --concurrency", args: ["anonymize", "--matrix", "gdpr", "--source", "records", "--target", "patch", "--plan", "p1", "--concurrency", "3"], says: /--plan only plans; --concurrency is read when the plan runs: give it to cxedge jobs run p1 --concurrency N$/ },

  // A --field no record has: the tenant's records scanned, "PII found at 0 field paths", exit 0, as if the field held none.
  {
    name: "pii scan --source records --field of a path no record has", code: 1, args: ["pii", "scan", "--source", "records", "--field", "nosuch"],
    says: /\[warn\] no record of --source records has a field nosuch: nothing was scanned; check --field \(a dotted path, e\.g\. notes or customFields\[0\]\.value\), or drop it to scan every field/,
  },

  // A saved request's timestamp that is no Unix seconds: the route's answer was printed, naming the header, not the flag.
  {
    name: "webhooks receive --timestamp in words", args: ["webhooks", "receive", "req.json", "--id", "req_1", "--timestamp", "yesterday", "--signature", "v1,abc"],
    env: { CXEDGE_CONSENT_SECRETS: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }, files: { "req.json": "{}" },
    says: /^\[cxedge\] \[webhooks\] --timestamp "yesterday" is not Unix seconds: give the webhook-timestamp header as it was sent \(digits, e\.g\. 1700000000\)$/,
  },

  // A Latin-1 byte in a matrix or config file was read as U+FFFD: an "equals" of "España" matched no contact, in silence.
  {
    name: "anonymize --matrix of a Latin-1 file", args: ["anonymize", "--matrix", "m.json", "--dry-run"],
    files: { "m.json": '{"name":"m",\n"fields":[{"path":"email","transform":"redact","when":{"field":"country","equals":"Espa' }, bytes: { "m.json": latin1('\xf1a"}}]}') },
    says: /^\[cxedge\] \[matrix\] m\.json line 2 holds bytes that are not UTF-8: save the file as UTF-8 \(e\.g\. iconv -f latin1 -t utf-8\)$/,
  },
  { name: "matrix validate of a Latin-1 file", args: ["matrix", "validate", "m.json"], files: { "m.json": '{"name":"m","description":"caf' }, bytes: { "m.json": latin1('\xe9","fields":[{"path":"email","transform":"redact"}]}') }, says: /m\.json line 1 holds bytes that are not UTF-8/ },
  { name: "--config of a Latin-1 file", args: ["jobs", "--config", "c.json"], files: { "c.json": '{"settings":{"subject":{"by":"Jos' }, bytes: { "c.json": latin1('\xe9"}}}') }, says: /^\[cxedge\] \[config\] c\.json line 1 holds bytes that are not UTF-8/ },

  // Retention policies: named as written (policies[0], not valibot's policies.0), and no refused source offered.
  { name: "policy concurrency 0", ...sweep({ concurrency: 0 }), says: /^\[cxedge\] \[retention\] c\.json: invalid setting settings\.retention\.policies\[0\]\.concurrency: must be at least 1$/ },
  { name: "policy schedule minute 61", ...sweep({ schedule: "61 * * * *" }), says: /invalid setting settings\.retention\.policies\[0\]\.schedule: must be hourly, daily, weekly, monthly or a cron string: minute 61 is out of range 0-59$/ },
  { name: "policy target patch", ...sweep({ target: "patch" }), says: /settings\.retention\.policies\[0\]\.target: must be erasure or export \(patch writes through the records API/ },
  { name: "policy source records, offered messages (which is refused)", ...sweep({ source: "records" }), says: /settings\.retention\.policies\[0\]\.source "records" reads no date window, so a policy cannot select contacts by age: use cxone$/ },
  { name: "policy inline matrix without fields", ...sweep({ matrix: { name: "m" } }), says: /^\[cxedge\] \[retention\] c\.json: settings\.retention\.policies\[0\]\.matrix\.fields: is missing: it is required$/ },
]

refusalRound("bad input, round 25", "cxedge-bad25-", rows)
