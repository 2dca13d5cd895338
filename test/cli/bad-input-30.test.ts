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
const SECRETS = { CXEDGE_CONSENT_SECRETS: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
const NOW = String(Math.floor(Date.now() / 1000))
const noValue = (printed: { output: string }) => {
  if (printed.output.includes("ada@example.com")) throw new Error("a value was shown")
}

const rows: RefusalRow[] = [
  // A JSON document given as JSON Lines: each line "would be rejected: line N is not valid JSON", and the dry run exited 0.
  { name: "anonymize --source jsonl --file of a pretty-printed object", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--source", "jsonl", "--file", "o.json", "--target", "export"], files: { "o.json": PRETTY }, says: /^\[cxedge\] \[anonymize\] o\.json is one JSON document \(line 1 opens an object written over several lines\), not JSON Lines: give one object per line \(e\.g\. jq -c \. o\.json\)$/ },
  { name: "anonymize --source jsonl --file of an array (a BOM and a blank line first)", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--source", "jsonl", "--file", "a.json", "--target", "export"], files: { "a.json": '\uFEFF\n[{"id": "1"}, {"id": "2"}]\n' }, says: /^\[cxedge\] \[anonymize\] a\.json is one JSON document \(line 2 opens an array\), not JSON Lines: give one object per line \(e\.g\. jq -c '\.\[\]' a\.json\)$/ },
  // An object over several lines after good lines: each of its lines was "not JSON", with no word of why.
  { name: "anonymize --source jsonl: an object over lines 2-5 is named at line 2", args: ["anonymize", "--matrix", "messages", "--dry-run", "--source", "jsonl", "--file", "m.jsonl", "--target", "export"], files: { "m.jsonl": MIDDLE }, code: 0, says: /lines 2-5 are not valid JSON: they hold one object written over several lines, and JSON Lines hold one object per line \(jq -c \. writes it so\)/, after: (_, printed) => noValue(printed) },
  { name: "pii scan --field text: an object over lines 2-5 is named at line 2", args: ["pii", "scan", "--file", "m.jsonl", "--field", "text"], files: { "m.jsonl": MIDDLE }, code: 1, says: /lines 2-5: not JSON: one object written over several lines, and JSON Lines hold one object per line/, after: (_, printed) => noValue(printed) },
  { name: "pii redact --field text: line 2's error line says why", args: ["pii", "redact", "--file", "m.jsonl", "--field", "text"], files: { "m.jsonl": MIDDLE }, code: 1, says: /\{"error":"line 2: not JSON: it opens one object written over lines 2-5/, after: (_, printed) => noValue(printed) },

  // A span written another way had a hint for 1w and "2 years" only: P1D, 7D, 1.5d and -1d got the bare rule.
  { name: "anonymize --since P1D", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--since", "P1D"], says: /^\[cxedge\] \[flags\] --since "P1D" is not a date: .* \(P1D is 1d\)$/ },
  { name: "erase --since PT12H", args: ["erase", "--email", "ada@example.com", "--dry-run", "--since", "PT12H"], says: /^\[cxedge\] \[flags\] --since "PT12H" is not a date: .* \(PT12H is 12h\)$/, after: (_, printed) => noValue(printed) },
  { name: "anonymize --since 7D", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--target", "erasure", "--since", "7D"], says: /--since "7D" is not a date: .* \(7D is 7d\)$/ },
  { name: "anonymize --until 1.5d", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--target", "erasure", "--until", "1.5d"], says: /--until "1\.5d" is not a date: .* \(1\.5d is 36h\)$/ },
  { name: "pii scan --source messages --since -1d", args: ["pii", "scan", "--source", "messages", "--since", "-1d"], says: /--since "-1d" is not a date: .* \(a span counts back from now, with no sign: 1d\)$/ },
  { name: "jobs prune --older-than -30d", args: ["jobs", "prune", "--older-than", "-30d"], says: /^\[cxedge\] \[jobs\] --older-than "-30d" is not allowed: use a span such as 30d, 12h or 30min \(1min to 36500d\) \(a span counts back from now, with no sign: 30d\)$/ },
  { name: "jobs prune --older-than P2W", args: ["jobs", "prune", "--older-than", "P2W"], says: /--older-than "P2W" is not allowed: .* \(P2W is 14d\)$/ },
  { name: "retention policy olderThan P90D", args: ["retention", "report"], files: { "cxedge.config.json": policy("P90D") }, says: /^\[cxedge\] \[retention\] cxedge\.config\.json: invalid setting settings\.retention\.policies\[0\]\.olderThan: must be a duration such as 90d, 12h or 30min \(1min to 36500d\) \(P90D is 90d\)$/ },
  { name: "retention policy olderThan 0.5h", args: ["retention", "report"], files: { "cxedge.config.json": policy("0.5h") }, says: /olderThan: must be a duration .* \(0\.5h is 30min\)$/ },
  // Where no span is read (times to come), a span got the bare rule: it is told the date it would reach.
  { name: "hold add --until 7d", args: ["hold", "add", "--contact", "600042000001", "--reason", "LH-1", "--until", "7d"], says: /^\[cxedge\] \[hold\] --until "7d" is not a date: use an ISO 8601 date \(2026-10-01, midnight UTC\) or a date-time with a zone \(2026-10-01T08:30:00Z\) \(a time to come is written as a date: 7d from now is \d{4}-\d{2}-\d{2}\)$/ },
  { name: "scripts start --start-date 2h", args: ["scripts", "start", "--skill", "4101", "--script-id", "1", "--start-date", "2h"], says: /^\[cxedge\] \[flags\] --start-date "2h" is not a date: .* \(a time to come is written as a date: 2h from now is \d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z\)$/ },
  // A number written another way got the bare range: the number it means is said when that number is allowed.
  { name: "worker --concurrency 0x10", args: ["worker", "--concurrency", "0x10"], says: /^\[cxedge\] \[flags\] --concurrency "0x10" is not allowed: use a whole number from 1 to 64 \(0x10 is 16\)$/ },
  { name: "jobs --rps 1e3", args: ["jobs", "--rps", "1e3"], says: /^\[cxedge\] \[flags\] --rps "1e3" is not allowed: use a number from 0\.1 to 10000 \(1e3 is 1000\)$/ },
  { name: "pii scan --limit 1_000", args: ["pii", "scan", "--file", "in.jsonl", "--limit", "1_000"], files: { "in.jsonl": '{"text": "hi"}\n' }, says: /--limit "1_000" is not allowed: use a whole number from 1 to 100000000 \(1_000 is 1000\)$/ },
  { name: "pii redact --min-score 50%", args: ["pii", "redact", "--file", "t.txt", "--min-score", "50%"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[flags\] --min-score "50%" is not allowed: use a number from 0 to 1 \(50% is 0\.5\)$/ },
  { name: "skills health --min-service-level 80%", args: ["skills", "health", "--skill", "4101", "--min-service-level", "80%"], says: /--min-service-level "80%" is not allowed: use a number from 0 to 100 \(80% is 80\)$/ },
  { name: "worker --concurrency +5", args: ["worker", "--concurrency", "+5"], says: /--concurrency "\+5" is not allowed: use a whole number from 1 to 64 \(\+5 is 5\)$/ },
  // What it means is out of range too, or no whole number: no hint.
  { name: "worker --concurrency 1e3 gets no hint", args: ["worker", "--concurrency", "1e3"], says: /--concurrency "1e3" is not allowed: use a whole number from 1 to 64$/ },
  { name: "CXEDGE_PORT 1e5 gets no hint", args: ["serve"], env: { CXEDGE_PORT: "1e5" }, says: /^\[cxedge\] \[flags\] CXEDGE_PORT "1e5" is not allowed: use a whole number from 0 to 65535$/ },
  // A capital M may be a month: no guess.
  { name: "anonymize --since 3M gets no hint", args: ["anonymize", "--matrix", "gdpr", "--dry-run", "--target", "erasure", "--since", "3M"], says: /--since "3M" is not a date: use an ISO 8601 date \(2026-10-01, midnight UTC\), a date-time with a zone \(2026-10-01T08:30:00Z\) or a span before now \(7d, 12h, 30m\)$/ },

  // A command's argument written as a flag: "unknown flag --token", or "a flag of cxedge anonymize" for --file.
  { name: "jobs show --job x", args: ["jobs", "show", "--job", "x"], says: /^\[cxedge\] --job is not a flag of cxedge jobs show: JOB is its argument, given alone without --job \(cxedge jobs show JOB\)$/ },
  { name: "matrix validate --file gdpr", args: ["matrix", "validate", "--file", "gdpr"], says: /^\[cxedge\] --file is not a flag of cxedge matrix validate: FILE is its argument, given alone without --file \(cxedge matrix validate FILE\)$/ },
  { name: "decrypt --token=enc_... (the token not shown)", args: ["decrypt", "--token=enc_k1_c2VjcmV0"], says: /^\[cxedge\] --token is not a flag of cxedge decrypt: TOKEN is its argument/, after: (_, printed) => { if (printed.output.includes("c2VjcmV0")) throw new Error("the token was shown") } },
  { name: "hold release --id hold_x", args: ["hold", "release", "--id", "hold_x"], says: /^\[cxedge\] --id is not a flag of cxedge hold release: ID is its argument, given alone without --id \(cxedge hold release ID\)$/ },
  { name: "tenant env --key issuer", args: ["tenant", "env", "--key", "issuer"], says: /^\[cxedge\] --key is not a flag of cxedge tenant env: KEY is its argument/ },

  // webhooks receive -: "cannot read - (no such file)"; a body saved in UTF-16 was verified and answered "401 no
  // signature matches" (exit 1), as if the request were forged.
  { name: "webhooks receive - (standard input)", args: ["webhooks", "receive", "-", "--id", "msg_1", "--timestamp", NOW, "--signature", "v1,abc"], env: SECRETS, says: /^\[cxedge\] \[webhooks\] FILE - is not read from standard input: save the request body to a file as it came \(e\.g\. curl -o request\.json\) and name that file$/ },
  { name: "webhooks receive of a body saved in UTF-16", args: ["webhooks", "receive", "req.json", "--id", "msg_1", "--timestamp", NOW, "--signature", "v1,abc"], env: SECRETS, files: { "req.json": "" }, bytes: { "req.json": new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]) }, says: /^\[cxedge\] \[webhooks\] req\.json holds bytes that are not UTF-8 \(saved in another encoding, such as PowerShell's > in UTF-16\?\): FILE is the request body as it came, byte for byte/ },

  // A retry delay of 1e20 ms was taken: a next attempt no date can show.
  { name: "settings.consent-webhook.retrySchedule[1] 1e20, on line 4", args: ["webhooks", "list"], files: { "cxedge.config.json": '{\n  "settings": {\n    "consent-webhook": {\n      "retrySchedule": [5000, 1e20]\n    }\n  }\n}\n' }, says: /^\[cxedge\] \[consent-webhook\] cxedge\.config\.json line 4: invalid setting settings\.consent-webhook\.retrySchedule\[1\]: must be at most 604800000 \(a week, in milliseconds; the default schedule ends at 86400000, 24 h\)$/ },

  // build worker named --out by its absolute path (/tmp/.../nodir), where audit checkpoint names it as written.
  { name: "build worker --out nodir/w.js", args: ["build", "worker", "--out", "nodir/w.js"], says: /^\[cxedge\] \[build\] the directory nodir does not exist: create it first or fix --out$/ },
  { name: "build worker --out of a directory", args: ["build", "worker", "--out", "d"], files: { "d/": "" }, says: /^\[cxedge\] \[build\] d is a directory: name a file with --out$/ },

  // A recipient written Name <address>, as a mail client copies it, was "holds several addresses".
  { name: "transcript send --to 'Ann Lee <ann@example.com>'", args: ["transcript", "send", "--contact", "123456", "--to", "Ann Lee <ann@example.com>"], says: /^\[cxedge\] \[transcript\] recipient 1 is written as Name <address>: give the address alone \(--to ann@example\.com\)$/ },
  // Stop 67: one address with a space in it was "holds several addresses".
  { name: "transcript send --to 'ada@exa mple.com'", args: ["transcript", "send", "--contact", "123456", "--to", "ada@exa mple.com"], says: /^\[cxedge\] \[transcript\] recipient 1 holds a space: an email address has none; check --to$/m },
  { name: "transcript send, two addresses with a name, still 'several'", args: ["transcript", "send", "--contact", "123456", "--to", "a@example.com, Ann <ann@example.com>"], says: /recipient 1 holds several addresses/ },

  // A phone number with an extension was read without it: the line (a switchboard others share?) erased, exported or held.
  { name: "erase --phone with ext 5", args: ["erase", "--phone", "+44 7700 900123 ext 5", "--dry-run"], says: /^\[cxedge\] \[erase\] --phone holds an extension \(ext, x or #\): the number would be read without it, maybe a switchboard others share; give the person's own number alone$/, after: (_, printed) => { if (printed.output.includes("900123")) throw new Error("the number was shown") } },
  { name: "subject export --phone with x5", args: ["subject", "export", "--phone", "+44 7700 900123 x5", "--out", "ada.json", "--by", "dpo"], says: /^\[cxedge\] \[subject\] --phone holds an extension/ },
  { name: "hold add --subject-phone with ;ext=5", args: ["hold", "add", "--subject-phone", "+44 7700 900123;ext=5", "--reason", "LH-1"], says: /^\[cxedge\] \[hold\] --subject-phone holds an extension/ },
  // A keypad's trailing # is no extension: the number is refused for what it is, not for an extension it does not hold.
  { name: "erase --phone with a trailing #", args: ["erase", "--phone", "+44 7700 900123#", "--dry-run"], says: /^\[cxedge\] \[erase\] --phone (?!holds an extension)/ },
]

refusalRound("bad input, round 30", "cxedge-bad30-", rows)
