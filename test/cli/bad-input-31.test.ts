/**
 * Bad input, round 31: an object written over several lines in the middle of
 * JSON Lines said once (naming its first and last line) where each of its
 * lines was "not JSON"; a dry run whose every record would be rejected, which
 * exited 0; and more found by trying each command's flags, files, config and
 * environment. The harness (refusal-harness.ts) runs each row in a fresh
 * working directory with fs storage there and checks: its exit code, one
 * `[cxedge]` line matching its pattern, no stack trace, no valibot default,
 * nothing left behind and nothing changed at the tenant.
 */
import { json, refusalRound, type RefusalRow, type Printed } from "./refusal-harness.ts"

const MIDDLE = '{"id": "1", "text": "hi"}\n{\n  "id": "2",\n  "text": "mail ada@example.com"\n}\n{"id": "3", "text": "x"}\n'
const noValue = (printed: Printed) => {
  if (printed.output.includes("ada@example.com")) throw new Error("a value was shown")
}
/** How many lines of the output hold `text`. */
const count = (printed: Printed, text: string) => printed.output.split("\n").filter((l) => l.includes(text)).length
const once = (text: string) => (_: string, printed: Printed) => {
  noValue(printed)
  if (count(printed, text) !== 1) throw new Error(`"${text}" is said ${count(printed, text)} times, not once`)
  if (/line [345]: not JSON$|line [345] is not valid JSON/m.test(printed.output)) throw new Error("a line of the object was warned on its own")
}

