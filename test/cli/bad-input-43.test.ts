/**
 * Bad input, round 43: a switch's word where a number is asked (CXEDGE_TRUST_PROXY=yes was refused as "not allowed:
 * use a whole number from 0 to 10", never saying a count is meant), and number settings that ended in "fix it".
 */
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const rows: RefusalRow[] = [
  { name: "CXEDGE_TRUST_PROXY=yes says a number is asked (was: only 'use a whole number')", args: ["jobs"], env: { CXEDGE_TRUST_PROXY: "yes" }, says: /CXEDGE_TRUST_PROXY "yes" is not allowed: use a whole number from 0 to 10 \(a number is asked, not yes or no\)/ },
  { name: "CXEDGE_TRUST_PROXY=True, the same", args: ["jobs"], env: { CXEDGE_TRUST_PROXY: "True" }, says: /CXEDGE_TRUST_PROXY "True" is not allowed: use a whole number from 0 to 10 \(a number is asked, not true or false\)/ },
  { name: "--rps on, the same for a flag", args: ["anonymize", "--dry-run", "--rps", "on"], says: /^\[cxedge\] \[flags\] --rps "on" is not allowed: use a number from 0\.1 to 10000 \(a number is asked, not on or off\)$/ },
  { name: "--concurrency yes, the same", args: ["anonymize", "--dry-run", "--concurrency", "yes"], says: /--concurrency "yes" is not allowed: use a whole number from 1 to 256 \(a number is asked, not yes or no\)$/ },
  { name: "a number setting says what to do (was: 'fix it')", args: ["jobs"], env: { CXEDGE_TASK_LOCK_SECONDS: "abc" }, says: /^\[cxedge\] \[config\] CXEDGE_TASK_LOCK_SECONDS must be a whole number at least 1 and at most 3600: correct it, or leave it out for the default$/ },
  { name: "a config file's number in quotes is named", args: ["jobs"], files: { "cxedge.config.json": json({ limits: { rps: "yes" } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: limits\.rps must be a number, not a string$/ },
]

refusalRound("bad input, round 43", "cxedge-bad43-", rows)
