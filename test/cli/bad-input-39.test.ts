/**
 * Bad input, round 39: the pii plugin's lists (settings.pii and a scrub rule's params) and a scrub rule's mode params,
 * through the refusal harness (refusal-harness.ts); then a job split with `--workers redis`, run by `cxedge worker`
 * processes that are not set up as the command is (another working directory, other keys), against a real
 * redis-server. Each mistake must be refused, or made harmless, before anything a user would take for output is written.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"
import { json, refusalRound, type RefusalRow } from "./refusal-harness.ts"
import { startWorker } from "./worker-process.ts"

/** `pii redact --file t.txt` with `settings.pii` in cxedge.config.json. */
const piiRow = (name: string, pii: Record<string, unknown>, says: RegExp, code = 2): RefusalRow => ({
  name,
  args: ["pii", "redact", "--file", "t.txt"],
  files: { "cxedge.config.json": json({ settings: { pii } }), "t.txt": "a cat, mail ann@example.com\n" },
  code,
  says,
})

/** A dry run of a one-rule scrub matrix with these params. */
const scrubRow = (name: string, params: Record<string, unknown>, says: RegExp): RefusalRow => ({
  name,
  args: ["anonymize", "--matrix", "m.json", "--target", "erasure", "--since", "7d", "--dry-run"],
  files: { "m.json": json({ name: "r39", fields: [{ path: "notes", transform: "scrub", params }] }) },
  says,
})

