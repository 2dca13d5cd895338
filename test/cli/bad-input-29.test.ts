/**
 * Bad input, round 29: a config mistake inside a list named by the list's
 * line (not the item's), an IPv6 --host Bun's URL parser takes and listen
 * then fails on, a flag given to the wrong command with no word of the one
 * that takes it, --field wildcards, --entities written with spaces, a JSON
 * document given where JSON Lines are read, and more found by trying each
 * command's flags, files and environment. The harness (refusal-harness.ts)
 * runs each row in a fresh working directory with fs storage there and
 * checks: its exit code, one `[cxedge]` line matching its pattern, no stack
 * trace, no valibot default, nothing left behind and nothing changed at the
 * tenant.
 */
import { refusalRound, type RefusalRow } from "./refusal-harness.ts"

const MAIL = '{"a": {"b": "mail ada@example.com"}}\n'
const SECRETS = { CXEDGE_CONSENT_SECRETS: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
const NOW = String(Math.floor(Date.now() / 1000))

const rows: RefusalRow[] = [
  // A wrong value in the n-th item of a list was named by the list's line (line 2 for plugins[2] on line 5).
  { name: "jobs show a..b names the rule it breaks", args: ["jobs", "show", "a..b"], says: /^\[cxedge\] \[jobs\] JOB "a\.\.b" is not a job name: .* with no "\.\."/ },
  { name: "jobs prune --older-than 1w is told 7d", args: ["jobs", "prune", "--older-than", "1w"], says: /^\[cxedge\] \[jobs\] --older-than "1w" is not allowed: use a span such as 30d, 12h or 30min \(1min to 36500d\) \(1w is 7d\)$/ },
  { name: "cxedge.config.json plugins[2] a number, on line 5", args: ["jobs"], files: { "cxedge.config.json": '{\n  "plugins": [\n    "anonymize",\n    "pii",\n    5\n  ]\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.json line 5: plugins\[2\] is a number: a plugin is a built-in name/ },
  { name: "cxedge.config.json settings.pii.entities[2] on line 7", args: ["jobs"], files: { "cxedge.config.json": '{\n  "settings": {\n    "pii": {\n      "entities": [\n        "EMAIL",\n        "PHONE",\n        5\n      ]\n    }\n  }\n}\n' }, says: /^\[cxedge\] \[pii\] cxedge\.config\.json line 7: invalid setting settings\.pii\.entities\[2\]: must be one of EMAIL, PHONE/ },
  { name: "cxedge.config.yaml entities' third - item, on line 7 (a comment between)", args: ["jobs"], files: { "cxedge.config.yaml": "settings:\n  pii:\n    entities:\n      - EMAIL\n      # the phones too\n      - PHONE\n      - NOPE\n" }, says: /^\[cxedge\] \[pii\] cxedge\.config\.yaml line 7: invalid setting settings\.pii\.entities\[2\]: must be one of/ },
  { name: "cxedge.config.yaml a flow list over two lines", args: ["jobs"], files: { "cxedge.config.yaml": "settings:\n  pii:\n    entities: [EMAIL,\n      PHONE, NOPE]\n" }, says: /^\[cxedge\] \[pii\] cxedge\.config\.yaml line 4: invalid setting settings\.pii\.entities\[2\]/ },
  { name: "cxedge.config.ts plugins[2] repeats pii, on its own line 5", args: ["jobs"], files: { "cxedge.config.ts": 'export default {\n  plugins: [\n    "anonymize",\n    ["pii", { minScore: 0.5 }], // "pii", once\n    ["pii", { minScore: 0.6 }],\n  ],\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.ts line 5: plugins\[2\] repeats "pii" \(also plugins\[1\]\)/ },
  // A TOML table header ([settings.pii]) was never found, so no line at all.
  { name: "cxedge.config.toml under [settings.pii], the item's line 5", args: ["jobs"], files: { "cxedge.config.toml": '[settings.pii]\nminScore = 0.5\nentities = [\n  "EMAIL",\n  "X",\n]\n' }, says: /^\[cxedge\] \[pii\] cxedge\.config\.toml line 5: invalid setting settings\.pii\.entities\[1\]/ },

  // Bun's URL parser takes [::1:] as ::1: the check passed, and listen failed with "unexpected error: baseURI must have a hostname" (exit 1).
  { name: "serve with CXEDGE_HOST=::1:", args: ["serve", "--port", "0"], env: { CXEDGE_HOST: "::1:" }, says: /^\[cxedge\] \[flags\] CXEDGE_HOST "::1:" is not an address to listen on: use an IP address of this machine/ },
  { name: "serve --host 1:2:3:4:5:6:7:8:9", args: ["serve", "--port", "0", "--host", "1:2:3:4:5:6:7:8:9"], says: /^\[cxedge\] \[flags\] --host "1:2:3:4:5:6:7:8:9" is not an address to listen on/ },
  { name: "serve --host with an IPv6 zone", args: ["serve", "--port", "0", "--host", "fe80::1%eth0"], says: /^\[cxedge\] \[flags\] --host "fe80::1%eth0" names an IPv6 zone \(%\.\.\.\), which cxedge cannot listen on: give the address without it$/ },

  // A flag of another command was "unknown flag --workers", with no word of the command that takes it.
  { name: "worker --workers 2", args: ["worker", "--workers", "2"], says: /^\[cxedge\] unknown flag --workers for cxedge worker: it is a flag of cxedge anonymize \(see cxedge worker --help for this command's flags\)$/ },
  { name: "serve --sandbox", args: ["serve", "--sandbox"], says: /^\[cxedge\] unknown flag --sandbox for cxedge serve: it is a flag of cxedge \S+, .* and \d+ more/ },
  // Round 44: it names no other command, and says where this command's flags are (it was "unknown flag --zzzz" alone).
  { name: "a flag no command takes names no other command", args: ["worker", "--zzzz"], says: /^\[cxedge\] unknown flag --zzzz for cxedge worker: no cxedge command takes it \(see cxedge worker --help for this command's flags\)$/ },

  // A wildcard in --field: [*] was "not a field path" with no word of why, and a bare * was read as a key named "*"
  // (every line written as an {"error"} line, exit 1).
  { name: "pii redact --field a.*", args: ["pii", "redact", "--file", "in.jsonl", "--field", "a.*"], files: { "in.jsonl": MAIL }, says: /^\[cxedge\] \[pii\] --field "a\.\*" holds a wildcard \(\* or \[\*\]\), which --field does not read: name one field of each line, an array item by its index \(items\[0\]\.text\)$/, after: (_, printed) => { if (printed.stdout) throw new Error("printed a line") } },
  { name: "pii scan --field items[*].text --json", args: ["pii", "scan", "--file", "in.jsonl", "--field", "items[*].text", "--json"], files: { "in.jsonl": MAIL }, says: /^\[cxedge\] \[pii\] --field "items\[\*\]\.text" holds a wildcard/ },

  // --entities with spaces or semicolons, or a word for every type, was "not an entity type" as if a type were misspelt.
  { name: "pii redact --entities 'EMAIL PHONE'", args: ["pii", "redact", "--file", "t.txt", "--entities", "EMAIL PHONE"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[pii\] --entities "EMAIL PHONE" names types set apart by spaces or ;: separate them with commas \(EMAIL,PHONE\)$/ },
  { name: "pii scan --entities email;phone", args: ["pii", "scan", "--file", "in.jsonl", "--entities", "email;phone"], files: { "in.jsonl": MAIL }, says: /--entities "email;phone" names types set apart by spaces or ;: separate them with commas \(EMAIL,PHONE\)$/ },
  { name: "pii redact --entities ALL", args: ["pii", "redact", "--file", "t.txt", "--entities", "ALL"], files: { "t.txt": "hi\n" }, says: /^\[cxedge\] \[pii\] --entities "ALL" is not an entity type: leave --entities out for every type \(EMAIL, PHONE/ },

  // A JSON document where JSON Lines are read: each line refused as "not JSON" (exit 1) and a line holding one whole
  // object of the array scanned, as if the rest were only bad lines.
  { name: "pii scan --file of a pretty-printed array", args: ["pii", "scan", "--file", "a.json"], files: { "a.json": '[\n  {"text": "mail ada@example.com"},\n  {"text": "hi"}\n]\n' }, says: /^\[cxedge\] \[pii\] a\.json is one JSON document \(line 1 opens an array\), not JSON Lines: give one object per line \(e\.g\. jq -c '\.\[\]' a\.json\)$/ },
  { name: "pii redact --field text of a one-line array", args: ["pii", "redact", "--file", "a.json", "--field", "text"], files: { "a.json": '[{"text": "mail ada@example.com"}]' }, says: /a\.json is one JSON document \(line 1 opens an array\)/, after: (_, printed) => { if (printed.stdout) throw new Error("printed a line") } },
  { name: "pii scan --file of an object over several lines (a BOM first)", args: ["pii", "scan", "--file", "o.json", "--field", "text", "--json"], files: { "o.json": '\uFEFF{\n  "text": "hi"\n}\n' }, says: /o\.json is one JSON document \(line 1 opens an object written over several lines\), not JSON Lines: give one object per line \(e\.g\. jq -c \. o\.json\)$/ },

  // A plugin's settings given as a list: valibot's object schemas take one, so the defaults ran in silence; against the
  // sandbox, consent-webhook's settings (a list, null or a string) were replaced by the sandbox receiver's in silence.
  { name: "settings.anonymize: []", args: ["jobs", "--config", "c.json"], files: { "c.json": '{"settings": {"anonymize": []}}' }, says: /^\[cxedge\] \[anonymize\] c\.json: invalid setting settings\.anonymize: must be an object, not a list$/ },
  { name: "settings.anonymize.approval: [] on line 4", args: ["jobs"], files: { "cxedge.config.json": '{\n  "settings": {\n    "anonymize": {\n      "approval": []\n    }\n  }\n}\n' }, says: /^\[cxedge\] \[anonymize\] cxedge\.config\.json line 4: invalid setting settings\.anonymize\.approval: must be an object, not a list$/ },
  { name: "settings.consent-webhook: [1] against the sandbox, named by its line", args: ["webhooks", "list"], files: { "cxedge.config.json": '{\n  "settings": {\n    "consent-webhook": [1]\n  }\n}\n' }, says: /^\[cxedge\] \[consent-webhook\] cxedge\.config\.json line 3: invalid setting settings\.consent-webhook: must be an object, not a list$/ },
  { name: "settings.consent-webhook: null against the sandbox", args: ["webhooks", "list", "--config", "c.json"], files: { "c.json": '{"settings": {"consent-webhook": null}}' }, says: /^\[cxedge\] \[consent-webhook\] c\.json: settings\.consent-webhook is null: give its settings as an object/ },
  { name: "settings.consent-webhook: \"x\" against the sandbox", args: ["webhooks", "list", "--config", "c.json"], files: { "c.json": '{"settings": {"consent-webhook": "x"}}' }, says: /^\[cxedge\] \[consent-webhook\] c\.json: invalid setting settings\.consent-webhook: must be an object, not a string$/ },
  // A plugin whose name holds a dash had its setting's refusal without the file (settings.audit-kv, settings.consent-webhook.timeoutMs).
  { name: "settings.consent-webhook.timeoutMs 1 on line 4", args: ["jobs"], files: { "cxedge.config.json": '{\n  "settings": {\n    "consent-webhook": {\n      "timeoutMs": 1\n    }\n  }\n}\n' }, says: /^\[cxedge\] \[consent-webhook\] cxedge\.config\.json line 4: invalid setting settings\.consent-webhook\.timeoutMs: must be at least 100$/ },
  // A plugin module the file's list names that cannot be loaded was refused with no file or line.
  { name: "plugins names a module that is not installed, on line 4", args: ["jobs"], files: { "cxedge.config.json": '{\n  "plugins": [\n    "anonymize",\n    ["nosuch-plugin", {}]\n  ]\n}\n' }, says: /^\[cxedge\] \[runtime\] cxedge\.config\.json line 4: cannot load plugin module "nosuch-plugin": check the name and that it is installed$/ },
  { name: "CXEDGE_PLUGINS names it: no file's line", args: ["jobs"], env: { CXEDGE_PLUGINS: "anonymize,nosuch-plugin" }, files: { "cxedge.config.json": '{\n  "plugins": [\n    "anonymize"\n  ]\n}\n' }, says: /^\[cxedge\] \[runtime\] cannot load plugin module "nosuch-plugin"/ },

  // tenant env KEY given a variable's name: "unknown key" with no hint (the variable's value may be a secret: it is never read).
  { name: "tenant env CXEDGE_ISSUER", args: ["tenant", "env", "CXEDGE_ISSUER"], says: /^\[cxedge\] \[tenant\] unknown key "CXEDGE_ISSUER": KEY names a value of the tenant's discovery, not an environment variable \(did you mean "issuer"\?\): use one of tenantId, .* \(cxedge plugins lists the variables each plugin reads\)$/ },
  { name: "tenant env cxedge_hmac_keys", args: ["tenant", "env", "cxedge_hmac_keys"], env: { CXEDGE_HMAC_KEYS: "k1:c2VjcmV0LXZhbHVlLWhlcmUtMDEyMzQ1Njc4OWFiY2RlZg==" }, says: /unknown key "cxedge_hmac_keys": KEY names a value of the tenant's discovery, not an environment variable: use one of/, after: (_, printed) => { if (printed.output.includes("c2VjcmV0")) throw new Error("the value was shown") } },

  // --out in a directory that does not exist was named by its absolute path (/tmp/cxedge-bad29-.../nodir).
  { name: "audit checkpoint --out nodir/cp.json", args: ["audit", "checkpoint", "--out", "nodir/cp.json"], says: /^\[cxedge\] \[files\] the directory nodir does not exist: create it first or fix --out$/ },

  // webhooks receive: an empty FILE was verified and answered "refused (401 invalid_signature): no signature matches" (exit 1);
  // a timestamp in milliseconds or as a date got no word of what it was.
  { name: "webhooks receive of an empty file", args: ["webhooks", "receive", "req.json", "--id", "msg_1", "--timestamp", NOW, "--signature", "v1,abc"], env: SECRETS, files: { "req.json": "" }, says: /^\[cxedge\] \[webhooks\] req\.json is empty: FILE is the request body, saved byte for byte \(a consent request's body is JSON\)$/ },
  { name: "webhooks receive --timestamp in milliseconds", args: ["webhooks", "receive", "req.json", "--id", "msg_1", "--timestamp", `${NOW}000`, "--signature", "v1,abc"], env: SECRETS, files: { "req.json": "{}" }, says: /^\[cxedge\] \[webhooks\] --timestamp "\d{13}" is not Unix seconds \(13 digits: milliseconds\? the header holds seconds, the first 10 digits\)/ },
  { name: "webhooks receive --timestamp as a date", args: ["webhooks", "receive", "req.json", "--id", "msg_1", "--timestamp", "2026-12-01T10:00:00Z", "--signature", "v1,abc"], env: SECRETS, files: { "req.json": "{}" }, says: /--timestamp "2026-12-01T10:00:00Z" is not Unix seconds \(a date: the header holds seconds since 1970/ },
]

refusalRound("bad input, round 29", "cxedge-bad29-", rows)
