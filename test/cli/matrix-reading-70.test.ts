/**
 * How a matrix is read, round 70. Each of these ran to exit 0 (or failed every contact) with the user told the wrong
 * thing: a `when` value with white space around it matched nothing and every contact was "already anonymized"; a kept
 * path that slipped (`chanel`) dropped the field from every exported line; `--matrix gdpr` ran the shipped matrix beside
 * a gdpr.json and the file beside a gdpr, saying neither; phone-country on an email field told the user to leave the
 * value "to a rule without normalize" of a rule that had none.
 */
import { expect } from "bun:test"
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { refusalRound, json, type RefusalRow } from "./refusal-harness.ts"

const run = ["--source", "records", "--target", "patch", "--yes"]
const acct = (when: unknown) => json({ name: "acct", fields: [{ path: "customFields[*].value", transform: "redact", when }] })
const exportRun = ["--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "o.jsonl", "--storage", "memory"]
const contacts = [
  { id: "1", email: "ann@example.com", channel: "call", createdAt: "2026-10-28T16:00:47.823Z", customFields: [{ name: "accountNumber", value: "1" }] },
  { id: "2", email: "bo@example.com", channel: "chat", createdAt: "2026-10-29T16:00:47.823Z", customFields: [{ name: "cardNumber", value: "2" }] },
].map((c) => json(c)).join("\n") + "\n"
const keeping = (keep: string[]) => json({ name: "t", target: "export", keep, fields: [{ path: "email", transform: "hmac", normalize: "email" }] })
const local = json({ name: "local", fields: [{ path: "email", transform: "redact" }] })
/** The value a `when` lists is never quoted back. */
const unquoted = (text: string) => (_cwd: string, printed: { output: string }) => expect(printed.output).not.toContain(text)

const rows: RefusalRow[] = [
  {
    name: "when in: values with a space after them (was: every contact 'already anonymized', exit 0)",
    args: ["anonymize", "--matrix", "ws.json", ...run],
    files: { "ws.json": acct({ field: "name", in: ["accountNumber ", "cardNumber "] }) },
    says: /^\[cxedge\] \[matrix\] matrix acct: the rule on "customFields\[\*\]\.value" has a when on "name" whose values the first 100 record\(s\) never hold as written, but with other white space around them \(in\[0\]\): a condition compares exactly\. Nothing was written; write each value as the records do$/,
    after: unquoted('"accountNumber "'),
  },
  {
    name: "when equals on $.channel with a space after it",
    args: ["anonymize", "--matrix", "ch.json", ...run],
    files: { "ch.json": json({ name: "ch", fields: [{ path: "email", transform: "redact", when: { field: "$.channel", equals: "call " } }] }) },
    says: /^\[cxedge\] \[matrix\] matrix ch: the rule on "email" has a when on "\$\.channel" whose values the first 100 record\(s\) never hold as written, but with other white space around them \(equals\): a condition compares exactly/,
    after: unquoted('"call "'),
  },
  {
    name: "a value in another case is still told as such",
    args: ["anonymize", "--matrix", "ws.json", ...run],
    files: { "ws.json": acct({ field: "name", in: ["accountnumber"] }) },
    says: /never hold as written, but in another case: a condition compares exactly/,
  },
  {
    name: "a contact no rule applied to is not 'already anonymized' (its when never held)",
    args: ["anonymize", "--matrix", "none.json", ...run],
    files: { "none.json": acct({ field: "name", in: ["nothingOfTheKind"] }) },
    code: 0,
    says: /skipped \(already anonymized\)\s+0\n\s*skipped \(no rule applied\)\s+250\n/,
  },
  {
    name: "a dry run counts them the same way",
    args: ["anonymize", "--matrix", "none.json", "--source", "records", "--target", "patch", "--dry-run"],
    files: { "none.json": acct({ field: "name", in: ["nothingOfTheKind"] }) },
    code: 0,
    says: /already anonymized\s+0\n\s*no rule applied\s+250\n/,
  },
  {
    name: "keep: chanel and createdat (was: both dropped from every line, exit 0)",
    args: ["anonymize", "--matrix", "t.json", ...exportRun],
    files: { "t.json": keeping(["chanel", "createdat"]), "c.jsonl": contacts },
    says: /^\[cxedge\] \[matrix\] matrix t: keep\[0\] "chanel" reaches no field of the first 2 record\(s\), which hold "channel": did you mean channel\? Nothing was written; correct the kept path$/,
  },
  {
    name: "keep: a case slip alone (createdat)",
    args: ["anonymize", "--matrix", "t.json", ...exportRun],
    files: { "t.json": keeping(["channel", "createdat"]), "c.jsonl": contacts },
    says: /keep\[1\] "createdat" reaches no field of the first 2 record\(s\), which hold "createdAt": did you mean createdAt\?/,
  },
  {
    name: "keep: customFields[*].nmae",
    args: ["anonymize", "--matrix", "t.json", ...exportRun],
    files: { "t.json": keeping(["customFields[*].nmae"]), "c.jsonl": contacts },
    says: /keep\[0\] "customFields\[\*\]\.nmae" reaches no field of the first 2 record\(s\), which hold "name": did you mean name\?/,
  },
  {
    name: "keep spelt right exports the kept fields",
    args: ["anonymize", "--matrix", "t.json", ...exportRun],
    files: { "t.json": keeping(["channel", "createdAt"]), "c.jsonl": contacts },
    code: 0,
    says: /succeeded\s+2\n/,
    after: (cwd) => expect(JSON.parse(readFileSync(join(cwd, "o.jsonl"), "utf8").split("\n")[0]!)).toMatchObject({ channel: "call", createdAt: "2026-10-28T16:00:47.823Z" }),
  },
  {
    name: "--matrix gdpr beside a gdpr.json (was: the shipped matrix ran, unsaid)",
    args: ["anonymize", "--matrix", "gdpr", "--dry-run"],
    files: { "gdpr.json": local },
    says: /^\[cxedge\] \[matrix\] "gdpr" names both the shipped matrix gdpr and the file \.\/gdpr\.json in this directory: give \.\/gdpr\.json for the file, or builtin:gdpr for the shipped matrix$/,
  },
  {
    name: "--matrix gdpr beside a file gdpr (was: the file ran, unsaid)",
    args: ["anonymize", "--matrix", "gdpr", "--dry-run"],
    files: { gdpr: local },
    says: /^\[cxedge\] \[matrix\] "gdpr" names both the shipped matrix gdpr and the file \.\/gdpr in this directory: give \.\/gdpr for the file, or builtin:gdpr/,
  },
  {
    name: "matrix validate gdpr beside a gdpr.json",
    args: ["matrix", "validate", "gdpr"],
    files: { "gdpr.json": local },
    says: /"gdpr" names both the shipped matrix gdpr and the file \.\/gdpr\.json/,
  },
  {
    name: "pii scan --suggest --matrix gdpr beside a gdpr.json (was: the shipped matrix read, unsaid)",
    args: ["pii", "scan", "--source", "records", "--suggest", "--matrix", "gdpr"],
    files: { "gdpr.json": local },
    says: /^\[cxedge\] \[pii\] --matrix "gdpr" names both the shipped matrix gdpr and the file \.\/gdpr\.json in this directory: give \.\/gdpr\.json for the file, or builtin:gdpr for the shipped matrix$/,
  },
  { name: "pii scan --suggest --matrix builtin:pci beside a pci.json", args: ["pii", "scan", "--source", "records", "--suggest", "--matrix", "builtin:pci"], files: { "pci.json": local }, code: 0, says: /"name": "pii-draft"/ },
  { name: "--matrix builtin:gdrp", args: ["anonymize", "--matrix", "builtin:gdrp", "--dry-run"], says: /^\[cxedge\] \[matrix\] builtin:gdrp names no shipped matrix \(did you mean "gdpr"\?\): give builtin: and one of gdpr, pci, / },
  { name: "--matrix builtin:gdpr beside a gdpr.json runs the shipped one", args: ["anonymize", "--matrix", "builtin:gdpr", "--dry-run", "--show", "0"], files: { "gdpr.json": local }, code: 0, says: /dry run: matrix gdpr, source records/ },
  { name: "--matrix ./gdpr.json runs the file", args: ["anonymize", "--matrix", "./gdpr.json", "--dry-run", "--show", "0"], files: { "gdpr.json": local }, code: 0, says: /dry run: matrix local, source records/ },
  {
    name: "generalize phone-country on an email field (was: 'leave it to a rule without normalize')",
    args: ["anonymize", "--matrix", "g.json", "--source", "records", "--target", "patch", "--dry-run", "--show", "0"],
    files: { "g.json": json({ name: "g", fields: [{ path: "email", transform: "generalize", params: { to: "phone-country" } }] }) },
    code: 1,
    says: /would be rejected: generalize to phone-country at email: the field holds no phone number, and phone-country generalizes phone fields: point the rule at a phone field, or give this field another transform\n/,
    after: (_cwd, printed) => {
      expect(printed.output).not.toContain("normalize")
      expect(printed.output).not.toContain("@")
    },
  },
]

refusalRound("how a matrix is read, round 70", "cxedge-mx70-", rows)