const rows: RefusalRow[] = [
  // A denied value inside an address won over it: "<DENY> c<DENY>t, m<DENY>il <DENY>nn@ex<DENY>mple.com", the
  // address's pieces written in clear, no longer an address the re-scan or the residual check could find.
  piiRow("settings.pii.deny of two letters inside an address (was: the address cut up and left in clear)", { deny: ["xa"] }, /^a cat, mail <DENY>$/m, 0),
  // One letter was replaced inside every word (`<DENY> c<DENY>t, m<DENY>il …`): refused since stop 67.
  piiRow("settings.pii.deny of one letter (was: replaced inside every word)", { deny: ["a"] }, /settings\.pii\.deny: must list values of two characters or more/),
  piiRow("settings.pii.deny across an address's start takes the address in (was: its domain left in clear)", { deny: ["mail ann"] }, /^a cat, <DENY>$/m, 0),
  piiRow("settings.pii.allow and deny of one address (was: denied, in silence)", { allow: ["ann@example.com"], deny: ["ANN@example.com"] }, /^\[cxedge\] \[pii\] cxedge\.config\.json: invalid setting settings\.pii\.deny: \[0\] is also allow\[0\]: a value is either always replaced \(deny\) or never \(allow\); remove it from one list$/),
  piiRow("settings.pii.entities with EMAIL twice (was taken)", { entities: ["EMAIL", "PHONE", "EMAIL"] }, /settings\.pii\.entities: \[2\] repeats \[0\]: an entity type is listed once$/),
  piiRow("settings.pii.regions GB and 44, one region twice (was taken)", { regions: ["GB", "44"] }, /settings\.pii\.regions: \[1\] repeats \[0\]: a region \(by its code or its calling code\) is listed once$/),
  piiRow("settings.pii.allow with a number twice: named by position, not quoted", { allow: ["+44 20 7946 0000", "+44 20 7946 0000 "] }, /settings\.pii\.allow: \[1\] repeats \[0\]: a value is listed once$/),
  // A param only another mode reads was dropped in silence: the rule ran with tags, or the default key.
  scrubRow("scrub maskChar with the default mode, tag (was dropped)", { maskChar: "#" }, /fields\[0\] \(notes\) params\.maskChar: is read by mode mask only, and this rule's mode is tag: remove maskChar, or set "mode": "mask"$/),
  scrubRow("scrub keyId with mode mask (was dropped)", { mode: "mask", keyId: "k2" }, /fields\[0\] \(notes\) params\.keyId: is read by mode hmac only, and this rule's mode is mask: remove keyId, or set "mode": "hmac"$/),
  scrubRow("scrub bytes with mode indexed (was dropped)", { mode: "indexed", bytes: 8 }, /fields\[0\] \(notes\) params\.bytes: is read by mode hmac only/),
  scrubRow("scrub allow and deny of one value (was: denied)", { allow: ["+44 20 7946 0000"], deny: ["+44 20 7946 0000"] }, /fields\[0\] \(notes\) params\.deny: \[0\] is also allow\[0\]/),
  // A tenant's variable without the ones that configure a tenant: the command ran against the embedded sandbox.
  { name: "CXEDGE_CLIENT_ID without CXEDGE_ISSUER (was ignored, the embedded sandbox used)", args: ["tenant", "whoami"], env: { CXEDGE_CLIENT_ID: "cxedge-app" }, says: /^\[cxedge\] \[config\] CXEDGE_CLIENT_ID is set, but no tenant is configured, so it would be ignored and the embedded sandbox used: set CXEDGE_ISSUER and CXEDGE_ACCESS_KEY_ID \(or the config file's tenant\) too, or unset CXEDGE_CLIENT_ID \(--sandbox uses the sandbox whatever is set\)$/ },
  { name: "CXEDGE_ACCESS_KEY_SECRET alone: named, its value not shown", args: ["tenant", "whoami"], env: { CXEDGE_ACCESS_KEY_SECRET: "s3cr3t-value" }, says: /^\[cxedge\] \[config\] CXEDGE_ACCESS_KEY_SECRET is set, but no tenant is configured/, after: (_, p) => expect(p.output).not.toContain("s3cr3t-value") },
  { name: "CXEDGE_DFO_URL alone, on a write", args: ["erase", "--email", "ann@example.com", "--dry-run"], env: { CXEDGE_DFO_URL: "https://dfo.example.com" }, says: /^\[cxedge\] \[config\] CXEDGE_DFO_URL is set, but no tenant is configured/ },
  // cxedge reads no package.json key (README, Configuration), and said nothing of one.
  { name: "package.json with a cxedge key (was ignored)", args: ["tenant", "whoami"], files: { "package.json": json({ name: "ops", cxedge: { limits: { rps: 2 } } }) }, says: /^\[cxedge\] \[config\] package\.json has a "cxedge" key, which cxedge does not read, so it would be ignored: move what it holds into cxedge\.config\.json, or name a config file with --config$/ },
  // An index beyond any list's was read as a rounded number, matching nothing: the field under it left as it was.
  { name: "matrix path with an index of 20 digits (was valid, and matched nothing)", args: ["anonymize", "--matrix", "m.json", "--target", "erasure", "--since", "7d", "--dry-run"], files: { "m.json": json({ name: "r39", fields: [{ path: "phones[99999999999999999999]", transform: "redact" }] }) }, says: /field path "phones\[99999999999999999999\]" has an index beyond any list's \(the last index a list can hold is 4294967294\): check the number, or use \[\*\] for every item/ },
  { name: "pii scan --field with an index of 20 digits (was: every line 'no field')", args: ["pii", "scan", "--file", "i.jsonl", "--field", "items[99999999999999999999]", "--json"], files: { "i.jsonl": '{"id":"1","items":["a"]}\n' }, says: /^\[cxedge\] \[pii\] --field "items\[99999999999999999999\]" has an index beyond any list's/ },
  { name: "pii redact --field items[01] (was read as items[1])", args: ["pii", "redact", "--file", "i.jsonl", "--field", "items[01]"], files: { "i.jsonl": '{"id":"1","items":["a","ann@example.com"]}\n' }, says: /^\[cxedge\] \[pii\] --field "items\[01\]" has an index with a leading zero: write it without \(items\[1\]\)$/ },
  // A key id with no key ring: "not among the configured keys" of a ring never set (the sandbox's own), or accepted.
  { name: "CXEDGE_HMAC_KEY_ID without CXEDGE_HMAC_KEYS, on the sandbox", args: ["tenant", "whoami"], env: { CXEDGE_HMAC_KEY_ID: "k1" }, says: /^\[cxedge\] \[keys\] CXEDGE_HMAC_KEY_ID is set, but CXEDGE_HMAC_KEYS is not: set the key ring it picks a key from \(id:base64,\.\.\.\), or unset CXEDGE_HMAC_KEY_ID$/ },
  { name: "CXEDGE_HMAC_KEY_ID without CXEDGE_HMAC_KEYS, on a tenant (was accepted)", tenant: true, args: ["tenant", "whoami"], env: { CXEDGE_HMAC_KEY_ID: "k1" }, says: /^\[cxedge\] \[keys\] CXEDGE_HMAC_KEY_ID is set, but CXEDGE_HMAC_KEYS is not/ },
  { name: "CXEDGE_HMAC_KEY_ID naming no key says the ids there are", args: ["tenant", "whoami"], env: { CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`, CXEDGE_HMAC_KEY_ID: "k2" }, says: /^\[cxedge\] \[keys\] current key id "k2" is not among the configured keys \(k1\): fix CXEDGE_HMAC_KEY_ID$/ },
  // A draft rule naming __proto__ (or a key no path can spell) made matrix validate refuse the whole draft.
  {
    name: "pii scan --suggest over a __proto__ key and a key with a space (was a draft that does not validate)",
    args: ["pii", "scan", "--file", "p.jsonl", "--suggest"],
    files: { "p.jsonl": '{"id":"1","__proto__":{"email":"ann@example.com"},"email":"bo@example.com"}\n{"id":"2","first name":"mail cy@example.com"}\n' },
    code: 1,
    says: /^\[warn\] 2 field path\(s\) holding PII cannot be named in a matrix and are left out of the draft: __proto__\.email, first name \(a key that holds personal data, shown as the types found in it, a key named __proto__, constructor or prototype, or one a path cannot spell\): rename the field at its source, or drop it there$/m,
    after: (_, p) => expect((JSON.parse(p.stdout) as { fields: { path: string }[] }).fields.map((f) => f.path)).toEqual(["email"]),
  },
  // A field of numbers was "3 records scanned; PII found at 0 field paths", exit 0: as if it held text and no PII.
  { name: "pii scan --source cxone --field skillId, a number in every record (was: clean, exit 0)", args: ["pii", "scan", "--source", "cxone", "--since", "30d", "--field", "skillId", "--limit", "3"], code: 1, says: /^\[warn\] --field skillId holds no text in any record of --source cxone \(numbers, true\/false or null only\): nothing was scanned; name a text field \(e\.g\. notes\), or drop --field to scan every field$/m },
  scrubRow("scrub entities with PHONE twice", { entities: ["PHONE", "PHONE"] }, /fields\[0\] \(notes\) params\.entities: \[1\] repeats \[0\]: an entity type is listed once/),
]

refusalRound("bad input, round 39", "cxedge-bad39-", rows)

const noRedis = redisSkipped()
const key = (text: string) => `k1:${Buffer.from(text).toString("base64")}`
const KEY_A = key("0123456789abcdef0123456789abcdef")
const KEY_B = key("fedcba9876543210fedcba9876543210")
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-bad39w-"))
  writeFileSync(join(dir, "c.jsonl"), [1, 2, 3].map((i) => JSON.stringify({ id: String(i), email: `p${i}@example.com`, notes: "x" })).join("\n") + "\n")
  mkdirSync(join(dir, "w"))
  if (noRedis) return
  redis = await startRedis()
  env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize" }
}, 30_000)
afterAll(async () => {
  await redis?.stop()
  rmSync(dir, { recursive: true, force: true })
})

/** A `cxedge worker` in `cwd`; its standard error read as it comes. */
function worker(cwd: string, extra: Record<string, string>) {
  return startWorker(cwd, { ...env, ...extra })
}

describe.skipIf(noRedis)("bad input, round 39: --workers redis and cxedge worker set up otherwise than the command", () => {
  test("--workers redis on the embedded sandbox's throwaway key (each worker pseudonymized with a key of its own)", async () => {
    const r = await runCli(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "c.jsonl", "--out", "o.jsonl", "--workers", "redis"], env, { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("[cxedge] [anonymize] --workers redis runs the job in other processes, and the embedded sandbox's throwaway key is made afresh in each, so each partition would get other pseudonyms: set the same CXEDGE_HMAC_KEYS for this command and every cxedge worker")
    expect(readdirSync(dir).filter((f) => f.startsWith("o."))).toEqual([])
  })

  test("relative --file and --out, the worker in another directory (was ENOENT there, and an empty part written beside it)", async () => {
    const w = worker(join(dir, "w"), { CXEDGE_HMAC_KEYS: KEY_A })
    try {
      const r = await runCli(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "c.jsonl", "--out", "rel.jsonl", "--workers", "redis", "--job", "rel1"], { ...env, CXEDGE_HMAC_KEYS: KEY_A }, { cwd: dir, timeoutMs: 60_000 })
      expect(r.code).toBe(0)
      expect(readFileSync(join(dir, "rel.part-0000.jsonl"), "utf8").trim().split("\n")).toHaveLength(3)
      expect(readdirSync(join(dir, "w"))).toEqual([])
      expect(w.said()).not.toContain("ENOENT")
    } finally {
      w.proc.kill()
      await w.proc.exited
    }
  }, 90_000)

  test("a worker with another key under the command's key id (was: other pseudonyms in its partitions, exit 0)", async () => {
    const w = worker(join(dir, "w"), { CXEDGE_HMAC_KEYS: KEY_B })
    const job = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", join(dir, "c.jsonl"), "--out", join(dir, "keys.jsonl"), "--workers", "redis", "--job", "keys1"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...env, CXEDGE_HMAC_KEYS: KEY_A },
      stdout: "ignore",
      stderr: "ignore",
    })
    try {
      for (let i = 0; i < 100 && !w.said().includes("keys1.part-0000"); i++) await Bun.sleep(200)
      expect(w.said()).toContain("this worker's keys (CXEDGE_HMAC_KEYS, CXEDGE_HMAC_KEY_ID) are not the ones job keys1 was started with (key k1 is missing or differs)")
      expect(w.said()).not.toContain(KEY_B.slice(3))
      const part = join(dir, "keys.part-0000.jsonl")
      expect(existsSync(part) ? readFileSync(part, "utf8") : "").toBe("")
    } finally {
      job.kill()
      w.proc.kill()
      await Promise.all([job.exited, w.proc.exited])
    }
  }, 60_000)
})

describe.skipIf(noRedis)("bad input, round 39: a worker configured for another tenant than the command", () => {
  test("a cxone job's partitions on a worker of another tenant (was: that tenant's contacts read for the window)", async () => {
    const sandbox = await createSandbox({ contacts: 12 })
    const served = serveSandbox(sandbox)
    // The worker has no tenant configured: it would read the embedded sandbox's contacts, not the served tenant's.
    const w = worker(join(dir, "w"), { CXEDGE_HMAC_KEYS: KEY_A })
    const job = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "anonymize", "--matrix", "analytics", "--source", "cxone", "--since", "30d", "--target", "export", "--workers", "redis", "--job", "tenant1"], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...sandboxEnv(sandbox, served.origin), ...env, CXEDGE_HMAC_KEYS: KEY_A },
      stdout: "ignore",
      stderr: "ignore",
    })
    try {
      for (let i = 0; i < 100 && !w.said().includes("tenant1.part-0000"); i++) await Bun.sleep(200)
      expect(w.said()).toContain("this worker is configured for another tenant than the one job tenant1 was started against (CXEDGE_ISSUER, CXEDGE_TENANT_ID, CXEDGE_RECORDS_URL or the config file's tenant differ): give every cxedge worker the command's tenant configuration")
    } finally {
      job.kill()
      w.proc.kill()
      await Promise.all([job.exited, w.proc.exited])
      served.stop()
    }
  }, 60_000)
})

describe("bad input, round 39: one very long line", () => {
  // Each number's checks read back to the start of its line: on a text of one long line that was back to the text's
  // start, once per number, so a 5.4 MB line took 45 s of CPU to scrub where the same text in lines took 4 s.
  test("a text of one long line costs about what the same text in lines costs (was 9 times as much at 3.6 MB)", async () => {
    const { createAnalyzer } = await import("../../plugins/pii/index.ts")
    const analyzer = createAnalyzer({})
    const sentence = "call ann@example.com or 020 7946 0958 today."
    const cpu = (text: string) => {
      const before = process.cpuUsage()
      const found = analyzer.analyze(text).length
      const used = process.cpuUsage(before)
      return { found, ms: (used.user + used.system) / 1000 }
    }
    cpu(`${sentence} `.repeat(2000)) // warm
    const lines = cpu(`${sentence}\n`.repeat(80_000))
    const line = cpu(`${sentence} `.repeat(80_000))
    expect(line.found).toBe(lines.found)
    expect(line.ms).toBeLessThan(lines.ms * 3)
  }, 120_000)
})
