/**
 * Bad input, round 35: numbers a variable holds written another way, values copied with their quotes, files that are
 * empty or cut off, flags that only make sense together, and skill ids written as a careless user writes them. The
 * harness (refusal-harness.ts) runs each row in a fresh working directory with fs storage there and checks: its exit
 * code, one `[cxedge]` line matching its pattern, no stack trace, no valibot default message, nothing left behind
 * and nothing changed at the tenant.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const QUOTED = /is written in quotes \("\.\.\."\), and here they are part of its value \(an env file read by docker --env-file keeps them\): write the value without the quotes$/

const rows: RefusalRow[] = [
  // A value copied with its quotes from an env file: CXEDGE_STORAGE_DIR="st" stored under a directory named "st" with its
  // quotes; the others were refused with no word of the quotes (a key id ""k1", a plugin module ""pii"", "'info'").
  { name: "CXEDGE_STORAGE_DIR=\"st\" (was a directory named with its quotes)", args: ["jobs"], env: { CXEDGE_STORAGE_DIR: '"st"' }, says: new RegExp(`^\\[cxedge\\] \\[config\\] CXEDGE_STORAGE_DIR ${QUOTED.source}`) },
  { name: "CXEDGE_HMAC_KEYS in quotes (the key never shown)", args: ["jobs"], env: { CXEDGE_HMAC_KEYS: `"k1:${Buffer.alloc(32, 5).toString("base64")}"` }, says: new RegExp(`CXEDGE_HMAC_KEYS ${QUOTED.source}`), after: (_, printed) => { if (printed.output.includes(Buffer.alloc(32, 5).toString("base64").slice(0, 12))) throw new Error("the key was shown") } },
  { name: "CXEDGE_LOG_LEVEL='info' (read first)", args: ["jobs"], env: { CXEDGE_LOG_LEVEL: "'info'" }, says: /^\[cxedge\] \[config\] CXEDGE_LOG_LEVEL is written in quotes \('\.\.\.'\)/ },
  { name: "CXEDGE_PORT=\"8080\" for serve", args: ["serve"], env: { CXEDGE_PORT: '"8080"' }, says: new RegExp(`CXEDGE_PORT ${QUOTED.source}`) },
  // A variable's number with an exponent or a sign was taken (CXEDGE_RPS and CXEDGE_PORT refused them): 1e1 as 10 seconds.
  { name: "CXEDGE_TASK_LOCK_SECONDS=1e1 (was taken: 10)", args: ["jobs"], env: { CXEDGE_TASK_LOCK_SECONDS: "1e1" }, says: /^\[cxedge\] \[config\] CXEDGE_TASK_LOCK_SECONDS must be a whole number at least 1 and at most 3600 \(1e1 is 10\): correct it, or leave it out for the default$/ },
  { name: "CXEDGE_SANDBOX_CONTACTS=+12 (was taken)", args: ["jobs"], env: { CXEDGE_SANDBOX_CONTACTS: "+12" }, says: /CXEDGE_SANDBOX_CONTACTS must be a whole number at least 1 and at most 1000000 \(\+12 is 12\): correct it, or leave it out for the default$/ },
  { name: "CXEDGE_SANDBOX_SEED=-0 (was taken)", args: ["jobs"], env: { CXEDGE_SANDBOX_SEED: "-0" }, says: /^\[cxedge\] \[config\] CXEDGE_SANDBOX_SEED must be a whole number at least 0 and at most 2147483647: correct it, or leave it out for the default$/ },
  // A skill id written another way was "--skill must be a skill id (a positive integer)": no value, no number meant,
  // no word that a skill's name is not its id (the thresholds beside it were told 1e3 is 1000).
  { name: "skills health --skill 0x10", args: ["skills", "health", "--skill", "0x10"], says: /^\[cxedge\] \[skills\] --skill "0x10" is not a skill id: give the skill's number, a positive whole number \(cxedge skills activity lists them\) \(0x10 is 16\)$/ },
  { name: "skills activity --skill 1,000", args: ["skills", "activity", "--skill", "1,000"], says: /--skill "1,000" is not a skill id: .* \(1,000 is 1000\)$/ },
  { name: "skills health --skill Billing (a name)", args: ["skills", "health", "--skill", "Billing"], says: /--skill "Billing" is not a skill id: .* \(a name: give the number the tenant shows for it\)$/ },
  { name: "scripts start --skill 4101.0", args: ["scripts", "start", "--skill", "4101.0", "--script-id", "7"], says: /^\[cxedge\] \[scripts\] --skill "4101\.0" is not a skill id: give the skill's number, a positive whole number \(4101\.0 is 4101\)$/ },
  // An empty JSON file was "not valid JSON (Unexpected EOF): fix the file" (an empty YAML config is told it is empty).
  { name: "--config c.json empty", args: ["jobs", "--config", "c.json"], files: { "c.json": "" }, says: /^\[cxedge\] \[config\] c\.json is empty: write the configuration in it \(\{"plugins": \[\.\.\.\], "settings": \{\.\.\.\}\}\), or remove the file$/ },
  { name: "cxedge.config.json of a byte-order mark and a line end", args: ["jobs"], files: { "cxedge.config.json": "\uFEFF\r\n" }, says: /cxedge\.config\.json is empty: write the configuration in it/ },
  { name: "matrix validate of an empty file", args: ["matrix", "validate", "m.json"], files: { "m.json": "" }, says: /^\[cxedge\] \[matrix\] m\.json is empty: write the matrix in it \(\{"name": \.\.\., "fields": \[\.\.\.\]\}, see matrices\/gdpr\.json\), or name a shipped matrix \(gdpr, pci, /},
  { name: "anonymize --matrix of a file of blank lines", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": "\n  \n" }, says: /\[matrix\] m\.json is empty: write the matrix in it/ },
  // A JSONL file whose last line was cut (no line end, not JSON) ran: the other lines anonymized, the cut one a rejected
  // record, exit 1, though the contacts after the cut were never in the file.
  { name: "anonymize --source jsonl of a file cut in its last line (was run)", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "o.jsonl", "--yes"], files: { "c.jsonl": '{"id":"1","email":"ann@example.com"}\n{"id":"2","email":"bo@exa' }, says: /^\[cxedge\] \[anonymize\] c\.jsonl ends in the middle of a line: its last line has no line end and is not JSON, as a file copied or exported only in part; give the whole file \(or end the last line if it is only that\)$/ },
  { name: "anonymize --dry-run of a file cut in its last line (CRLF)", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--dry-run"], files: { "c.jsonl": '{"id":"1"}\r\n{"id":"2",' }, says: /c\.jsonl ends in the middle of a line/ },
  { name: "a last line without a line end that is whole JSON still runs", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--dry-run"], files: { "c.jsonl": '{"id":"1"}\n{"id":"2"}' }, code: 0, says: /would be rejected\s+0/ },
  // --since alone (no --source) with the patch target was told "use --source records, not cxone": a flag never given.
  { name: "anonymize --since 7d with the default patch target", args: ["anonymize", "--matrix", "gdpr", "--since", "7d", "--dry-run"], says: /^\[cxedge\] \[anonymize\] the patch target writes through the records API, so it reads the records source, not cxone: drop the source and the date window \(a window selects cxone\) to patch records, or take cxone contacts to the erasure or export target$/ },
  // A span with thousands separators was told nothing of the span meant (a number alone with them is: 1,000 is 1000).
  { name: "jobs prune --older-than 1,000d", args: ["jobs", "prune", "--older-than", "1,000d"], says: /^\[cxedge\] \[jobs\] --older-than "1,000d" is not allowed: use a span such as 30d, 12h or 30min \(1min to 36500d\) \(1,000d is 1000d\)$/ },
  { name: "anonymize --since 1_000d", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "1_000d", "--dry-run"], says: /--since "1_000d" is not a date: .* \(1_000d is 1000d\)$/ },
  // A fault knob by the start of its name (rate, latency) was told the whole list with no word of the one meant.
  { name: "sandbox --faults {\"rate\": 2}", args: ["sandbox", "--port", "0", "--faults", '{"rate": 2}'], says: /^\[cxedge\] \[sandbox\] --faults "rate" is not a fault knob \(did you mean "rateLimit"\?\): use rateLimit, / },
]

refusalRound("bad input, round 35", "cxedge-bad35-", rows)
