/**
 * Bad input, round 41: the leftovers of round 40 through the refusal harness (refusal-harness.ts): an export keyed
 * with the embedded sandbox's throwaway key, file names with white space around them in every command, a time with a
 * decimal comma; then a `cxedge worker` without the audit sink its command has, against a real redis-server.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const rows: RefusalRow[] = [
  // subject export trimmed its --out in silence, where anonymize refused it: every command's file flags now answer alike.
  { name: "subject export --out with a space before the name (was: trimmed in silence)", args: ["subject", "export", "--email", "ann@example.com", "--out", " s.json", "--by", "dpo"], says: /^\[cxedge\] --out " s\.json" has white space before the name: write "s\.json", without it$/ },
  { name: "--matrix with a space before a shipped name (was: cannot read ' gdpr', the space unseen)", args: ["anonymize", "--matrix", " gdpr", "--dry-run"], says: /^\[cxedge\] --matrix " gdpr" has white space before the name: write "gdpr", without it$/ },
  { name: "webhooks receive FILE with a space after the name (was: cannot read, the space unseen)", args: ["webhooks", "receive", "r.json "], files: { "r.json": "{}" }, says: /^\[cxedge\] FILE "r\.json " has white space after the name: write "r\.json", without it$/ },
  { name: "audit checkpoint --out=' ' (was: a file named by a space)", args: ["audit", "checkpoint", "--out= "], says: /^\[cxedge\] --out is only white space: name the file$/ },
  { name: "pii scan --file with spaces around the name", args: ["pii", "scan", "--file", " t.jsonl "], files: { "t.jsonl": '{"text":"x"}\n' }, says: /^\[cxedge\] --file " t\.jsonl " has white space around the name: write "t\.jsonl", without it$/ },
  { name: "--storage-dir with a space after the name", args: ["jobs", "--storage-dir", ".cxedge "], says: /^\[cxedge\] --storage-dir "\.cxedge " has white space after the name: write "\.cxedge", without it$/ },
]

refusalRound("bad input, round 41", "cxedge-bad41-", rows)
