/**
 * A --file that is no JSON Lines is refused before the job, naming the file and its line, and what it looks like:
 * a CSV, a gzip (was "ends in the middle of a line ... copied only in part"), a binary file holding NUL bytes, and a
 * line longer than the 32 MB one contact may hold (was read in quadratic time, with no word, however long it was).
 * Each had made a job, an empty --out, a failure a line and exit 1.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const ANON = ["anonymize", "--matrix", "gdpr", "--out", "out.jsonl"]
const GZIP = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xab, 0x56, 0xca, 0x4c, 0x51, 0xb2])
const LONG = `${JSON.stringify({ id: "1" })}\n${JSON.stringify({ id: "2", notes: "x".repeat((32 << 20) + 10) })}\n`

const rows: RefusalRow[] = [
  { name: "anonymize --file of a CSV", args: [...ANON, "--file", "c.jsonl"], files: { "c.jsonl": "id,email,notes\n1,ada@example.com,hi\n" }, says: /^\[cxedge\] \[anonymize\] c\.jsonl is not JSON Lines: line 1 looks like CSV \(commas or separators, no braces\), not a JSON object: convert each row to one JSON object a line$/ },
  { name: "anonymize --file of a gzip", args: [...ANON, "--file", "c.jsonl"], files: { "c.jsonl": "" }, bytes: { "c.jsonl": GZIP }, says: /^\[cxedge\] \[anonymize\] c\.jsonl is compressed \(gzip\): decompress it first \(e\.g\. gunzip -k c\.jsonl\)/ },
  { name: "anonymize --file of a binary file (NUL bytes)", args: [...ANON, "--file", "c.jsonl"], files: { "c.jsonl": "PK\u0003\u0004\u0000\u0000,x\n" }, says: /^\[cxedge\] \[anonymize\] c\.jsonl is not JSON Lines: line 1 holds NUL bytes, as a binary file does/ },
  { name: "anonymize --file whose first line is a number", args: [...ANON, "--file", "c.jsonl", "--dry-run"], files: { "c.jsonl": "\n42\n" }, says: /^\[cxedge\] \[anonymize\] c\.jsonl is not JSON Lines: line 2 is not a JSON object \(it does not start with \{\): give one JSON object per line$/ },
  { name: "anonymize --source jsonl with a line over 32 MB (named by number)", args: [...ANON, "--source", "jsonl", "--target", "export", "--file", "c.jsonl"], files: { "c.jsonl": LONG }, says: /^\[cxedge\] \[anonymize\] c\.jsonl line 2 is longer than 32 MB, the most one line \(one contact\) may hold: nothing was read or written/ },
]

refusalRound("a --file that is no JSON Lines", "cxedge-jsonl-shape-", rows)
