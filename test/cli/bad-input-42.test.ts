/**
 * Bad input, round 42: the privacy lifecycle with wrong values. A retention age of 0d (refused without a word of why),
 * then a plan approved and run against another tenant, or after its source file or matrix file changed (run against
 * the other tenant's contacts, each refused one by one as "changed", the plan spent).
 */
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const policy = (olderThan: string) => ({ "cxedge.config.json": json({ settings: { retention: { policies: [{ name: "p", matrix: "gdpr", source: "cxone", target: "erasure", olderThan }] } } }) })
const AGE = "settings.retention.policies[0].olderThan: must be a duration such as 90d, 12h or 30m (1m to 36500d)"
const NO_AGE = "is no age, so each contact would be swept the moment it ends; write how long contacts are kept before the sweep, at least 1m (30d keeps them 30 days), or erase one person now with cxedge erase"
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const rows: RefusalRow[] = [
  // Refused as "must be a duration ... (1m to 36500d)", which 0d looks like: the user was not told why.
  { name: "a retention policy olderThan 0d says why and what to write (was: only 'must be a duration')", args: ["retention", "report"], files: policy("0d"), says: new RegExp(`${escaped(AGE)}: 0d ${escaped(NO_AGE)}$`) },
  { name: "olderThan 0h, the same", args: ["retention", "run", "--dry-run"], files: policy("0h"), says: new RegExp(`: 0h ${escaped(NO_AGE)}$`) },
  { name: "olderThan P0D (ISO), the same", args: ["retention", "report"], files: policy("P0D"), says: new RegExp(`: P0D ${escaped(NO_AGE)}$`) },
  { name: "olderThan '0 days', the same", args: ["retention", "report"], files: policy("0 days"), says: new RegExp(`: 0 days ${escaped(NO_AGE)}$`) },
  { name: "olderThan 36501d says it is past the most", args: ["retention", "report"], files: policy("36501d"), says: /: 36501d is more than 36500d \(100 years\); write the age contacts are kept to, at most 36500d$/ },
  { name: "olderThan 200y says what it is and that it is past the most", args: ["retention", "report"], files: policy("200y"), says: /: 200y \(73000d\) is more than 36500d \(100 years\)/ },
]

refusalRound("bad input, round 42", "cxedge-bad42-", rows)
