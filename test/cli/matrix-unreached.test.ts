/**
 * A matrix none of whose rules reaches a field of the source's first page: `anonymize --matrix gdpr --source messages`
 * exported records holding only their id, exit 0, no word. Refused before anything is written, naming the source,
 * the matrix's paths and the records' top-level keys, never a value.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const noValue = (_: string, printed: { output: string }) => {
  if (/ada@example\.com|Ada Lovelace/.test(printed.output)) throw new Error("a value was shown")
}

const rows: RefusalRow[] = [
  {
    name: "anonymize --matrix gdpr --source messages --target export",
    args: ["anonymize", "--matrix", "gdpr", "--source", "messages", "--since", "30d", "--target", "export", "--out", "m.jsonl"],
    says: /^\[cxedge\] \[matrix\] matrix gdpr names no field of the first \d+ record\(s\) of source messages: it names firstName, lastName, email, .*; the records hold contactId, .*messageId.*text\. Nothing was written; give a matrix written for this source \(e\.g\. --matrix messages\)$/,
  },
  {
    name: "anonymize --matrix gdpr of a file whose records hold none of its fields (dry run too)",
    args: ["anonymize", "--matrix", "gdpr", "--file", "c.jsonl", "--target", "export", "--out", "o.jsonl", "--dry-run"],
    files: { "c.jsonl": '{"id":"1","correo":"ada@example.com","nombre":"Ada Lovelace"}\n{"id":"2","correo":"b@example.org"}\n' },
    says: /^\[cxedge\] \[matrix\] matrix gdpr names no field of the first 2 record\(s\) of source jsonl: it names .*; the records hold id, correo, nombre\. Nothing was written; give a matrix written for this source$/,
    after: noValue,
  },
]

refusalRound("a matrix that names no field of the source", "cxedge-unreached-", rows)
