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
