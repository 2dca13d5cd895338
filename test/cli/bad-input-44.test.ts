/**
 * Bad input, round 44: the config file with wrong values and the audit log verified after it was cut, reordered or
 * edited. A section of the wrong type was "not an object: fix the file", with no word of the object meant; a plugin
 * module that threw at load had its message quoted (a module's words, which may hold a secret it read); and a log
 * with a record deleted or moved was "record 5 is missing" or "out of place", with no word of the file and line.
 */
import { beforeAll, describe, expect, test } from "bun:test"
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { ROOT, runCli } from "../helpers.ts"
import { json, refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"

const config = (value: unknown) => ({ "cxedge.config.json": json(value) })
// The encrypt transform's vector for ada.okafor@example.com under testing/transform.ts's TEST_KEYS (k1 is "a" x 43).
const TOKEN = "enc_k1_qAfkgKxj_HeLY_q6PbqeJbYkeHteBpg4HNPTKAtKk-mFjFHZi8T8w8rpqCXDxRGHOpA"
const TEST_HMAC_KEYS = `k1:${"a".repeat(43)}`
// A ring without k1: the job below makes its log with it, and the token above is of a key not in it.
// A refused decrypt is audited (test/cli/decrypt-strict.test.ts): on the sandbox's memory storage, nothing is left here.
const AUDIT_IN_MEMORY = { CXEDGE_STORAGE: "memory", CXEDGE_STORAGE_DIR: "" }
const KEYS = `k9:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`

const rows: RefusalRow[] = [
  { name: "tenant as a string says the object meant (was: 'fix the file')", args: ["jobs"], files: config({ tenant: "acme" }), says: /^\[cxedge\] \[config\] cxedge\.config\.json: tenant is a string, not an object: write it as "tenant": \{ "issuer": "https:\/\/\.\.\.", "tenantId": "\.\.\." \}$/ },
  { name: "storage as a driver's name says to write it as the driver", args: ["jobs"], files: config({ storage: "fs" }), says: /: storage is a string, not an object: write it as "storage": \{ "driver": "fs" \}$/ },
  { name: "settings as a list says the object meant", args: ["jobs"], files: config({ settings: [] }), says: /: settings is an array, not an object: write it as "settings": \{ "<plugin name>": \{ \.\.\. \} \}$/ },
  { name: "limits as a number says the object meant", args: ["jobs"], files: config({ limits: 10 }), says: /: limits is a number, not an object: write it as "limits": \{ "rps": 10 \}$/ },
  { name: "retry as a switch says the object meant", args: ["jobs"], files: config({ retry: true }), says: /: retry is a boolean, not an object: write it as "retry": \{ "retries": 3 \}$/ },
  { name: "breaker as a word says the object meant", args: ["jobs"], files: config({ breaker: "on" }), says: /: breaker is a string, not an object: write it as "breaker": \{ "failureRatio": 0\.5 \}$/ },
  {
    name: "a plugin module that throws at load: its message is not quoted (was: shown, a secret with it)",
    args: ["jobs"],
    files: { ...config({ plugins: ["tenant", "./p.mjs"] }), "p.mjs": 'throw new Error("CXEDGE_KEY sk_live_Zq81 is not valid")\n' },
    says: /^\[cxedge\] \[runtime\] plugin module "\.\/p\.mjs" threw Error when loaded \(its message is not shown: it may quote a secret\): fix the module$/,
    after: (_, printed) => expect(printed.output).not.toContain("sk_live_Zq81"),
  },
  { name: "a plugin module that is not valid code still says where the parser stopped", args: ["jobs"], files: { ...config({ plugins: ["tenant", "./p.mjs"] }), "p.mjs": "export default {\n" }, says: /^\[cxedge\] \[runtime\] plugin module "\.\/p\.mjs" is not valid code \(.+\): fix the module$/ },
  // A skill id of 0 was "--skill must be a skill id (a positive integer)"; a script id of 0 "must be ... (digits)".
  { name: "scripts start --skill 0 says the value and what to give", args: ["scripts", "start", "--skill", "0", "--script-id", "7"], says: /^\[cxedge\] \[scripts\] --skill "0" is not a skill id: give the skill's number, a positive whole number \(e\.g\. --skill 4101\)$/ },
  { name: "scripts start --script-id 0 says what a script's number is", tenant: true, args: ["scripts", "start", "--skill", "4101", "--script-id", "0"], says: /^\[cxedge\] \[scripts\] --script-id "0" is not a script's number: it is a whole number from 1, written without a sign or a leading 0 \(e\.g\. --script-id 9876\); or name the script by its path with --script-path$/ },
  { name: "scripts start --script-id=-5, the same", tenant: true, args: ["scripts", "start", "--skill", "4101", "--script-id=-5"], says: /--script-id "-5" is not a script's number/ },
  { name: "transcript send --contact 12.5 says what to give (was: no word of it)", tenant: true, args: ["transcript", "send", "--contact", "12.5", "--to", "dpo@example.com"], says: /^\[cxedge\] \[transcript\] --contact must be the DFO contact number \(digits, not 0\): give the case number DFO shows for the contact, e\.g\. --contact 123456$/ },
  // A token cut short past the length check was "altered or made with another key"; a token of a key not here was
  // "cannot be decrypted here", with no word of what would do. Both exit 2: a bad value, as the README's exit-code table has it (they were 1).
  { name: "decrypt of a token cut short says so and what to do", args: ["decrypt", TOKEN.slice(0, 60)], env: { CXEDGE_HMAC_KEYS: TEST_HMAC_KEYS, ...AUDIT_IN_MEMORY }, says: /\[cxedge\] \[decrypt\] the token does not verify under key "k1": it was cut short or altered when copied, or made with another key of that id: copy the whole token again, or decrypt where the key that made it is set$/m },
  { name: "decrypt of a token of another key id names the ids here and what to do", args: ["decrypt", TOKEN], env: { CXEDGE_HMAC_KEYS: KEYS, ...AUDIT_IN_MEMORY }, says: /\[cxedge\] \[decrypt\] key "k1" is not in CXEDGE_HMAC_KEYS \(its keys here: k9\): the token cannot be decrypted here; decrypt where that key is set, or add it to CXEDGE_HMAC_KEYS$/m },
  // A flag no command takes was "unknown flag --format" alone: no word of what to do.
  { name: "transcript send --format says where the flags are (was: 'unknown flag --format' alone)", args: ["transcript", "send", "--contact", "123456", "--to", "dpo@example.com", "--format", "pdf"], says: /^\[cxedge\] unknown flag --format for cxedge transcript send: no cxedge command takes it \(see cxedge transcript send --help for this command's flags\)$/ },
]

refusalRound("bad input, round 44", "cxedge-bad44-", rows)

// One log made by a real job; each case verifies a copy with one change to its day file.
const ENV = { CXEDGE_STORAGE: "memory", CXEDGE_HMAC_KEYS: KEYS }
let made = ""
let day = ""

beforeAll(async () => {
  made = tempDir("cxedge-bad44-audit-")
  writeFileSync(join(made, "cxedge.config.json"), json({ plugins: ["tenant", "anonymize", "audit-file"], settings: { "audit-file": { dir: "audit-log" } } }))
  const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", "x.jsonl"], ENV, { cwd: made })
  expect(job.code).toBe(0)
  day = readdirSync(join(made, "audit-log")).find((f) => /^audit-\d{4}-\d{2}-\d{2}\.jsonl$/.test(f))!
}, 60_000)

/** Verifies a copy of the log whose day file's lines went through `change`; returns the exit code and what was printed. */
async function verifyChanged(change: (lines: string[]) => string[]) {
  const dir = tempDir("cxedge-bad44-audit-")
  cpSync(made, dir, { recursive: true })
  const path = join(dir, "audit-log", day)
  const lines = readFileSync(path, "utf8").split("\n").filter(Boolean)
  writeFileSync(path, change(lines).join("\n") + "\n")
  const r = await runCli(["audit", "verify"], ENV, { cwd: dir })
  return { code: r.code, output: r.stdout + r.stderr, at: (line: number) => `audit-log/${day} line ${line}` }
}

describe("audit verify of a log cut, reordered or edited names the file and line", () => {
  test("a record deleted in the middle: the line where the gap is (was: only 'record 5 is missing')", async () => {
    const r = await verifyChanged((lines) => lines.filter((_, i) => i !== 4))
    expect(r.code).toBe(1)
    expect(r.output).toContain(`chain file: record 5 (deleted) at ${r.at(5)}: record 5 is missing: record 6 comes right after record 4`)
  }, 30_000)

  test("the first record deleted: the next comes first", async () => {
    const r = await verifyChanged((lines) => lines.slice(1))
    expect(r.code).toBe(1)
    expect(r.output).toContain(`chain file: record 1 (deleted) at ${r.at(1)}: record 1 is missing: record 2 comes first`)
  }, 30_000)

  test("two records swapped: the line where the one out of place is (was: only 'out of place')", async () => {
    const r = await verifyChanged((lines) => [...lines.slice(0, 3), lines[4]!, lines[3]!, ...lines.slice(5)])
    expect(r.code).toBe(1)
    expect(r.output).toContain(`chain file: record 4 (reordered) at ${r.at(5)}: record 4 is out of place: it comes after record 5, not after record 3`)
  }, 30_000)

  test("a record moved further down: the record it now follows", async () => {
    const r = await verifyChanged((lines) => [...lines.slice(0, 2), ...lines.slice(3, 10), lines[2]!, ...lines.slice(10)])
    expect(r.code).toBe(1)
    expect(r.output).toContain(`chain file: record 3 (reordered) at ${r.at(10)}: record 3 is out of place: it comes after record 10, not after record 2`)
  }, 30_000)

  test("the last records cut off: the line the chain now ends at", async () => {
    let kept = 0
    const r = await verifyChanged((lines) => {
      kept = lines.length - 2
      return lines.slice(0, kept)
    })
    expect(r.code).toBe(1)
    expect(r.output).toContain(`the chain ends at ${kept} (its last record at ${r.at(kept)}) but its head says`)
  }, 30_000)

  test("an edited record is still named by its line", async () => {
    const r = await verifyChanged((lines) => lines.map((l, i) => (i === 6 ? l.replace('"outcome":"ok"', '"outcome":"error"') : l)))
    expect(r.code).toBe(1)
    expect(r.output).toContain(`chain file: record 7 (edited) at ${r.at(7)}: record 7 does not match its hash`)
  }, 30_000)
})