const rows: RefusalRow[] = [
  // Leftover 1: an object over lines 2-5 was one warning for line 2 (with the hint) and "not JSON" for each of lines 3, 4 and 5.
  // The messages matrix (it names `text`): gdpr names no field of these records and is refused whole before any line is read.
  { name: "anonymize --source jsonl: an object over lines 2-5 is one rejection", args: ["anonymize", "--matrix", "messages", "--dry-run", "--source", "jsonl", "--file", "m.jsonl", "--target", "export"], files: { "m.jsonl": MIDDLE }, code: 0, says: /\[warn\] contact line:2 would be rejected: lines 2-5 are not valid JSON: they hold one object written over several lines, and JSON Lines hold one object per line \(jq -c \. writes it so\)\n/, after: once("would be rejected: line") },
  { name: "pii scan: an object over lines 2-5 is one warning", args: ["pii", "scan", "--file", "m.jsonl", "--field", "text"], files: { "m.jsonl": MIDDLE }, code: 1, says: /\[warn\] lines 2-5: not JSON: one object written over several lines, and JSON Lines hold one object per line \(jq -c \. writes it so\)\n/, after: once("[warn] line") },
  { name: "pii scan --json: one warning, still one line out per line in", args: ["pii", "scan", "--file", "m.jsonl", "--field", "text", "--json"], files: { "m.jsonl": MIDDLE }, code: 1, says: /\{"findings":\[\],"error":"line 4: not JSON: a line of the object written over lines 2-5"\}\n\{"findings":\[\],"error":"line 5: not JSON: a line of the object written over lines 2-5"\}\n\{"id":"3","findings":\[\]\}/, after: once("[warn] line") },
  { name: "pii redact --field text: one warning, an error object in place of each line", args: ["pii", "redact", "--file", "m.jsonl", "--field", "text"], files: { "m.jsonl": MIDDLE }, code: 1, says: /\{"error":"line 2: not JSON: it opens one object written over lines 2-5, and JSON Lines hold one object per line \(jq -c \. writes it so\)"\}\n\{"error":"line 3: not JSON: a line of the object written over lines 2-5"\}[\s\S]*\[warn\] lines 2-5: not JSON: one object written over several lines, .* an error object is written in place of each\n/, after: once("[warn] line") },
  // A broken line ({"id": "1", and no more) before whole lines is that line alone, not an object swallowing the rest.
  { name: "anonymize --source jsonl: a broken line is that line alone", args: ["anonymize", "--matrix", "messages", "--dry-run", "--source", "jsonl", "--file", "b.jsonl", "--target", "export"], files: { "b.jsonl": '{"id": "1", "text": "hi",\n{"id": "2", "text": "x"}\n' }, code: 0, says: /would be rejected: line 1 is not valid JSON\n[\s\S]*would be rejected +1\b|would be rejected +1[\s\S]*would be rejected: line 1 is not valid JSON\n/ },

  // Leftover 2: a dry run whose every record would be rejected exited 0, as if the plan were fine.
  { name: "anonymize --dry-run, every record rejected (no id)", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--source", "jsonl", "--file", "n.jsonl", "--target", "export"], files: { "n.jsonl": '{"x": 1}\n{"x": 2}\n' }, code: 1, says: /\[warn\] every record \(2\) would be rejected: nothing would be anonymized; fix the input first \(exit 1\)/ },
  { name: "anonymize --dry-run --json, every record rejected", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--json", "--source", "jsonl", "--file", "n.jsonl", "--target", "export"], files: { "n.jsonl": "{\"x\": 1}\n" }, code: 1, says: /every record \(1\) would be rejected/ },

  // JSON Lines where one JSON document is read: "is not valid JSON (Unable to parse JSON string)", no word of why.
  { name: "anonymize --matrix of a JSON Lines file", args: ["anonymize", "--matrix", "r.jsonl", "--dry-run"], files: { "r.jsonl": '{"id": "1", "email": "ada@example.com"}\n{"id": "2"}\n' }, says: /^\[cxedge\] \[matrix\] r\.jsonl holds 2 JSON values, one a line \(JSON Lines\), not one JSON document: a matrix is one object \(\{"name": \.\.\., "fields": \[\.\.\.\]\}\), not records$/, after: (_, printed) => noValue(printed) },
  { name: "matrix validate of two matrices joined", args: ["matrix", "validate", "m.json"], files: { "m.json": '{"name": "a", "fields": []}\n\n{"name": "b", "fields": []}\n' }, says: /^\[cxedge\] \[matrix\] m\.json holds 2 JSON values, one a line \(JSON Lines\)/ },
  { name: "cxedge.config.json of two objects, one a line", args: ["jobs"], files: { "cxedge.config.json": '{"plugins": ["pii"]}\n{"limits": {"rps": 5}}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.json holds 2 JSON values, one a line \(JSON Lines\), not one JSON document: a config file is one object \(\{"plugins": \[\.\.\.\], "settings": \{\.\.\.\}\}\); merge them into it$/ },
  { name: "a matrix broken otherwise keeps the parser's kind", args: ["matrix", "validate", "m.json"], files: { "m.json": '{"name": "m",}' }, says: /^\[cxedge\] \[matrix\] m\.json is not valid JSON \(.+\): fix the file$/ },

  // Leftover 3: --rps 0.0001 (one request every three hours) was taken: a job that would never end.
  { name: "anonymize --rps 0.0001", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--rps", "0.0001"], says: /^\[cxedge\] \[flags\] --rps "0\.0001" is not allowed: use a number from 0\.1 to 10000$/ },
  { name: "CXEDGE_RPS 0.05", args: ["jobs"], env: { CXEDGE_RPS: "0.05" }, says: /^\[cxedge\] \[flags\] CXEDGE_RPS "0\.05" is not allowed: use a number from 0\.1 to 10000$/ },
  { name: "limits.rps 0.001 in the config file", args: ["jobs"], files: { "cxedge.config.json": json({ limits: { rps: 0.001 } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: limits\.rps must be a number at least 0\.1 and at most 10000: correct it, or leave it out for the default$/ },

  // Leftover 4: lists in config with an item twice, or empty where one is needed, were taken as they were.
  { name: "retry.statuses []", args: ["jobs"], files: { "cxedge.config.json": json({ retry: { statuses: [] } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: retry\.statuses is empty: name the statuses to retry, e\.g\. \[429, 503\] \(retry\.retries: 0 retries none\)$/ },
  { name: "retry.statuses [429, 503, 429]", args: ["jobs"], files: { "cxedge.config.json": json({ retry: { statuses: [429, 503, 429] } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: retry\.statuses holds 429 twice: give each status once$/ },
  // A first backoff above the ceiling was taken: every delay was cut to the ceiling, the first delay set never applied.
  { name: "retry.baseDelayMs above the default maxDelayMs", args: ["jobs"], files: { "cxedge.config.json": json({ retry: { baseDelayMs: 20_000 } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: retry\.baseDelayMs \(20000\) is above retry\.maxDelayMs \(15000, the default\), the ceiling of every backoff: lower the one, or raise the other$/ },
  { name: "retry.baseDelayMs above retry.maxDelayMs", args: ["jobs"], files: { "cxedge.config.json": json({ retry: { baseDelayMs: 500, maxDelayMs: 100 } }) }, says: /retry\.baseDelayMs \(500\) is above retry\.maxDelayMs \(100\), the ceiling/ },
  // A quoted ~/x reached the program as written ("the directory ~ does not exist"); since round 69 every path flag refuses it first.
  { name: "--out \"~/x.jsonl\" quoted", args: ["anonymize", "--matrix", "gdpr", "--target", "export", "--out", "~/x.jsonl"], says: /^\[cxedge\] --out "~\/x\.jsonl" starts with ~, which is not expanded by the shell after = or inside quotes \(--out ~\/x\.jsonl, with a space and no quotes, is\): write \$HOME\/x\.jsonl, the whole path$/ },
  // A quoted "~" alone made a file named ~ in the working directory and wrote the export into it.
  { name: "--out \"~\" quoted", args: ["anonymize", "--matrix", "gdpr", "--target", "export", "--out", "~"], says: /^\[cxedge\] --out "~" starts with ~, which is not expanded by the shell after = or inside quotes .*: write \$HOME, the whole path$/ },
  { name: "--out \"~alice\" quoted", args: ["anonymize", "--matrix", "gdpr", "--target", "export", "--out", "~alice"], says: /^\[cxedge\] \[files\] --out ~alice would be a file named "~alice" here: a ~ is expanded by a shell, not here; .* or \.\/~alice if you mean that name$/ },
  { name: "tenant.fromAddressForms e164 twice", args: ["jobs"], files: { "cxedge.config.json": json({ tenant: { fromAddressForms: ["e164", "digits", "e164"] } }) }, says: /^\[cxedge\] \[runtime\] cxedge\.config\.json: invalid tenant setting fromAddressForms: names "e164" twice: give each form once$/ },
  { name: "CXEDGE_PLUGINS with pii twice is counted from 1", args: ["plugins"], env: { CXEDGE_PLUGINS: "tenant,pii,pii" }, says: /^\[cxedge\] \[config\] CXEDGE_PLUGINS entry 3 repeats "pii" \(also entry 2\): list each plugin once$/ },
  { name: "config plugins with pii twice names the other entry by its path", args: ["plugins"], files: { "cxedge.config.json": json({ plugins: ["pii", "hold", "pii"] }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: plugins\[2\] repeats "pii" \(also plugins\[0\]\): list each plugin once$/ },

  // CXEDGE_SECRETS_FILE: a name set twice (the last line won in silence), a file that sets nothing (the sandbox was used), a directory.
  { name: "CXEDGE_SECRETS_FILE sets a variable twice", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: "s.env" }, files: { "s.env": "CXEDGE_CLIENT_SECRET=hunter2-secret\n# again\nCXEDGE_CLIENT_SECRET=hunter3-secret\n" }, says: /^\[cxedge\] \[config\] CXEDGE_SECRETS_FILE \(s\.env\) line 3 sets CXEDGE_CLIENT_SECRET again \(line 1 set it\): keep one line for it$/, after: (_, printed) => { if (/hunter/.test(printed.output)) throw new Error("a secret was shown") } },
  { name: "CXEDGE_SECRETS_FILE that is empty", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: "s.env" }, files: { "s.env": "" }, says: /^\[cxedge\] \[config\] CXEDGE_SECRETS_FILE \(s\.env\) sets no variable \(it is empty\): write NAME=value lines \(CXEDGE_CLIENT_SECRET=\.\.\.\), or unset CXEDGE_SECRETS_FILE$/ },
  { name: "CXEDGE_SECRETS_FILE of comments only", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: "s.env" }, files: { "s.env": "# to fill in\n" }, says: /sets no variable \(comments only\)/ },
  { name: "CXEDGE_SECRETS_FILE that is a directory", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: "d" }, files: { "d/": "" }, says: /^\[cxedge\] \[config\] cannot read CXEDGE_SECRETS_FILE \(d\): it is a directory: name the file of NAME=value lines$/ },
]

refusalRound("bad input, round 31", "cxedge-bad31-", rows)
