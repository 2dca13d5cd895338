/**
 * Bad input, round 24: wrong values that still got through (scanned as
 * replacement characters, planned as a default), or were refused naming
 * the wrong thing. The rows run through refusal-harness.ts (a fresh working
 * directory each, fs storage there; exit code, one `[cxedge]` line, no stack
 * trace, nothing left behind, nothing changed at the tenant).
 */
import { expect } from "bun:test"
import { json, refusalRound, type RefusalRow as Row } from "./refusal-harness.ts"

const latin1 = (text: string) => Buffer.from(text, "latin1")

const rows: Row[] = [
  // A Latin-1 line was scanned as U+FFFD: its PII missed or counted as another value. Now refused by line, exit 1.
  {
    name: "pii scan --json of a line that is not UTF-8", code: 1,
    args: ["pii", "scan", "--file", "in.jsonl", "--field", "text", "--json"],
    files: { "in.jsonl": '{"id":"A1","text":"mail ada@example.com"}\n' },
    bytes: { "in.jsonl": latin1('{"id":"A2","text":"Jos\xe9 on 07700 900123"}\n{"id":"A3","text":"no pii"}\n') },
    says: /\[warn\] line 2: holds bytes that are not UTF-8: convert the file to UTF-8 \(e\.g\. iconv -f latin1 -t utf-8\)/,
    after: (_cwd, { stdout }) => {
      const lines = stdout.trim().split("\n").map((l) => JSON.parse(l))
      expect(lines).toHaveLength(3)
      expect(lines[1]).toEqual({ id: "A2", findings: [], error: "line 2: holds bytes that are not UTF-8: convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)" })
      expect(lines[2]).toEqual({ id: "A3", findings: [] })
    },
  },
  {
    name: "pii scan (counts) of a line that is not UTF-8", code: 1,
    args: ["pii", "scan", "--file", "in.jsonl", "--field", "text"],
    files: { "in.jsonl": '{"id":"A1","text":"mail ada@example.com"}\n' },
    bytes: { "in.jsonl": latin1('{"id":"A2","text":"Jos\xe9 on 07700 900123"}\n') },
    says: /\[warn\] line 2: holds bytes that are not UTF-8: convert the file/,
    after: (_cwd, { stdout }) => {
      expect(stdout).toStartWith("1 line scanned")
      expect(stdout).not.toContain("PHONE")
    },
  },
  // A config file the command passed over: run on no configuration (the sandbox), exit 0, or read as "a string".
  { name: "cxedge.config.json that is a directory", args: ["jobs"], files: { "cxedge.config.json/x": "" }, says: /^\[cxedge\] \[config\] .*cxedge\.config\.json is a directory, not a config file: remove it, or name the config file with --config$/ },
  { name: ".config/cxedge.ts that is a directory", args: ["jobs"], files: { ".config/cxedge.ts/x": "" }, says: /\.config\/cxedge\.ts is a directory, not a config file/ },
  { name: "--config of a .txt file", args: ["jobs", "--config", "c.txt"], files: { "c.txt": "{}" }, says: /^\[cxedge\] \[config\] config file c\.txt is not of a kind cxedge reads: name a \.ts, \.mjs, \.js or \.json file \(or \.yaml, \.toml\) \(--config\)$/ },
  { name: "config thresholds.maxWaitSec of a billion seconds", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { "skill-activity": { thresholds: { maxWaitSec: 1e9 } } } }) }, says: /settings\.skill-activity\.thresholds\.maxWaitSec: must be a whole number from 0 to 86400$/ },
  // A variable's value refused as a settings path the user never wrote (settings.consent-webhook.inboundSecrets.0).
  { name: "CXEDGE_CONSENT_SECRETS with a second entry that is no secret", args: ["jobs"], env: { CXEDGE_CONSENT_SECRETS: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw,hunter2" }, says: /^\[cxedge\] \[consent-webhook\] CXEDGE_CONSENT_SECRETS entry 2 must be whsec_ followed by 24-64 base64 bytes: it does not start with whsec_ \(give the secret as the platform shows it, e.g. whsec_ and the output of openssl rand -base64 32\): correct it, or unset it for the default$/, after: (_cwd, printed) => expect(printed.output).not.toContain("hunter2") },
  { name: "CXEDGE_WEBHOOK_SECRETS that is no secret", args: ["jobs"], env: { CXEDGE_WEBHOOK_SECRETS: "abc" }, says: /CXEDGE_WEBHOOK_SECRETS entry 1 must be whsec_/ },
  // A key written twice in a file: JSON.parse kept its last value in silence.
  {
    name: "matrix with a transform written twice", args: ["matrix", "validate", "m.json"], files: { "m.json": '{"name":"m","fields":[{"path":"email","transform":"hash","transform":"redact"}]}' },
    says: /^\[cxedge\] \[matrix\] m\.json: fields\[0\]\.transform is given twice: write each key once$/,
  },
  { name: "anonymize --matrix with target written twice", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name":"m","target":"export","fields":[{"path":"email","transform":"redact"}],"target":"patch"}' }, says: /m\.json: target is given twice: write each key once$/ },
  { name: "config with tenant written twice", args: ["jobs", "--config", "c.json"], files: { "c.json": '{"tenant":{"timeoutMs":500},"tenant":{}}' }, says: /^\[cxedge\] \[config\] c\.json: tenant is given twice: write each key once$/ },
  {
    name: "pii scan --suggest --matrix with a key written twice", args: ["pii", "scan", "--file", "in.jsonl", "--suggest", "--matrix", "m.json"],
    files: { "in.jsonl": '{"id":"A1","email":"ada@example.com"}\n', "m.json": '{"name":"m","fields":[{"path":"email","transform":"hash","transform":"redact"}]}' },
    says: /^\[cxedge\] \[pii\] the matrix m\.json: fields\[0\]\.transform is given twice: write each key once$/,
  },
  // A matrix the anonymize command reads with a byte-order mark was "not JSON" to pii scan --matrix.
  {
    name: "pii scan --suggest --matrix with a byte-order mark", code: 0, args: ["pii", "scan", "--file", "in.jsonl", "--suggest", "--matrix", "m.json"],
    files: { "in.jsonl": '{"id":"A1","email":"ada@example.com"}\n', "m.json": '\uFEFF{"name":"m","fields":[{"path":"email","transform":"redact"}]}' },
    says: /every field holding PII is named by m\.json: nothing to suggest/,
  },
  // The parser's message quoted the text it stopped at: a value of the file on the terminal.
  { name: "matrix that is not JSON, with an address unquoted", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name":"m","when": ada@example.com}' }, says: /m\.json is not valid JSON \(.*\): fix the file$/, after: (_cwd, printed) => expect(printed.output).not.toContain("ada") },
  { name: "sandbox --faults with a knob written twice", args: ["sandbox", "--port", "0", "--faults", '{"errorRatio":0.01,"errorRatio":0.9}'], says: /^\[cxedge\] \[sandbox\] --faults "errorRatio" is given twice: give each knob once$/ },
  { name: "pii scan --file blank", args: ["pii", "scan", "--file", " ", "--field", "text"], says: /^\[cxedge\] --file is only white space: name the file, or - for standard input$/ },
]

refusalRound("bad input, round 24", "cxedge-bad24-", rows)
