/**
 * Bad input, round 34: what earlier rounds had not tried on the less-used commands (hold, subject export, pii
 * scan and redact, retention, decrypt, jobs run) and on the config file's other forms (.jsonc, .json5, .yaml,
 * .toml), written the way a careless user would: copied from a mail client, another tool's spelling, a stray
 * comma. The harness (refusal-harness.ts) runs each row in a fresh working directory with fs storage there and
 * checks: its exit code, one `[cxedge]` line matching its pattern, no stack trace, no valibot default message,
 * nothing left behind and nothing changed at the tenant.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const rows: RefusalRow[] = [
  // An address copied as a mailto: link was held as written: a keyed token of "mailto:jane@…", which no contact's
  // address has, so the hold held nothing (erase and subject export refused it, with no word of why).
  { name: "hold add --subject-email mailto:... (was held, holding nothing)", args: ["hold", "add", "--subject-email", "mailto:jane@example.com", "--reason", "LH-1"], says: /^\[cxedge\] \[hold\] --subject-email is not an email address: give name@domain \(it is written as a mailto: link: give the address alone, without mailto:\)$/, after: (_, printed) => { if (printed.output.includes("jane@")) throw new Error("the address was shown") } },
  { name: "hold add --subject-email 'Jane <jane@...>'", args: ["hold", "add", "--subject-email", "Jane <jane@example.com>", "--reason", "LH-1"], says: /--subject-email is not an email address: give name@domain \(it is written as Name <address>: give the address alone\)$/ },
  { name: "erase --email MAILTO:...", args: ["erase", "--email", "MAILTO:jane@example.com", "--dry-run"], says: /^\[cxedge\] \[erase\] --email is not an email address: check it \(it is not repeated here: it is personal data\) \(it is written as a mailto: link: give the address alone, without mailto:\)$/ },
  { name: "subject export --email of two addresses", args: ["subject", "export", "--email", "a@example.com, b@example.com", "--out", "o.json", "--by", "dpo"], says: /--email is not an email address: .* \(it holds several addresses: give one\)$/ },
  { name: "transcript send --to mailto:...", args: ["transcript", "send", "--contact", "5", "--to", "mailto:ann@example.com"], says: /^\[cxedge\] \[transcript\] recipient 1 is not an email address: check --to \(it is written as a mailto: link: give the address alone, without mailto:\)$/ },
  // A shipped matrix anonymize --matrix takes (notes, messages) was "cannot read the matrix notes" here; a slip had no word.
  { name: "pii scan --suggest --matrix notes (was refused)", args: ["pii", "scan", "--file", "t.jsonl", "--suggest", "--matrix", "notes"], files: { "t.jsonl": '{"id":1,"comment":"mail ann@example.com"}\n' }, code: 0, says: /"path": "comment"/ },
  { name: "pii scan --suggest --matrix gdrp", args: ["pii", "scan", "--file", "t.jsonl", "--suggest", "--matrix", "gdrp"], files: { "t.jsonl": "{}\n" }, says: /^\[cxedge\] \[pii\] cannot read the matrix gdrp \(did you mean "gdpr"\?\): name a matrix file or a shipped matrix \(gdpr, pci, analytics, messages, notes, seed-example\)$/ },
  // "--file is read by --source jsonl only: drop --file, or --source file": the source given, offered back.
  { name: "pii scan --source file --file", args: ["pii", "scan", "--source", "file", "--file", "t.jsonl"], files: { "t.jsonl": "{}\n" }, says: /^\[cxedge\] \[pii\] --source file is not a source: a file \(--file\) or standard input is read by the default source, jsonl: drop --source$/ },
  { name: "pii scan --source cxone --file", args: ["pii", "scan", "--source", "cxone", "--file", "t.jsonl"], files: { "t.jsonl": "{}\n" }, says: /--file is read by --source jsonl only \(the default\), not --source cxone: drop --source to scan the file, or drop --file to scan cxone$/ },
]

refusalRound("bad input, round 34", "cxedge-bad34-", rows)
