/**
 * Bad input, round 28: a config file's wrong value named without its line
 * (and a plugin's or the tenant's setting without even the file), erase's
 * refusals under anonymize's label, a dry run that left a storage directory
 * of cached tokens behind, and more found by trying each command's flags,
 * files and environment. The harness (refusal-harness.ts) runs each row in a
 * fresh working directory with fs storage there and checks: its exit code,
 * one `[cxedge]` line matching its pattern, no stack trace, no valibot
 * default, nothing left behind and nothing changed at the tenant.
 */
import { expect, test } from "bun:test"
import { existsSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"

/** A dry run writes nothing: not even the storage directory its token would have been cached in. */
const wroteNothing = (cwd: string) => expect(existsSync(join(cwd, ".cxedge"))).toBe(false)

const SECRETS = { CXEDGE_CONSENT_SECRETS: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" }
const NOW = String(Math.floor(Date.now() / 1000))

const rows: RefusalRow[] = [
  // A wrong value in a config file of several lines: the file and the line, for the core's checks as for a plugin's settings
  // (checked when the runtime is built) and the tenant's; a one-line file is named without a line.
  { name: "cxedge.config.json limits.rps \"5\" on line 3", args: ["jobs"], files: { "cxedge.config.json": '{\n  "limits": {\n    "rps": "5"\n  }\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.json line 3: limits\.rps must be a number, not a string: write it without quotes$/ },
  { name: "cxedge.config.json unknown key on line 3", args: ["jobs"], files: { "cxedge.config.json": '{\n  "tenant": {},\n  "tennant": {}\n}\n' }, says: /^\[cxedge\] \[config\] cxedge\.config\.json line 3 has an unknown key "tennant" \(did you mean "tenant"\?\)/ },
  { name: "cxedge.config.ts settings.pii.entities a string", args: ["jobs"], files: { "cxedge.config.ts": 'export default {\n  settings: {\n    pii: { entities: "EMAIL" },\n  },\n}\n' }, says: /^\[cxedge\] \[pii\] cxedge\.config\.ts line 3: invalid setting settings\.pii\.entities: must be a list of entity types$/ },
  { name: "cxedge.config.json settings.anonymize.erasureWindowDays -1 on line 4", args: ["jobs"], files: { "cxedge.config.json": '{\n  "settings": {\n    "anonymize": {\n      "erasureWindowDays": -1\n    }\n  }\n}\n' }, says: /^\[cxedge\] \[anonymize\] cxedge\.config\.json line 4: invalid setting settings\.anonymize\.erasureWindowDays: must be at least 1$/ },
  { name: "cxedge.config.yaml tenant.timeoutMs 5", args: ["jobs"], files: { "cxedge.config.yaml": "tenant:\n  timeoutMs: 5\n" }, says: /^\[cxedge\] \[runtime\] cxedge\.config\.yaml line 2: invalid tenant setting timeoutMs: must be at least 100/ },
  { name: "a one-line --config c.json with a plugin's wrong setting: the file, no line", args: ["pii", "redact", "--file", "t.txt", "--config", "c.json"], files: { "t.txt": "hi\n", "c.json": json({ settings: { pii: { entities: "EMAIL" } } }) }, says: /^\[cxedge\] \[pii\] c\.json: invalid setting settings\.pii\.entities: must be a list of entity types$/ },
  { name: "a one-line file with a trailing newline: no line", args: ["jobs", "--config", "c.json"], files: { "c.json": '{"limits":{"rps":"5"}}\n' }, says: /^\[cxedge\] \[config\] c\.json: limits\.rps must be a number/ },
  { name: "$schema a number (accepted in silence)", args: ["jobs", "--config", "c.json"], files: { "c.json": json({ $schema: 5 }) }, says: /^\[cxedge\] \[config\] c\.json: \$schema is a number, not a schema's path or URL: write one as a string, or remove the key$/ },
  // A plugin's settings given in its plugins pair were refused as settings.pii.minScore, a key the file does not have.
  { name: "plugins [[\"pii\", {minScore: 2}]]", args: ["pii", "redact", "--file", "t.txt", "--config", "c.json"], files: { "t.txt": "hi\n", "c.json": json({ plugins: [["pii", { minScore: 2 }]] }) }, says: /^\[cxedge\] \[pii\] c\.json: invalid setting plugins' \["pii", \{\.\.\.\}\]\.minScore: must be at most 1 \(2 as a percentage is 0\.02\)$/ },
  { name: "plugins pair with an unknown key, on line 4 of a .ts", args: ["pii", "redact", "--file", "t.txt"], files: { "t.txt": "hi\n", "cxedge.config.ts": 'export default {\n  plugins: [\n    "anonymize",\n    ["pii", { minscore: 0.5 }],\n  ],\n}\n' }, says: /^\[cxedge\] \[pii\] cxedge\.config\.ts line 4: invalid setting plugins' \["pii", \{\.\.\.\}\]\.minscore: is not a pii setting/ },
  { name: "a found file is named as written, not by its absolute path", args: ["jobs"], files: { "cxedge.config.json": json({ tenant: { grant: "x" } }) }, says: /^\[cxedge\] \[config\] cxedge\.config\.json: tenant\.grant "x" is not allowed/ },

  // A CXEDGE_ variable one slip from a real one was ignored in silence (the storage, keys or tenant on their defaults).
  { name: "CXEDGE_STORGE=redis", args: ["jobs"], env: { CXEDGE_STORGE: "redis" }, says: /^\[cxedge\] \[config\] CXEDGE_STORGE is not a variable cxedge reads \(did you mean CXEDGE_STORAGE\?\): rename it, or unset it \(as it is, it is ignored\)$/ },
  { name: "CXEDGE_HMAC_KEY (no S): the value not shown", args: ["jobs"], env: { CXEDGE_HMAC_KEY: "k1:c2VjcmV0LXZhbHVlLWhlcmU=" }, says: /CXEDGE_HMAC_KEY is not a variable cxedge reads \(did you mean CXEDGE_HMAC_KEYS\?\)/, after: (_, printed) => expect(printed.output).not.toContain("c2VjcmV0") },
  { name: "CXEDGE_ISUER", args: ["tenant", "env"], env: { CXEDGE_ISUER: "https://cxone.example.com" }, says: /CXEDGE_ISUER is not a variable cxedge reads \(did you mean CXEDGE_ISSUER\?\)/ },
  { name: "a CXEDGE_ name near none is another tool's, left alone", code: 0, args: ["jobs"], env: { CXEDGE_DEPLOY_REGION: "eu" }, says: /\(none\)/ },

  // erase's refusals were labelled [anonymize], a command the user did not run.
  { name: "erase --phone abc", args: ["erase", "--phone", "abc", "--dry-run"], says: /^\[cxedge\] \[erase\] --phone is not a phone number in international form/ },
  { name: "erase --email x", args: ["erase", "--email", "x", "--dry-run"], says: /^\[cxedge\] \[erase\] --email is not an email address/ },
  { name: "erase --job ../x", args: ["erase", "--email", "ada@example.com", "--job", "../x", "--dry-run"], says: /^\[cxedge\] \[erase\] --job "\.\.\/x" is not a job name/ },
  { name: "erase with --email and --phone", args: ["erase", "--email", "ada@example.com", "--phone", "+442079460018"], says: /^\[cxedge\] \[erase\] give --email or --phone, not both/ },

  // cxedge jobs' refusals were labelled [anonymize]; `jobs list` (as webhooks list and hold list are written) got the list of sub-commands only.
  { name: "jobs show nosuch", args: ["jobs", "show", "nosuch"], says: /^\[cxedge\] \[jobs\] no plan nosuch in this storage: list plans with cxedge jobs, or make one with cxedge anonymize \.\.\. --plan nosuch$/ },
  { name: "jobs approve nosuch --by dpo", args: ["jobs", "approve", "nosuch", "--by", "dpo"], says: /^\[cxedge\] \[jobs\] no plan nosuch in this storage/ },
  { name: "jobs approve x --by 'a;b'", args: ["jobs", "approve", "x", "--by", "a;b"], says: /^\[cxedge\] \[jobs\] --by names who approves: 1 to 80 letters/ },
  { name: "jobs run 'a b'", args: ["jobs", "run", "a b", "--yes"], says: /^\[cxedge\] \[jobs\] JOB "a b" is not a job name/ },
  { name: "jobs prune --older-than -5d", args: ["jobs", "prune", "--older-than", "-5d"], says: /^\[cxedge\] \[jobs\] --older-than "-5d" is not allowed: use a span such as 30d/ },
  { name: "webhooks purge --sent --sent (a switch)", args: ["webhooks", "purge", "--sent", "--sent"], says: /^\[cxedge\] --sent is given more than once: give it once \(it is a switch: once turns it on\)$/ },
  { name: "serve --port twice still says the value", args: ["serve", "--port", "8080", "--port", "8081"], says: /^\[cxedge\] --port is given more than once: give it once \(cxedge serve takes a single value for it\)$/ },
  // erase and subject export take --email and --phone; hold add takes --subject-email and --subject-phone: the slip got no hint.
  { name: "hold add --email", args: ["hold", "add", "--email", "ada@example.com", "--reason", "LH-1"], says: /^\[cxedge\] unknown flag --email \(did you mean --subject-email\?\)$/, after: (_, printed) => expect(printed.output).not.toContain("ada@") },
  { name: "hold add --phone", args: ["hold", "add", "--phone", "+442079460018", "--reason", "LH-1"], says: /^\[cxedge\] unknown flag --phone \(did you mean --subject-phone\?\)$/ },
  { name: "jobs list", args: ["jobs", "list"], says: /^\[cxedge\] unknown command list for cxedge jobs \(cxedge jobs alone lists them\): use one of show, approve, run, prune, or none to list$/ },

  // webhooks receive: an --id or --signature of another shape was sent to the verifier and answered with the route's
  // "refused (400 invalid_webhook_id)" (no [cxedge] line) or "no signature matches"; a saved request older than five
  // minutes got a 401 (exit 1) that did not name --ignore-timestamp.
  { name: "webhooks receive --id 'a b'", args: ["webhooks", "receive", "req.json", "--id", "a b", "--timestamp", NOW, "--signature", "v1,abc"], env: SECRETS, files: { "req.json": "{}" }, says: /^\[cxedge\] \[webhooks\] --id is not a webhook-id header: give it as it was sent \(1-128 letters, digits, _ or -/ },
  { name: "webhooks receive --id with a dot", args: ["webhooks", "receive", "req.json", "--id", "msg.1", "--timestamp", NOW, "--signature", "v1,abc"], env: SECRETS, files: { "req.json": "{}" }, says: /--id is not a webhook-id header/ },
  { name: "webhooks receive --signature of no v1 entry", args: ["webhooks", "receive", "req.json", "--id", "msg_1", "--timestamp", NOW, "--signature", "t=1700000000,sha256=abc"], env: SECRETS, files: { "req.json": "{}" }, says: /^\[cxedge\] \[webhooks\] --signature is not a webhook-signature header: give it as it was sent \(v1, and a base64 signature/ },
  { name: "webhooks receive of a saved request without --ignore-timestamp", args: ["webhooks", "receive", "req.json", "--id", "msg_1", "--timestamp", "1700000000", "--signature", "v1,abc"], env: SECRETS, files: { "req.json": "{}" }, says: /^\[cxedge\] \[webhooks\] --timestamp is \d+ s from now, more than the 300 s a live request may be: for a saved request, pass --ignore-timestamp$/ },

  // A dry run said "nothing is written" and left .cxedge/tokens and .cxedge/limits behind.
  { name: "erase --dry-run leaves no .cxedge", code: 0, args: ["erase", "--email", "ada@example.com", "--dry-run"], says: /nothing is written/, after: wroteNothing },
  { name: "anonymize --dry-run leaves no .cxedge", code: 0, args: ["anonymize", "--matrix", "gdpr", "--dry-run"], says: /would be rejected/, after: wroteNothing },
]

refusalRound("bad input, round 28", "cxedge-bad28-", rows)

// What a review found the name check refused: a variable a loaded plugin declares, and names of other tools further
// than one slip from every cxedge name. Each command runs as it would without the variable.
test("a loaded plugin's own variable, and names more than one slip from cxedge's, are not refused", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-bad28-names-"))
  writeFileSync(join(dir, "plug.ts"), 'export default { name: "redis-tls", version: "1.0.0", env: [{ name: "CXEDGE_REDIS_TLS", description: "use TLS to redis" }] }\n')
  const envs: Record<string, string>[] = [{ CXEDGE_PLUGINS: join(dir, "plug.ts"), CXEDGE_REDIS_TLS: "1" }, { CXEDGE_REDIS_PORT: "6380", CXEDGE_API_TOKEN: "x", CXEDGE_AUDIT_DIR: "/tmp" }]
  for (const env of envs) {
    const r = await runCli(["plugins"], env, { cwd: dir })
    expect(r.stderr).not.toContain("is not a variable cxedge reads")
    expect(r.code).toBe(0)
  }
})
