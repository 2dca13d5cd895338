/**
 * Bad input, round 34: what earlier rounds had not tried on the less-used commands (hold, subject export, pii
 * scan and redact, retention, decrypt, jobs run) and on the config file's other forms (.jsonc, .json5, .yaml,
 * .toml), written the way a careless user would: copied from a mail client, another tool's spelling, a stray
 * comma. The harness (refusal-harness.ts) runs each row in a fresh working directory with fs storage there and
 * checks: its exit code, one `[cxedge]` line matching its pattern, no stack trace, no valibot default message,
 * nothing left behind and nothing changed at the tenant.
 */
import { expect, test } from "bun:test"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"

// A secret of 32 bytes, as the platforms show them.
const SECRET = `whsec_${Buffer.alloc(32, 7).toString("base64")}`
// A config file with one retention policy, `extra` over a valid one.
const policy = (extra: Record<string, unknown>) => ({ "cxedge.config.json": JSON.stringify({ settings: { retention: { policies: [{ name: "n", matrix: "gdpr", target: "export", source: "cxone", olderThan: "20d", ...extra }] } } }) })

const rows: RefusalRow[] = [
  // An address copied as a mailto: link was held as written: a keyed token of "mailto:jane@…", which no contact's
  // address has, so the hold held nothing (erase and subject export refused it, with no word of why).
  { name: "hold add --subject-email mailto:... (was held, holding nothing)", args: ["hold", "add", "--subject-email", "mailto:jane@example.com", "--reason", "LH-1"], says: /^\[cxedge\] \[hold\] --subject-email is not an email address: give name@domain \(it is written as a mailto: link: give the address alone, without mailto:\)$/, after: (_, printed) => { if (printed.output.includes("jane@")) throw new Error("the address was shown") } },
  { name: "hold add --subject-email 'Jane <jane@...>'", args: ["hold", "add", "--subject-email", "Jane <jane@example.com>", "--reason", "LH-1"], says: /--subject-email is not an email address: give name@domain \(it is written as Name <address>: give the address alone\)$/ },
  { name: "erase --email MAILTO:...", args: ["erase", "--email", "MAILTO:jane@example.com", "--dry-run"], says: /^\[cxedge\] \[erase\] --email is not an email address: check it \(it is not repeated here: it is personal data\) \(it is written as a mailto: link: give the address alone, without mailto:\)$/ },
  { name: "subject export --email of two addresses", args: ["subject", "export", "--email", "a@example.com, b@example.com", "--out", "o.json", "--by", "dpo"], says: /--email is not an email address: .* \(it holds several addresses: give one\)$/ },
  { name: "transcript send --to mailto:...", args: ["transcript", "send", "--contact", "5", "--to", "mailto:ann@example.com"], says: /^\[cxedge\] \[transcript\] recipient 1 is not an email address: check --to \(it is written as a mailto: link: give the address alone, without mailto:\)$/ },
  // A shipped matrix anonymize --matrix takes (notes, messages) was "cannot read the matrix notes" here; a slip had no word.
  { name: "pii scan --suggest --matrix notes (was refused)", args: ["pii", "scan", "--file", "t.jsonl", "--suggest", "--matrix", "notes"], files: { "t.jsonl": '{"id":1,"comment":"mail ann@example.com"}\n' }, code: 0, says: /"path": "comment"/ },
  { name: "pii scan --suggest --matrix gdrp", args: ["pii", "scan", "--file", "t.jsonl", "--suggest", "--matrix", "gdrp"], files: { "t.jsonl": "{}\n" }, says: /^\[cxedge\] \[pii\] cannot read the matrix gdrp \(did you mean "gdpr"\?\): name a matrix file or a shipped matrix \(gdpr, pci, analytics, messages, notes, seed-example\)$/ },
  // "--file is read by --source jsonl only: drop --file, or --source file": the source given, offered back.
  { name: "pii scan --source file --file", args: ["pii", "scan", "--source", "file", "--file", "t.jsonl"], files: { "t.jsonl": "{}\n" }, says: /^\[cxedge\] \[pii\] --source file is not a source: a file \(--file\) or standard input is read by the default source, jsonl: drop --source$/ },
  { name: "pii scan --source cxone --file", args: ["pii", "scan", "--source", "cxone", "--file", "t.jsonl"], files: { "t.jsonl": "{}\n" }, says: /--file is read by --source jsonl only \(the default\), not --source cxone: drop --source to scan the file, or drop --file to scan cxone$/ },
  // A key written twice in a .jsonc or .json5 config was taken in silence, its last value kept ("a key written twice
  // is refused" held for .json only).
  { name: "cxedge.config.jsonc with limits.rps twice (was taken: 6)", args: ["jobs"], files: { "cxedge.config.jsonc": '{\n  // the limits\n  "limits": {\n    "rps": 5,\n    "rps": 6\n  }\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.jsonc line 5: limits\.rps is given twice: write each key once$/ },
  { name: "cxedge.config.json5 with rps and 'rps'", args: ["jobs"], files: { "cxedge.config.json5": "{limits: {rps: 5, 'rps': 6}}\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.json5: limits\.rps is given twice: write each key once$/ },
  { name: "cxedge.config.jsonc with comments and trailing commas is still read", args: ["jobs"], files: { "cxedge.config.jsonc": '{\n  // c\n  "limits": {"rps": 5,}, /* x */\n}\n' }, code: 0, says: /\(none\)/ },
  // JSONC's parser reads past a broken value: {"limits": {"rps": }} was read as {"limits": {}}, the limit dropped unseen.
  { name: "cxedge.config.jsonc with a value missing (was read past)", args: ["jobs"], files: { "cxedge.config.jsonc": '{\n  "limits": {"rps": }\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.jsonc is not valid JSONC \([^)]*\), though its parser read past it: fix the file$/ },
  // A YAML or TOML file that did not parse was "cannot load the cxedge.config file (parse error): check its syntax":
  // no file, no line, no reason; a key twice said nothing of it; an empty file was a "parse error" too.
  { name: "cxedge.config.yaml with a key twice", args: ["jobs"], files: { "cxedge.config.yaml": "limits:\n  rps: 5\n  rps: 6\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml line 3 is not valid YAML \(a key is given twice: write each key once\): fix the file$/ },
  { name: "cxedge.config.yaml indented with a tab", args: ["jobs"], files: { "cxedge.config.yaml": "limits:\n\trps: 5\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml line 2 is not valid YAML \(tab characters must not be used in indentation\): fix the file$/ },
  { name: "cxedge.config.yaml with a quote never closed does not quote the text", args: ["jobs"], files: { "cxedge.config.yaml": "tenant:\n  issuer: 's3cr3t-value\n" }, says: /cxedge\.config\.yaml line 3 is not valid YAML \(unexpected end of the stream within a single quoted scalar\): fix the file$/, after: (_, printed) => { if (printed.output.includes("s3cr3t")) throw new Error("the text was quoted") } },
  { name: "cxedge.config.yaml empty", args: ["jobs"], files: { "cxedge.config.yaml": "# nothing yet\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.yaml is empty: write the configuration in it, or remove the file$/ },
  { name: "cxedge.config.toml with a key twice", args: ["jobs"], files: { "cxedge.config.toml": "[limits]\nrps = 5\nrps = 6\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.toml line 3 is not valid TOML \(a key is given twice: write each key once\): fix the file$/ },
  { name: "--config c.toml with a table never closed", args: ["jobs", "--config", "c.toml"], files: { "c.toml": "[limits\nrps = 5\n" }, says: /^\[cxedge\] \[config\] c\.toml line 1 is not valid TOML \(incomplete key-value: cannot find end of key\): fix the file$/ },
  { name: "cxedge.config.json5 with two commas", args: ["jobs"], files: { "cxedge.config.json5": "{\n  limits: {rps: 5,, }\n}\n" }, says: /^\[cxedge\] \[config\] cxedge\.config\.json5 line 2 is not valid JSON5 \(invalid character\): fix the file$/ },
  // An empty entry in a comma-separated variable was dropped in silence (CXEDGE_HMAC_KEYS and CXEDGE_PLUGINS refuse
  // one): "10.0.0.1,,10.0.0.3" may be an address cut out, and the callout would refuse that source unexplained.
  { name: "CXEDGE_CALLOUT_ALLOW_IPS=10.0.0.1,,10.0.0.3 (was taken)", args: ["jobs"], env: { CXEDGE_CALLOUT_ALLOW_IPS: "10.0.0.1,,10.0.0.3" }, says: /^\[cxedge\] \[config\] CXEDGE_CALLOUT_ALLOW_IPS entry 2 is empty \(a stray comma\?\): separate the entries with one comma each$/ },
  { name: "CXEDGE_CONSENT_SECRETS with a trailing comma", args: ["webhooks", "list"], env: { CXEDGE_CONSENT_SECRETS: `${SECRET},` }, says: /^\[cxedge\] \[config\] CXEDGE_CONSENT_SECRETS entry 2 is empty \(a stray comma\?\)/, after: (_, printed) => { if (printed.output.includes(SECRET.slice(6, 20))) throw new Error("the secret was shown") } },
  { name: "CXEDGE_CALLOUT_TOKENS with a leading comma", args: ["jobs"], env: { CXEDGE_CALLOUT_TOKENS: `,${"a".repeat(40)}` }, says: /CXEDGE_CALLOUT_TOKENS entry 1 is empty \(a stray comma\?\)/ },
  { name: "CXEDGE_WEBHOOK_SECRETS a,,b", args: ["webhooks", "list"], env: { CXEDGE_WEBHOOK_URL: "https://consent.example.com/hook", CXEDGE_WEBHOOK_SECRETS: `${SECRET},,${SECRET}` }, says: /CXEDGE_WEBHOOK_SECRETS entry 2 is empty \(a stray comma\?\)/ },
  // A log level by another tool's name (Python's warning, log4j's trace): "is not allowed", with no word of the one meant.
  { name: "CXEDGE_LOG_LEVEL=warning", args: ["jobs"], env: { CXEDGE_LOG_LEVEL: "warning" }, says: /^\[cxedge\] \[flags\] CXEDGE_LOG_LEVEL "warning" is not allowed \(did you mean "warn"\? warning is another tool's name for it\): use error, warn, info, debug or a number from 0 to 5$/ },
  { name: "CXEDGE_LOG_LEVEL=trace", args: ["jobs"], env: { CXEDGE_LOG_LEVEL: "trace" }, says: /\(did you mean "debug"\? trace is another tool's name for it\)/ },
  // An entity type by AWS Comprehend's or Google DLP's name (SSN, NAME, PERSON_NAME): no word of the type meant
  // (round 33 told Presidio's names only).
  { name: "pii redact --entities SSN", args: ["pii", "redact", "--file", "t.txt", "--entities", "SSN"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[pii\] --entities "SSN" is not an entity type \(did you mean "US_SSN"\? AWS Comprehend's SSN is US_SSN here\): use EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON$/ },
  { name: "pii scan --entities PERSON_NAME", args: ["pii", "scan", "--file", "t.jsonl", "--entities", "PERSON_NAME"], files: { "t.jsonl": "{}\n" }, says: /--entities "PERSON_NAME" is not an entity type \(did you mean "PERSON"\? Google DLP's PERSON_NAME is PERSON here\)/ },
  { name: "config settings.pii.entities [\"CREDIT_DEBIT_NUMBER\"]", args: ["jobs"], files: { "cxedge.config.json": '{"settings": {"pii": {"entities": ["CREDIT_DEBIT_NUMBER"]}}}' }, says: /settings\.pii\.entities\[0\]: must be one of .* \(did you mean "CARD"\? AWS Comprehend's CREDIT_DEBIT_NUMBER is CARD here\)$/ },
  // A target named by the command (erase) or the verb (update): "is not allowed" with the list alone; CXEDGE_CALLOUT_TARGET
  // did not even say what it was given ("must be patch or erasure: fix it").
  { name: "anonymize --target erase", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--target", "erase"], says: /^\[cxedge\] \[flags\] --target "erase" is not allowed \(did you mean "erasure"\? erase is the command \(cxedge erase\); the target is erasure\): use patch, erasure or export$/ },
  { name: "CXEDGE_CALLOUT_TARGET=erase", args: ["jobs"], env: { CXEDGE_CALLOUT_TARGET: "erase" }, says: /^\[cxedge\] \[anonymize\] CXEDGE_CALLOUT_TARGET must be patch or erasure, not "erase" \(did you mean "erasure"\? erase is the command \(cxedge erase\); the target is erasure\): correct it, or unset it for the default$/ },
  { name: "CXEDGE_CALLOUT_TARGET=Patch", args: ["jobs"], env: { CXEDGE_CALLOUT_TARGET: "Patch" }, says: /CXEDGE_CALLOUT_TARGET must be patch or erasure, not "Patch" \(did you mean "patch"\?\): correct it, or unset it for the default$/ },
  { name: "config retention policy target \"erase\"", args: ["retention", "report"], files: { "cxedge.config.json": '{"settings": {"retention": {"policies": [{"name": "n", "matrix": "gdpr", "target": "erase", "source": "cxone", "olderThan": "20d"}]}}}' }, says: /policies\[0\]\.target: must be erasure or export \(patch writes through the records API, which cannot select contacts by age\) \(did you mean "erasure"\? erase is the command/ },
  // Presidio's anonymizer operators (replace, hash) as a mode: no word of the mode that does the same.
  { name: "pii redact --mode hash", args: ["pii", "redact", "--file", "t.txt", "--mode", "hash"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[flags\] --mode "hash" is not allowed \(did you mean "hmac"\? Presidio's hash operator is hmac here, keyed with CXEDGE_HMAC_KEYS\): use tag, indexed, hmac or mask$/ },
  { name: "pii redact --mode replace", args: ["pii", "redact", "--file", "t.txt", "--mode", "replace"], files: { "t.txt": "hi\n" }, says: /--mode "replace" is not allowed \(did you mean "tag"\? Presidio's replace operator \(<EMAIL_ADDRESS>\) is tag here\)/ },
  { name: "matrix scrub params.mode \"hash\"", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name": "m", "fields": [{"path": "notes", "transform": "scrub", "params": {"mode": "hash"}}]}' }, says: /params\.mode: must be one of tag, indexed, hmac, mask \(did you mean "hmac"\? Presidio's hash operator/ },
  // A pseudonym (tok_, sub_) given to decrypt was "not an encrypt token": no word that it is one-way.
  { name: "decrypt tok_... (a pseudonym)", args: ["decrypt", "tok_sbx_9TVZ2UmkUEkMBkjgFt9KEg"], says: /^\[cxedge\] \[decrypt\] the token is a keyed pseudonym \(an hmac, as pseudonymize, scrub's hmac mode and hold subjects write\), not an encrypt token: it is one-way and cannot be decrypted; only the encrypt transform's enc_ tokens can$/ },
  { name: "decrypt enc_ cut short", args: ["decrypt", "enc_sbx_9TVZ2UmkUEkMBkjgFt9KEg"], says: /the token is too short to be an encrypt token \(cut off when copied\?\)/ },
  // A flag with the API's word after it (skillId, contactId): "unknown flag --skill-id", no word of --skill.
  { name: "scripts start --skill-id", args: ["scripts", "start", "--skill-id", "4101", "--script-id", "12"], says: /^\[cxedge\] unknown flag --skill-id \(did you mean --skill\?\)$/ },
  { name: "hold add --contact-id", args: ["hold", "add", "--contact-id", "5", "--reason", "LH-1"], says: /^\[cxedge\] unknown flag --contact-id \(did you mean --contact\?\)$/ },
  { name: "anonymize --matrix-file", args: ["anonymize", "--matrix-file", "gdpr", "--dry-run"], says: /^\[cxedge\] unknown flag --matrix-file \(did you mean --matrix\?\)$/ },
  // A schedule of one word was read as a cron string: "@daily" (cron's nickname), "Daily" and "" were each told it
  // "has 1 field(s)", with no word of the name meant.
  { name: "retention policy schedule \"@daily\"", args: ["retention", "report"], files: policy({ schedule: "@daily" }), says: /policies\[0\]\.schedule: must be hourly, daily, weekly, monthly or a cron string: "@daily" is cron's nickname: write daily$/ },
  { name: "retention policy schedule \"Daily\"", args: ["retention", "report"], files: policy({ schedule: "Daily" }), says: /schedule: .*: "Daily" is written in capitals: write daily$/ },
  { name: "retention policy schedule \"dayly\"", args: ["retention", "report"], files: policy({ schedule: "dayly" }), says: /schedule: .*: "dayly" is not a schedule name \(did you mean "daily"\?\): write one of hourly, daily, weekly, monthly or five cron fields/ },
  // Review: white space around the name was told it "is written in capitals"; a policy's target update was offered
  // patch, in the message that says a policy cannot patch.
  { name: "retention policy schedule \" daily \"", args: ["retention", "report"], files: policy({ schedule: " daily " }), says: /schedule: .*: " daily " has white space around it: write daily$/ },
  { name: "retention policy target \"update\"", args: ["retention", "report"], files: policy({ target: "update" }), says: /target: must be erasure or export \(patch writes through the records API, which cannot select contacts by age\)$/ },
  { name: "retention policy schedule \"\" (empty)", args: ["retention", "report"], files: policy({ schedule: "" }), says: /schedule: .*: it is empty: leave the key out for daily$/ },
  // A score as a percentage without its sign in the config or a scrub rule: "must be at most 1" alone (round 33 told --min-score).
  { name: "config settings.pii.minScore 50", args: ["jobs"], files: { "cxedge.config.json": '{"settings": {"pii": {"minScore": 50}}}' }, says: /^\[cxedge\] \[pii\] cxedge\.config\.json: invalid setting settings\.pii\.minScore: must be at most 1 \(50 as a percentage is 0\.5\)$/ },
  { name: "matrix scrub params.minScore 80", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name": "m", "fields": [{"path": "notes", "transform": "scrub", "params": {"minScore": 80}}]}' }, says: /params\.minScore: must be at most 1 \(80 as a percentage is 0\.8\)/ },
  // A policy's matrix by a file's path in a .json config: "names no shipped matrix", no word that no file is read there.
  { name: "config retention policy matrix \"matrices/gdpr.json\"", args: ["retention", "report"], files: policy({ matrix: "matrices/gdpr.json" }), says: /policies\[0\]\.matrix "matrices\/gdpr\.json" names no shipped matrix \(a file's path: no file is read here; give the matrix object \(a cxedge\.config\.ts can import the file\)\): use gdpr, /, },
  // A matrix in YAML (the config file may be YAML; a matrix is JSON only) was told to "fix the file".
  { name: "matrix validate m.yaml", args: ["matrix", "validate", "m.yaml"], files: { "m.yaml": "name: mine\nfields:\n  - path: email\n    transform: hmac\n" }, says: /^\[cxedge\] \[matrix\] m\.yaml is not valid JSON \([^)]*\): a matrix file is JSON only, not YAML: write it as JSON \(see matrices\/gdpr\.json\)$/ },
  // A year typed wrong the other way was taken: a contact scheduled for 2099.
  { name: "scripts start --start-date 2099-01-01", args: ["scripts", "start", "--skill", "4101", "--script-id", "9876", "--start-date", "2099-01-01"], says: /^\[cxedge\] \[scripts\] --start-date "2099-01-01" is more than a year ahead: check the year/ },
  // A span with a fraction or two units was told nothing of what it means.
  { name: "skills health --max-wait 1.5m", args: ["skills", "health", "--skill", "4101", "--max-wait", "1.5m"], says: /^\[cxedge\] \[flags\] --max-wait "1\.5m" is not allowed: use a whole number from 0 to 86400 \(1\.5m is 90\)$/ },
  { name: "skills health --max-wait 2m30s", args: ["skills", "health", "--skill", "4101", "--max-wait", "2m30s"], says: /\(2m30s is 150\)$/ },
  { name: "CXEDGE_TASK_LOCK_SECONDS=1.5m", args: ["jobs"], env: { CXEDGE_TASK_LOCK_SECONDS: "1.5m" }, says: /CXEDGE_TASK_LOCK_SECONDS must be a whole number at least 1 and at most 3600 \(1\.5m is 90\): correct it, or leave it out for the default$/ },
  // Review: with a key ring of its own, the embedded sandbox took a plan no later command could find (memory storage).
  { name: "--plan on the embedded sandbox with CXEDGE_HMAC_KEYS set", args: ["anonymize", "--matrix", "gdpr", "--plan", "p2"], env: { CXEDGE_HMAC_KEYS: `k1:${Buffer.alloc(32, 3).toString("base64")}` }, says: /^\[cxedge\] \[anonymize\] plan p2 would be made against the embedded sandbox, which is made afresh/ },
]

refusalRound("bad input, round 34", "cxedge-bad34-", rows)

// A plan made and approved against the embedded sandbox (fs storage) was refused at its run with "set CXEDGE_HMAC_KEYS
// as when planning", a variable never set: the sandbox's key is made afresh for every command. It is now refused when
// it would be made, before anything is read or stored.
test("a plan against the embedded sandbox is refused when it would be made, saying why no later command could run it", async () => {
  const cwd = tempDir("cxedge-bad34-plan-")
  const env = { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(cwd, ".cxedge") }
  const plan = await runCli(["anonymize", "--matrix", "gdpr", "--plan", "p1"], env, { cwd })
  expect(plan.code).toBe(2)
  expect(plan.stderr.split("\n").filter((l) => l.startsWith("[cxedge]"))).toEqual(["[cxedge] [anonymize] plan p1 would be made against the embedded sandbox, which is made afresh (a throwaway key, new contacts) for every command: no later command could run it; plan, approve and run against cxedge sandbox --port with CXEDGE_HMAC_KEYS set, or a tenant (a dry run shows the same counts now: --dry-run)"])
  const show = await runCli(["jobs", "show", "p1"], env, { cwd })
  expect(show.code).not.toBe(0)
}, 60_000)
