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
  { name: "pii redact --field of a blank line", args: ["pii", "redact", "--field", "text", "--file", "b.jsonl"], files: { "b.jsonl": "\n" }, says: /b\.jsonl holds only a blank line, no JSON object/ },
]

refusalRound("bad input, round 36", "cxedge-bad36-", rows)
