/**
 * Bad input, round 27: a mistyped choice answered with the list only (no
 * "did you mean"), a malformed contact id sent to the tenant, a config
 * module's thrown message (it may quote a secret) printed, a refusal under
 * another command's label, a JSONL line whose repeated key kept its last
 * value in silence, and more found by trying each command's flags, files
 * and environment. The harness (refusal-harness.ts) runs each row in a fresh
 * working directory with fs storage there and checks: its exit code, one
 * `[cxedge]` line matching its pattern, no stack trace, no valibot default,
 * nothing left behind and nothing changed at the tenant.
 */
import { expect } from "bun:test"
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

const DRY = ["anonymize", "--matrix", "gdpr", "--dry-run"]
// Line 2 writes "email" twice: JSON.parse kept the second, and the first address was never seen.
const TWICE = '{"id":"1","email":"ada@example.com"}\n{"id":"2","email":"bob@example.com","email":"x"}\n'

const rows: RefusalRow[] = [
  // A choice flag's slip of the keyboard got the list only; an unknown flag already got the flag meant.
  { name: "anonymize --target pacth", args: [...DRY, "--target", "pacth"], says: /^\[cxedge\] \[flags\] --target "pacth" is not allowed \(did you mean "patch"\?\): use patch, erasure or export$/ },
  { name: "anonymize --workers rediss", args: [...DRY, "--workers", "rediss"], says: /^\[cxedge\] \[flags\] --workers "rediss" is not allowed \(did you mean "redis"\?\): use redis$/ },
  { name: "erase --linked folow", args: ["erase", "--email", "ada@example.com", "--linked", "folow", "--dry-run"], says: /^\[cxedge\] \[flags\] --linked "folow" is not allowed \(did you mean "follow"\?\): use report or follow$/ },
  { name: "subject export --linked reprot", args: ["subject", "export", "--email", "ada@example.com", "--linked", "reprot", "--out", "x.json"], says: /^\[cxedge\] \[flags\] --linked "reprot" is not allowed \(did you mean "report"\?\)/ },
  { name: "pii redact --mode idexed", args: ["pii", "redact", "--mode", "idexed", "--file", "t.txt"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[flags\] --mode "idexed" is not allowed \(did you mean "indexed"\?\): use tag, indexed, hmac or mask$/ },
  { name: "pii redact --mode TAG (in capitals)", args: ["pii", "redact", "--mode", "TAG", "--file", "t.txt"], files: { "t.txt": "hi\n" }, says: /--mode "TAG" is not allowed \(did you mean "tag"\?\)/ },
  { name: "serve --runtime nod", args: ["serve", "--runtime", "nod"], says: /^\[cxedge\] \[flags\] --runtime "nod" is not allowed \(did you mean "node"\?\): use bun or node$/ },
  { name: "--storage memroy", args: ["jobs", "--storage", "memroy"], says: /^\[cxedge\] \[config\] --storage: storage driver "memroy" is unknown \(did you mean "memory"\?\): use memory, fs, redis or kv$/ },
  { name: "CXEDGE_STORAGE=redsi", args: ["jobs"], env: { CXEDGE_STORAGE: "redsi" }, says: /storage driver "redsi" is unknown \(did you mean "redis"\?\)/ },
  { name: "a choice far from any gets the list alone", args: [...DRY, "--target", "delete"], says: /^\[cxedge\] \[flags\] --target "delete" is not allowed: use patch, erasure or export$/ },
  { name: "anonymize --matrix gdrp (a shipped name mistyped)", args: DRY.map((a) => (a === "gdpr" ? "gdrp" : a)), says: /^\[cxedge\] \[matrix\] cannot read gdrp \(no such file; did you mean "gdpr"\?\): check the --matrix path, or name a shipped matrix/ },
  { name: "matrix validate pcii", args: ["matrix", "validate", "pcii"], says: /^\[cxedge\] \[matrix\] cannot read pcii \(no such file; did you mean "pci"\?\)/ },
  // And in a variable.
  { name: "CXEDGE_LOG_LEVEL=dbug", args: ["jobs"], env: { CXEDGE_LOG_LEVEL: "dbug" }, says: /^\[cxedge\] \[flags\] CXEDGE_LOG_LEVEL "dbug" is not allowed \(did you mean "debug"\?\): use error, warn, info, debug or a number from 0 to 5$/ },
  { name: "CXEDGE_CALLOUT_TARGET=pacth", args: ["jobs"], env: { CXEDGE_CALLOUT_TARGET: "pacth" }, says: /^\[cxedge\] \[anonymize\] CXEDGE_CALLOUT_TARGET must be patch or erasure, not "pacth" \(did you mean "patch"\?\): correct it, or unset it for the default$/ },
  { name: "CXEDGE_CALLOUT_MATRIX=gdrp (the callout off, warned)", code: 0, args: ["jobs"], env: { CXEDGE_CALLOUT_MATRIX: "gdrp" }, says: /^\[warn\] the contact-ended callout is off: CXEDGE_CALLOUT_MATRIX names no shipped matrix \(did you mean "gdpr"\?\): use gdpr/m },

  // The same slip in a setting or a matrix rule: the list alone was given.
  { name: "settings.pii.entities [\"email\"]", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ settings: { pii: { entities: ["email"] } } }) }, says: /^\[cxedge\] \[pii\] c\.json: invalid setting settings\.pii\.entities\[0\]: must be one of EMAIL, PHONE, CARD, IBAN, US_SSN, UK_NINO, IP_ADDRESS, PERSON \(did you mean "EMAIL"\?\)$/ },
  { name: "matrix scrub mode tags", args: [...DRY.slice(0, 1), "--matrix", "m.json", "--dry-run"], files: { "m.json": json({ name: "m", fields: [{ path: "email", transform: "scrub", params: { mode: "tags" } }] }) }, says: /params\.mode: must be one of tag, indexed, hmac, mask \(did you mean "tag"\?\)$/ },
  { name: "matrix transform redcat", args: [...DRY.slice(0, 1), "--matrix", "m.json", "--dry-run"], files: { "m.json": json({ name: "m", fields: [{ path: "email", transform: "redcat" }] }) }, says: /transform: unknown transform "redcat" \(did you mean "redact"\?\): use one of / },

  // A contact id no system uses (a space, a slash) is refused before the tenant is read or the storage directory made;
  // one of letters is a records API's or a file's id, and a hold is never refused for it.
  { name: "hold add --contact 'a b'", args: ["hold", "add", "--contact", "a b", "--reason", "LH-1"], says: /^\[cxedge\] \[hold\] --contact is not a contact id: use the id as CXone or your records show it \(digits, letters, - _ \.; at most 64\)$/ },
  { name: "hold add --contact a/b, no --reason: the id first", args: ["hold", "add", "--contact", "a/b"], says: /--contact is not a contact id/ },

  // A hold id of another shape was looked for in storage (opened for it) to be "no hold".
  { name: "hold release of a contact id", args: ["hold", "release", "5001234"], says: /^\[cxedge\] \[hold\] ID "5001234" is not a hold id: ids are hold_ followed by lowercase letters and digits \(hold_0a1b2c3d4e5f6g7h\); see them with cxedge hold list$/ },
  { name: "hold release of an address: not quoted", args: ["hold", "release", "ada@example.com"], says: /^\[cxedge\] \[hold\] ID is not a hold id/, after: (_, printed) => expect(printed.output).not.toContain("ada@") },
  { name: "hold release of a well-formed id no hold has", args: ["hold", "release", "hold_nosuch"], says: /^\[cxedge\] \[hold\] no hold "hold_nosuch": see the ids with cxedge hold list$/ },

  // An --out ending in a slash passed the output check (resolve() drops the slash): the checkpoint was signed and kept, then EISDIR.
  { name: "audit checkpoint --out d/", args: ["audit", "checkpoint", "--out", "d/"], files: { "d/": "" }, says: /^\[cxedge\] \[files\] --out d\/ ends with a slash, so it names a directory: name the file to write \(e\.g\. d\/out\.json\)$/ },
  { name: "audit checkpoint --out of a missing directory with a slash", args: ["audit", "checkpoint", "--out", "cp/"], says: /--out cp\/ ends with a slash/ },
  { name: "subject export --out d/", args: ["subject", "export", "--email", "ada@example.com", "--by", "dpo", "--out", "d/"], files: { "d/": "" }, says: /^\[cxedge\] \[files\] --out d\/ ends with a slash/ },

  // An id of another shape (an address pasted in) was quoted back in the refusal.
  { name: "webhooks replay --id of an address", args: ["webhooks", "replay", "--id", "msg_1", "--id", "ada@example.com"], says: /^\[cxedge\] \[webhooks\] no dead letter with --id "msg_1", number 2 \(not quoted: not an event id's shape\): nothing was replayed/, after: (_, printed) => expect(printed.output).not.toContain("ada@") },
  { name: "webhooks replay --id of an address twice", args: ["webhooks", "replay", "--id", "ada@example.com", "--id", "ada@example.com"], says: /^\[cxedge\] \[webhooks\] --id number 1 \(not quoted: not an event id's shape\) is given more than once/, after: (_, printed) => expect(printed.output).not.toContain("ada@") },

  // A config module that throws: its message may quote a secret; the file, the class and that it threw are said.
  {
    name: "cxedge.config.ts that throws", args: ["jobs"], files: { "cxedge.config.ts": 'const key = "hunter2-secret"\nthrow new TypeError(`bad key ${key}`)\n' },
    says: /^\[cxedge\] \[config\] cannot load cxedge\.config\.ts: it threw TypeError (at line 2 )?when loaded \(its message is not shown: it may quote a secret\): fix the file$/,
    after: (_, printed) => expect(printed.output).not.toContain("hunter2"),
  },
  { name: "cxedge.config.ts that throws a string", args: ["jobs"], files: { "cxedge.config.ts": 'throw "hunter2-secret"\n' }, says: /cannot load cxedge\.config\.ts: it threw a string when loaded/, after: (_, printed) => expect(printed.output).not.toContain("hunter2") },
  { name: "cxedge.config.ts that does not parse", args: ["jobs"], files: { "cxedge.config.ts": 'export default { tenant: { secret: "hunter2-secret" \n' }, says: /^\[cxedge\] \[config\] cannot load cxedge\.config\.ts: it is not valid code \(ParseError at line \d+\): fix the file$/, after: (_, printed) => expect(printed.output).not.toContain("hunter2") },

  // A job name no job can have was looked for, and "not found".
  { name: "audit export --job ../x", args: ["audit", "export", "--job", "../x"], says: /^\[cxedge\] \[audit\] --job "\.\.\/x" is not a job name: use up to 100 letters, digits, _, - or \. starting with a letter or digit, with no "\.\." \(e\.g\. gdpr-2026-10\)$/ },
  { name: "audit export --job with a space", args: ["audit", "export", "--job", "gdpr 2026"], says: /--job "gdpr 2026" is not a job name/ },

  // pii scan's own refusal was labelled [anonymize].
  { name: "pii scan --source messages without --since", args: ["pii", "scan", "--source", "messages"], says: /^\[cxedge\] \[pii\] --source messages needs --since \(e\.g\. --since 7d or --since 2026-10-01\)/ },
  { name: "pii scan --source messages, a window too long", args: ["pii", "scan", "--source", "messages", "--since", "100d"], says: /^\[cxedge\] \[pii\] --since\.\.--until spans 100 days, more than the 31/ },

  // A JSONL line with a key given twice kept its last value without a word: the line is refused, naming the key, never a value.
  {
    name: "anonymize --file with a key given twice", code: 1, args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "c.jsonl", "--out", "o.jsonl"], files: { "c.jsonl": TWICE },
    says: /^\[warn\] contact line:2: line 2: email is given twice: write each key once$/m, after: (_, printed) => expect(printed.output).not.toContain("bob@"),
  },
  { name: "pii scan --file with a key given twice", code: 1, args: ["pii", "scan", "--file", "c.jsonl"], files: { "c.jsonl": TWICE }, says: /^\[warn\] line 2: email is given twice: write each key once$/m, after: (_, printed) => expect(printed.output).not.toContain("bob@") },
  { name: "pii scan --field --json with a nested key given twice", code: 1, args: ["pii", "scan", "--file", "c.jsonl", "--field", "m.t", "--json"], files: { "c.jsonl": '{"id":"1","m":{"t":"hi","t":"ada@example.com"}}\n' }, says: /"error":"line 1: m\.t is given twice: write each key once"/ },
  { name: "pii redact --field with a key given twice", code: 1, args: ["pii", "redact", "--file", "c.jsonl", "--field", "email"], files: { "c.jsonl": TWICE }, says: /^\{"error":"line 2: email is given twice: write each key once"\}$/m, after: (_, printed) => expect(printed.output).toContain('{"id":"1","email":"<EMAIL>"}') },
  // A directory as the contacts file was "unexpected error: EISDIR", as if cxedge had failed.
  { name: "anonymize --file of a directory", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "d", "--out", "o.jsonl"], files: { "d/": "" }, says: /^\[cxedge\] \[anonymize\] cannot read --file d \(it is a directory, not a file\): name the JSONL file of the contacts to anonymize$/ },
  { name: "anonymize --file of a directory, planned", args: ["anonymize", "--matrix", "gdpr", "--source", "jsonl", "--file", "d", "--plan", "p1"], files: { "d/": "" }, says: /cannot read --file d \(it is a directory, not a file\)/ },

  // An empty item of --entities was dropped in silence (the type meant there never looked for); a type twice is said so.
  { name: "pii redact --entities EMAIL,,PHONE", args: ["pii", "redact", "--entities", "EMAIL,,PHONE", "--file", "t.txt"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[pii\] --entities item 2 of 3 is empty \(an unset shell variable\?\): name each type once, comma-separated \(EMAIL,PHONE\)$/ },
  { name: "pii scan --entities EMAIL, (a trailing comma)", args: ["pii", "scan", "--entities", "EMAIL,", "--file", "c.jsonl"], files: { "c.jsonl": '{"id":"1"}\n' }, says: /--entities item 2 of 2 is empty/ },
  { name: "pii redact --entities EMAIL,PHONE,EMAIL", args: ["pii", "redact", "--entities", "EMAIL,PHONE,EMAIL", "--file", "t.txt"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[pii\] --entities names EMAIL twice: name each type once$/ },
  { name: "pii redact --entities \"EMAIL, PHONE\" (a space) still runs", code: 0, args: ["pii", "redact", "--entities", "EMAIL, PHONE", "--file", "t.txt"], files: { "t.txt": "mail ada@example.com\n" }, says: /^mail <EMAIL>$/m },

  // A value that holds `":` is no repeated key.
  { name: "pii redact --field of a value holding a quote and a colon", code: 0, args: ["pii", "redact", "--file", "c.jsonl", "--field", "t"], files: { "c.jsonl": json({ id: "1", t: 'say "a": ada@example.com' }) + "\n" }, says: /"t":"say \\"a\\": <EMAIL>"/ },
]

refusalRound("bad input, round 27", "cxedge-bad27-", rows)
