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
  { name: "tenant.grant in a config file, in capitals", args: ["jobs"], files: { "cxedge.config.json": '{"tenant": {"issuer": "https://cxone.example.com", "grant": "Password"}}' }, says: /tenant\.grant "Password" is not allowed \(did you mean "password"\?\)/ },
]

refusalRound("bad input, round 36", "cxedge-bad36-", rows)
