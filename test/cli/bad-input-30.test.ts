/**
 * Bad input, round 30: a JSON document given to anonymize --source jsonl,
 * an object written over several lines in the middle of JSON Lines, spans
 * written another way (P1D, 7D, 1.5d, -1d), a command's argument written as
 * a flag (jobs show --job x), and more found by trying each command's flags,
 * files and environment. The harness (refusal-harness.ts) runs each row in a
 * fresh working directory with fs storage there and checks: its exit code,
 * one `[cxedge]` line matching its pattern, no stack trace, no valibot
 * default, nothing left behind and nothing changed at the tenant.
 */
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const PRETTY = '{\n  "id": "1",\n  "email": "ada@example.com"\n}\n'
const MIDDLE = '{"id": "1", "text": "hi"}\n{\n  "id": "2",\n  "text": "mail ada@example.com"\n}\n'
const policy = (olderThan: string) => json({ settings: { retention: { policies: [{ name: "p", matrix: "gdpr", target: "export", source: "cxone", olderThan }] } } })
const noValue = (printed: { output: string }) => {
  if (printed.output.includes("ada@example.com")) throw new Error("a value was shown")
}

const rows: RefusalRow[] = [
  // A JSON document given as JSON Lines: each line "would be rejected: line N is not valid JSON", and the dry run exited 0.
  { name: "anonymize --source jsonl --file of a pretty-printed object", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--source", "jsonl", "--file", "o.json", "--target", "export"], files: { "o.json": PRETTY }, says: /^\[cxedge\] \[anonymize\] o\.json is one JSON document \(line 1 opens an object written over several lines\), not JSON Lines: give one object per line \(e\.g\. jq -c \. o\.json\)$/ },
  { name: "anonymize --source jsonl --file of an array (a BOM and a blank line first)", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--source", "jsonl", "--file", "a.json", "--target", "export"], files: { "a.json": '\uFEFF\n[{"id": "1"}, {"id": "2"}]\n' }, says: /^\[cxedge\] \[anonymize\] a\.json is one JSON document \(line 2 opens an array\), not JSON Lines: give one object per line \(e\.g\. jq -c '\.\[\]' a\.json\)$/ },
  // An object over several lines after good lines: each of its lines was "not JSON", with no word of why.
  { name: "anonymize --source jsonl: an object over lines 2-5 is named at line 2", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--source", "jsonl", "--file", "m.jsonl", "--target", "export"], files: { "m.jsonl": MIDDLE }, code: 0, says: /line 2 is not valid JSON: it opens an object written over several lines, and JSON Lines hold one object per line \(jq -c \. writes it so\)/, after: (_, printed) => noValue(printed) },
  { name: "pii scan --field text: an object over lines 2-5 is named at line 2", args: ["pii", "scan", "--file", "m.jsonl", "--field", "text"], files: { "m.jsonl": MIDDLE }, code: 1, says: /line 2: not JSON: it opens an object written over several lines, and JSON Lines hold one object per line/, after: (_, printed) => noValue(printed) },
  { name: "pii redact --field text: line 2's error line says why", args: ["pii", "redact", "--file", "m.jsonl", "--field", "text"], files: { "m.jsonl": MIDDLE }, code: 1, says: /\{"error":"line 2: not JSON: it opens an object written over several lines/, after: (_, printed) => noValue(printed) },

]

refusalRound("bad input, round 30", "cxedge-bad30-", rows)
