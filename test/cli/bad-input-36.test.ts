/**
 * Bad input, round 36: what round 35 found and left (a Worker's binding set as a variable, a grant's value one slip
 * away, a matrix file that is empty for the scan's suggestions, a line of nothing on standard input), flags that
 * contradict each other, and values in the wrong type or spelling. The harness (refusal-harness.ts) runs each row in a
 * fresh working directory with fs storage there and checks: its exit code, one `[cxedge]` line matching its pattern,
 * no stack trace, no valibot default message, nothing left behind and nothing changed at the tenant.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

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
  { name: "--since in Unix seconds", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "1761955200", "--dry-run"], says: /\(1761955200 as Unix seconds is 2025-11-01T00:00:00Z\)$/ },
]

refusalRound("bad input, round 36", "cxedge-bad36-", rows)
