/**
 * Bad input, round 36: what round 35 found and left (a Worker's binding set as a variable, a grant's value one slip
 * away, a matrix file that is empty for the scan's suggestions, a line of nothing on standard input), flags that
 * contradict each other, and values in the wrong type or spelling. The harness (refusal-harness.ts) runs each row in a
 * fresh working directory with fs storage there and checks: its exit code, one `[cxedge]` line matching its pattern,
 * no stack trace, no valibot default message, nothing left behind and nothing changed at the tenant.
 */
import { expect, test } from "bun:test"
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

/** Text in UTF-16 little-endian, with its byte-order mark. */
const utf16 = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]))

const rows: RefusalRow[] = [
  // A Worker's binding set as a variable for the CLI was ignored in silence: the tasks went to the storage's queue.
  { name: "CXEDGE_QUEUE=Redis (was ignored)", args: ["jobs"], env: { CXEDGE_QUEUE: "Redis" }, says: /^\[cxedge\] \[config\] CXEDGE_QUEUE is a Cloudflare Worker's Queue producer binding \(wrangler\.toml, \[\[queues\.producers\]\]\), which the CLI and the Bun\/Node servers never read \(did you mean CXEDGE_STORAGE=redis\?\): here the tasks are queued in the storage/ },
  { name: "CXEDGE_KV=fs (was ignored)", args: ["jobs"], env: { CXEDGE_KV: "fs" }, says: /^\[cxedge\] \[config\] CXEDGE_KV is a Cloudflare Worker's KV namespace binding .* \(did you mean CXEDGE_STORAGE=fs\?\): here CXEDGE_STORAGE names the storage \(fs or redis\); unset CXEDGE_KV$/ },
  // A grant or client authentication one slip away, or in OAuth's words, was told only the list.
  { name: "CXEDGE_GRANT=pasword (no did-you-mean)", args: ["jobs"], env: { CXEDGE_GRANT: "pasword" }, says: /^\[cxedge\] \[config\] CXEDGE_GRANT "pasword" is not allowed \(did you mean "password"\?\): use password or client_credentials$/ },
  { name: "CXEDGE_GRANT=client-credentials", args: ["jobs"], env: { CXEDGE_GRANT: "client-credentials" }, says: /CXEDGE_GRANT "client-credentials" is not allowed \(did you mean "client_credentials"\?\)/ },
  { name: "CXEDGE_CLIENT_AUTH=client_secret_post (OAuth's word)", args: ["jobs"], env: { CXEDGE_CLIENT_AUTH: "client_secret_post" }, says: /CXEDGE_CLIENT_AUTH "client_secret_post" is not allowed \(did you mean "post"\? client_secret_post is OAuth's name for the secret sent as form fields\): use basic or post$/ },
  { name: "tenant.grant in a config file, in capitals", args: ["jobs"], files: { "cxedge.config.json": '{"tenant": {"issuer": "https://cxone.example.com", "grant": "Password"}}' }, says: /tenant\.grant "Password" is not allowed \(did you mean "password"\?\)/ },  // pii scan --suggest --matrix of an empty file was "the matrix m.json is not JSON: check the file".
  { name: "pii scan --suggest --matrix of an empty file", args: ["pii", "scan", "--file", "c.jsonl", "--suggest", "--matrix", "m.json"], files: { "c.jsonl": '{"note":"mail ann@example.com"}\n', "m.json": "" }, says: /^\[cxedge\] \[pii\] m\.json is empty: write the matrix in it \(\{"name": \.\.\., "fields": \[\.\.\.\]\}, see matrices\/gdpr\.json\), or name a shipped matrix \(gdpr, pci, / },
  // A broken matrix was "not JSON: check the file" with no word of where; anonymize --matrix gives the parser's reason.
  { name: "pii scan --suggest --matrix with a stray comma", args: ["pii", "scan", "--file", "c.jsonl", "--suggest", "--matrix", "m.json"], files: { "c.jsonl": '{"note":"mail ann@example.com"}\n', "m.json": '{"fields": [{"path": "s3cr3t-notes", "transform": "nullify"},, ]}' }, says: /^\[cxedge\] \[pii\] the matrix m\.json is not valid JSON \(Unexpected token ','\): fix the file$/m },
  { name: "pii scan --source records --suggest --matrix of a byte-order mark", args: ["pii", "scan", "--source", "records", "--suggest", "--matrix", "m.json"], files: { "m.json": "\uFEFF\n" }, says: /\[pii\] m\.json is empty: write the matrix in it/ },
  // A blank line alone: pii redact said the input was empty; pii scan read it as a line "not JSON", exit 1, "0 lines scanned".
  { name: "pii redact --file of one blank line (was: n.txt is empty)", args: ["pii", "redact", "--file", "n.txt"], files: { "n.txt": "\n" }, says: /^\[cxedge\] \[pii\] n\.txt holds only a blank line, no text to scrub: name a file holding the text to scrub$/ },
  { name: "pii scan --file of blank lines (was: exit 1, 0 lines scanned)", args: ["pii", "scan", "--file", "b.jsonl"], files: { "b.jsonl": "\n\r\n  \n" }, says: /^\[cxedge\] \[pii\] b\.jsonl holds only blank lines \(3\), no JSON object: name a file holding one JSON object a line$/ },
  { name: "pii scan --json of blank lines writes no error line", args: ["pii", "scan", "--file", "b.jsonl", "--field", "text", "--json"], files: { "b.jsonl": "\n\n" }, says: /b\.jsonl holds only blank lines \(2\), no JSON object/, after: (_, printed) => { if (printed.stdout) throw new Error(`printed ${printed.stdout}`) } },
  { name: "pii redact --field of a blank line", args: ["pii", "redact", "--field", "text", "--file", "b.jsonl"], files: { "b.jsonl": "\n" }, says: /b\.jsonl holds only a blank line, no JSON object/ },  // A date-time with its zone by name, a short offset, UTC spelt out, a space for the T, a date with slashes or in Unix
  // time: "is not a date" with no word of what was meant (only "has no time zone" was told the form).
  { name: "anonymize --since 2026-11-01T08:00 Europe/Paris", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "2026-11-01T08:00 Europe/Paris", "--dry-run"], says: /^\[cxedge\] \[flags\] --since "2026-11-01T08:00 Europe\/Paris" is not a date: .* \(a time zone is written as its offset, not its name: Europe\/Paris on 2026-11-01 is \+01:00, 2026-11-01T08:00\+01:00\)$/ },
  { name: "anonymize --since 2026-11-01 CET (a date alone)", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "2026-11-01 CET", "--dry-run"], says: /CET at midnight on 2026-11-01 is \+01:00, 2026-11-01T00:00:00\+01:00\)$/ },
  { name: "--since at a time the clocks skip (DST)", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "2026-03-29T02:30 Europe/Paris", "--dry-run"], says: /and 02:30 never happens in Europe\/Paris on 2026-03-29: the clocks go forward that night\)$/ },
  { name: "--until at a time that happens twice (DST)", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "2026-10-01", "--until", "2026-10-25T02:30 Europe/Paris", "--dry-run"], says: /--until "2026-10-25T02:30 Europe\/Paris" is not a date: .* and 02:30 happens twice in Europe\/Paris on 2026-10-25, the clocks going back: 2026-10-25T02:30\+02:00 or 2026-10-25T02:30\+01:00\)$/ },
  { name: "pii scan --since with an offset of +2", args: ["pii", "scan", "--source", "cxone", "--since", "2026-11-01T00:00:00+2"], says: /--since "2026-11-01T00:00:00\+2" is not a date: .* \(\+2 is written \+02:00: 2026-11-01T00:00:00\+02:00\)$/ },
  { name: "--since 2026-11-01 08:00Z (a space for the T)", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "2026-11-01 08:00Z", "--dry-run"], says: /\(write a T between the date and the time: 2026-11-01T08:00Z\)$/ },
  { name: "--since ... UTC", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "2026-11-01T08:00:00 UTC", "--dry-run"], says: /\(UTC is written Z: 2026-11-01T08:00:00Z\)$/ },
  { name: "hold add --until 2027/01/31", args: ["hold", "add", "--contact", "5", "--reason", "LH-1", "--until", "2027/01/31"], says: /--until "2027\/01\/31" is not a date: .* \(2027\/01\/31 is 2027-01-31\)$/ },
  { name: "--since 01.11.2026 (the day first: not guessed)", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "01.11.2026", "--dry-run"], says: /\(write the year first, YYYY-MM-DD: the day and the month are written first in either order, so neither is guessed\)$/ },
  { name: "--since in Unix seconds", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "1761955200", "--dry-run"], says: /\(1761955200 as Unix seconds is 2025-11-01T00:00:00Z\)$/ },  // A matrix path written as jq, a JSON Pointer or a bracketed key writes it, or two paths in one, was "is not valid:
  // use dots and [*] or [n]" with no word of the path meant (a $. path was told it).
  { name: "anonymize --matrix with a jq path .message.body", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name":"x","fields":[{"path":".message.body","transform":"nullify"}]}' }, says: /field path "\.message\.body" is not valid: use dots and \[\*\] or \[n\], e\.g\. customFields\[\*\]\.value \(jq's leading dot: paths start at the record's root: write message\.body\)/ },
  { name: "anonymize --matrix with a path email|phone", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name":"x","fields":[{"path":"email|phone","transform":"nullify"}]}' }, says: /field path "email\|phone" is not valid: .* \(2 paths in one: give each its own rule, "email" and "phone"\)/ },
  { name: "anonymize --matrix with email[] and a JSON Pointer", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name":"x","fields":[{"path":"emails[]","transform":"nullify"},{"path":"/customFields/value","transform":"nullify"}]}' }, says: /\(every item is \[\*\]: write emails\[\*\]\)[^]*\(a JSON Pointer: write customFields\.value\)/ },
  { name: "anonymize --matrix with an index from the end (not rewritten)", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": '{"name":"x","fields":[{"path":"notes[-1]","transform":"nullify"}]}' }, says: /\(an index counts from 0, with no sign: none counts from the end; \[\*\] names every item\)/ },  // A config file named almost as cxedge looks for one was passed over: the tenant in it never read, the sandbox used.
  { name: ".cxedgerc holding a tenant (was ignored: the sandbox used)", args: ["jobs"], files: { ".cxedgerc": '{"tenant": {"issuer": "https://cxone.example.com"}}' }, says: /^\[cxedge\] \[config\] \.cxedgerc is not a name cxedge reads its configuration from, so it would be ignored: rename it cxedge\.config\.json \(or \.yaml, \.toml, \.ts, as it is written\), or name it with --config$/ },
  { name: "cxedge.yaml (was ignored)", args: ["jobs"], files: { "cxedge.yaml": "plugins: [pii]\n" }, says: /^\[cxedge\] \[config\] cxedge\.yaml is not a name cxedge reads .*: rename it cxedge\.config\.yaml, or name it with --config$/ },
  { name: "cxedge.config.JSON in capitals (was ignored)", args: ["jobs"], files: { "cxedge.config.JSON": '{"settings": {}}' }, says: /cxedge\.config\.JSON is not a name .*: rename it cxedge\.config\.json, or/ },
  { name: "cxedge.config.jsn (was ignored)", args: ["jobs"], files: { "cxedge.config.jsn": '{"settings": {}}' }, says: /rename it cxedge\.config\.json, or name it with --config$/ },
  { name: "a backup beside no config is left alone", args: ["jobs"], files: { "cxedge.config.bak": "{}" }, code: 0, says: /\(none\)/ },  // A setting one level too high (beside the object that holds it) was told only the keys there.
  { name: "settings.skill-activity.maxQueue (belongs in thresholds)", args: ["jobs"], files: { "cxedge.config.json": '{"settings": {"skill-activity": {"maxQueue": 10}}}' }, says: /unknown setting settings\.skill-activity\.maxQueue \(did you mean settings\.skill-activity\.thresholds\.maxQueue\? the key belongs in thresholds\): the keys there are thresholds, cacheMs$/ },
  { name: "settings.retention.olderThan (belongs in each policy)", args: ["jobs"], files: { "cxedge.config.json": '{"settings": {"retention": {"olderThan": "30d"}}}' }, says: /unknown setting settings\.retention\.olderThan \(did you mean settings\.retention\.policies\[\]\.olderThan\? the key belongs in each item of policies\)/ },
  { name: "tenant.baseUrl (belongs in tenant.records)", args: ["jobs"], files: { "cxedge.config.json": '{"tenant": {"issuer": "https://cxone.example.com", "baseUrl": "https://records.example.com"}}' }, says: /tenant\.baseUrl is unknown \(did you mean tenant\.records\.baseUrl\?\): see README, Configuration$/ },  // Input that is no UTF-8 text: a UTF-16 note was "holds NUL bytes (binary data): ... iconv -f latin1"; UTF-16, gzipped
  // or binary JSONL was a "not UTF-8" or "not JSON" line each, exit 1.
  { name: "pii redact --file of UTF-16 with its mark", args: ["pii", "redact", "--file", "n.txt"], files: { "n.txt": "" }, bytes: { "n.txt": utf16("mail ann@example.com\n") }, says: /^\[cxedge\] \[pii\] n\.txt is UTF-16 \(it opens with a UTF-16 byte-order mark\): convert it to UTF-8 first \(e\.g\. iconv -f utf-16 -t utf-8\)$/ },
  { name: "pii scan --file of UTF-16 JSONL (was: exit 1, a line each)", args: ["pii", "scan", "--file", "c.jsonl"], files: { "c.jsonl": "" }, bytes: { "c.jsonl": utf16('{"note":"mail ann@example.com"}\n{"note":"hi"}\n') }, says: /c\.jsonl is UTF-16 \(it opens with a UTF-16 byte-order mark\)/ },
  { name: "pii scan --json of UTF-16 without a mark", args: ["pii", "scan", "--file", "c.jsonl", "--field", "note", "--json"], files: { "c.jsonl": "" }, bytes: { "c.jsonl": utf16('{"note":"mail ann@example.com, or ring me"}\n').subarray(2) }, says: /c\.jsonl is UTF-16 \(every other byte is NUL\): convert it to UTF-8 first \(e\.g\. iconv -f utf-16le -t utf-8\)$/, after: (_, printed) => { if (printed.stdout) throw new Error("a line was written") } },
  { name: "pii redact --field of a gzipped file", args: ["pii", "redact", "--field", "note", "--file", "c.jsonl.gz"], files: { "c.jsonl.gz": "" }, bytes: { "c.jsonl.gz": Bun.gzipSync('{"note":"mail ann@example.com"}\n') }, says: /c\.jsonl\.gz is gzip-compressed: decompress it first/ },
  { name: "pii scan --file of binary bytes", args: ["pii", "scan", "--file", "x.jsonl"], files: { "x.jsonl": "" }, bytes: { "x.jsonl": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 10, 1, 2, 3]) }, says: /x\.jsonl holds NUL bytes \(binary data\), which no text or JSON Lines hold/ },  // A file saved as UTF-16 (Notepad's "Unicode", PowerShell's >) read as UTF-8: "not valid JSON (Unrecognized token
  // '...')", a secrets line "not NAME=value", a JSONL file "ends in the middle of a line", a YAML file's "null byte".
  { name: "--matrix saved as UTF-16", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": "" }, bytes: { "m.json": utf16('{"name":"x","fields":[{"path":"email","transform":"nullify"}]}') }, says: /^\[cxedge\] \[matrix\] m\.json is saved as UTF-16: save it as UTF-8 \(e\.g\. iconv -f utf-16 -t utf-8\)$/ },
  { name: "cxedge.config.json saved as UTF-16", args: ["jobs"], files: { "cxedge.config.json": "" }, bytes: { "cxedge.config.json": utf16('{"settings": {}}') }, says: /\[config\] cxedge\.config\.json is saved as UTF-16: save it as UTF-8/ },
  { name: "cxedge.config.yaml saved as UTF-16", args: ["jobs"], files: { "cxedge.config.yaml": "" }, bytes: { "cxedge.config.yaml": utf16("plugins:\n  - pii\n") }, says: /\[config\] cxedge\.config\.yaml is saved as UTF-16: save it as UTF-8/ },
  { name: "CXEDGE_SECRETS_FILE saved as UTF-16", args: ["jobs"], env: { CXEDGE_SECRETS_FILE: "s.env" }, files: { "s.env": "" }, bytes: { "s.env": utf16("CXEDGE_RPS=5\n") }, says: /CXEDGE_SECRETS_FILE \(s\.env\) is saved as UTF-16: save it as UTF-8/ },
  { name: "anonymize --source jsonl of UTF-16 (was: ends in the middle of a line)", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--dry-run"], files: { "c.jsonl": "" }, bytes: { "c.jsonl": utf16('{"id":"1"}\n') }, says: /\[anonymize\] c\.jsonl is saved as UTF-16: save it as UTF-8/ },
  { name: "pii scan --suggest --matrix saved as UTF-16", args: ["pii", "scan", "--file", "c.jsonl", "--suggest", "--matrix", "m.json"], files: { "c.jsonl": '{"note":"hi"}\n', "m.json": "" }, bytes: { "m.json": utf16('{"name":"x","fields":[]}') }, says: /\[pii\] m\.json is saved as UTF-16/ },  // Two spans the wrong way round: "swap them" with the instants they resolved to, no word of why 7d is later than 30d.
  { name: "anonymize --since 7d --until 30d", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "7d", "--until", "30d", "--dry-run"], says: /is not before --until .*: swap them or widen the window \(a span counts back from now, so the start is the longer one: --since 30d --until 7d\)$/ },  // A thousand written "k": refused with no word of the number meant (1e3 and 1,000 were told it).
  { name: "audit tail -n 10k", args: ["audit", "tail", "-n", "10k"], says: /^\[cxedge\] \[flags\] -n "10k" is not allowed: use a whole number from 1 to 10000 \(10k is 10000\)$/ },
  { name: "CXEDGE_SANDBOX_CONTACTS=2.5k", args: ["jobs"], env: { CXEDGE_SANDBOX_CONTACTS: "2.5k" }, says: /CXEDGE_SANDBOX_CONTACTS must be a whole number .* \(2\.5k is 2500\): correct it, or leave it out for the default$/ },
]

refusalRound("bad input, round 36", "cxedge-bad36-", rows)

// Another tool's file by such a name, holding nothing of cxedge's, is left alone: a deployment manifest named
// cxedge.yaml refused every command, pii redact on stdin too (review).
test("a cxedge.yaml of another tool (a deployment manifest) blocks nothing", async () => {
  const { writeFileSync } = await import("node:fs")
  const { join } = await import("node:path")
  const { runCli } = await import("../helpers.ts")
  const { tempDir } = await import("./refusal-harness.ts")
  const dir = tempDir()
  writeFileSync(join(dir, "cxedge.yaml"), "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cxedge\n")
  writeFileSync(join(dir, "c.jsonl"), '{"note":"mail ann@example.com"}\n')
  const r = await runCli(["pii", "scan", "--file", "c.jsonl", "--field", "note", "--json"], {}, { cwd: dir })
  expect(r.stderr).toBe("")
  expect(r.code).toBe(0)
  expect(JSON.parse(r.stdout.trim()).findings[0].type).toBe("EMAIL")
})
