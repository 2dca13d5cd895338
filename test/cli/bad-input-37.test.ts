/**
 * Bad input, round 37: what round 36 left (a watch that called an empty 200 a 304, --dry-run with --yes, a plugin's
 * setup error in its own words), and a fresh round of wrong values. The harness (refusal-harness.ts) runs each row in
 * a fresh working directory with fs storage there and checks: its exit code, one `[cxedge]` line matching its
 * pattern, no stack trace, nothing left behind and nothing changed at the tenant.
 */
import { expect, test } from "bun:test"
import { cli, tempDir } from "../standin2/run.ts"
import { startStandin } from "../standin2/server.ts"
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const POLICY = { name: "nightly", matrix: "gdpr", target: "erasure", source: "cxone", olderThan: "20d" }
const YES_AND_DRY = /^\[cxedge\] \[flags\] --dry-run and --yes contradict each other: --dry-run writes nothing, --yes writes without asking; drop --yes to see the plan, or drop --dry-run to write$/

const rows: RefusalRow[] = [
  // --dry-run --yes was a warning and a dry run: one of the two was not meant, and a script that meant the run wrote nothing.
  { name: "anonymize --dry-run --yes", args: ["anonymize", "--matrix", "gdpr", "--target", "erasure", "--since", "7d", "--dry-run", "--yes"], says: YES_AND_DRY },
  { name: "erase --dry-run --yes", args: ["erase", "--email", "ada@example.com", "--dry-run", "--yes"], says: YES_AND_DRY },
  // An index with a leading zero was read as the index without it, in silence.
  { name: "anonymize --matrix with a path email[01]", args: ["anonymize", "--matrix", "m.json", "--dry-run"], files: { "m.json": JSON.stringify({ name: "x", fields: [{ path: "emails[01]", transform: "nullify" }] }) }, says: /field path "emails\[01\]" is not valid: use dots and \[\*\] or \[n\], e\.g\. customFields\[\*\]\.value \(an index is written without leading zeros: write emails\[1\]\)/ },
  // A plugin's setup error was printed in its own words, a secret it quoted with it, and named no plugin.
  { name: "a plugin's setup quoting a configured secret", args: ["jobs"], env: { CXEDGE_ISSUER: "https://cxone.example.com", CXEDGE_ACCESS_KEY_ID: "AK1", CXEDGE_ACCESS_KEY_SECRET: "aks-1234", CXEDGE_CLIENT_ID: "cid", CXEDGE_CLIENT_SECRET: "cs-9f8e7d6c" }, files: { "cxedge.config.json": JSON.stringify({ plugins: ["tenant", "anonymize", "./p.mjs"] }), "p.mjs": 'export default { name: "acme", version: "1.0.0", setup(rt) { throw new Error(`token refused for ${rt.config.tenant.clientSecret}`) } }' }, code: 1, says: /^\[cxedge\] \[acme\] plugin acme failed in its setup \(Error; its message is not shown: it holds a configured value, which may be a secret\): fix the plugin or its settings$/m, after: (_, printed) => expect(printed.output).not.toContain("9f8e7d6c") },
  { name: "a plugin's setup throwing a TypeError", args: ["jobs"], files: { "cxedge.config.json": JSON.stringify({ plugins: ["tenant", "anonymize", "./p.mjs"] }), "p.mjs": 'export default { name: "acme", version: "1.0.0", setup() { null.x } }' }, code: 1, says: /^\[cxedge\] \[acme\] plugin acme failed in its setup \(TypeError: "null is not an object \(evaluating 'null\.x'\)"\): fix the plugin or its settings$/m },
  // An address with what followed it in a link: the domain was read as a URL's host, so ada@example.com#x was taken as
  // ada@example.com in silence (an erasure or an export of the address without the pasted tail).
  { name: "erase --email ada@example.com#x (was: ada@example.com, in silence)", args: ["erase", "--email", "ada@example.com#x", "--dry-run"], says: /^\[cxedge\] \[erase\] --email is not an email address: check it \(it is not repeated here: it is personal data\) \(a "#" follows the domain, which no address holds: give the address alone, without what was pasted after it\)$/ },
  { name: "subject export --email ada@example.com/ (was: exported)", args: ["subject", "export", "--email", "ada@example.com/", "--out", "a.json", "--by", "dpo"], says: /\[subject\] --email is not an email address: .* \(a "\/" follows the domain/ },
  { name: "transcript send --to with a :port after the domain", args: ["transcript", "send", "--contact", "1234", "--to", "ann@example.com:25"], says: /recipient 1 is not an email address: check --to \(a ":" follows the domain/ },
  // A rate with its unit, a decimal comma: "is not allowed" with no word of the number meant.
  { name: "--rps 5/s", args: ["plugins", "--rps", "5/s"], says: /^\[cxedge\] \[flags\] --rps "5\/s" is not allowed: use a number from 0\.1 to 10000 \(the unit is already per second: write 5\)$/ },
  { name: "CXEDGE_RPS=2 rps", args: ["plugins"], env: { CXEDGE_RPS: "2 rps" }, says: /CXEDGE_RPS "2 rps" is not allowed: .* \(the unit is already per second: write 2\)$/ },
  { name: "--rps 1,5 (a decimal comma)", args: ["plugins", "--rps", "1,5"], says: /--rps "1,5" is not allowed: use a number from 0\.1 to 10000 \(a decimal is written with a point: 1,5 is 1\.5\)$/ },
  { name: "pii scan --min-score 0,8", args: ["pii", "scan", "--file", "c.jsonl", "--min-score", "0,8"], files: { "c.jsonl": '{"note":"hi"}\n' }, says: /--min-score "0,8" is not allowed: .* \(a decimal is written with a point: 0,8 is 0\.8\)$/ },
  // A number id pasted with its "#", its URL or a space: "must be the number" with no word of the number meant.
  { name: "transcript send --contact #1234", args: ["transcript", "send", "--contact", "#1234", "--to", "a@example.com"], says: /^\[cxedge\] \[transcript\] --contact must be the DFO contact number \(digits, not 0\) \(a "#" before the number: write 1234\)$/ },
  { name: "transcript send --contact of the case's URL", args: ["transcript", "send", "--contact", "https://eu1.example.com/cases/1234?tab=1", "--to", "a@example.com"], says: /--contact must be the DFO contact number \(digits, not 0\) \(a URL: give the number alone, e\.g\. 1234\)$/ },
  { name: "scripts start --skill #4101", args: ["scripts", "start", "--skill", "#4101", "--script-id", "7"], says: /--skill "#4101" is not a skill id: .* \(a "#" before the number: write 4101\)$/ },
  { name: "scripts start --script-id with a trailing space", args: ["scripts", "start", "--skill", "4101", "--script-id", "7 "], says: /--script-id must be a script's number \(digits\) \(white space around it: write 7\): name a script by its path/ },
  { name: "skills health --skill of a URL", args: ["skills", "health", "--skill", "https://x.example/skills/4101"], says: /--skill "https:\/\/x\.example\/skills\/4101" is not a skill id: .* \(a URL: give the number alone, e\.g\. 4101\)$/ },
  // A URL with a fragment pasted after it was taken as the URL without it: the tenant reached at what the # hid.
  { name: "tenant.issuer with a #fragment (was accepted)", args: ["plugins"], files: { "cxedge.config.json": JSON.stringify({ tenant: { issuer: "https://cxone.example.com#eu1" } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: tenant\.issuer holds a "#" \(a fragment\), which no request sends: give the URL without it and what follows it$/ },
  { name: "CXEDGE_RECORDS_URL with a #", args: ["plugins"], env: { CXEDGE_ISSUER: "https://cxone.example.com", CXEDGE_ACCESS_KEY_ID: "AK1", CXEDGE_ACCESS_KEY_SECRET: "aks-1234", CXEDGE_RECORDS_URL: "https://records.example.com/#/api" }, says: /CXEDGE_RECORDS_URL holds a "#" \(a fragment\)/ },
  { name: "limits.rps \"5/s\" in a config file", args: ["plugins"], files: { "cxedge.config.json": JSON.stringify({ limits: { rps: "5/s" } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: limits\.rps must be a number, not a string: write it as a number without quotes, 5 \(the setting is already per second\)$/ },
  { name: "retention run --dry-run --yes", args: ["retention", "run", "--dry-run", "--yes", "--config", "c.json"], files: { "c.json": JSON.stringify({ settings: { retention: { policies: [POLICY] } } }) }, says: YES_AND_DRY },
]

refusalRound("bad input, round 37", "cxedge-bad37-", rows)

// A tenant that answers "nothing changed" with 200 and no rows (the second stand-in, as CXone's spec allows) was told
// "no change (304)", a status it never sent.
test("skills activity --watch names a 200 with no rows as such, not as a 304, and keeps watching", async () => {
  const s = await startStandin()
  try {
    const r = await cli(s, ["skills", "activity", "--watch", "--count", "2", "--interval", "1s"], { dir: tempDir() })
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain("304")
    expect(r.stdout).toContain("no activity since the last poll (the tenant answered with no rows)")
    expect(r.stdout.match(/^\d{4}-\d\d-\d\dT/gm)).toHaveLength(2)
  } finally {
    s.stop()
  }
}, 60_000)
