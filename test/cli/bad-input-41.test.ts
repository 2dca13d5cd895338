/**
 * Bad input, round 41: the leftovers of round 40 through the refusal harness (refusal-harness.ts): an export keyed
 * with the embedded sandbox's throwaway key, file names with white space around them in every command, a time with a
 * decimal comma; then a `cxedge worker` without the audit sink its command has, against a real redis-server.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"
import { refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"
import { startWorker } from "./worker-process.ts"

const KEY = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const contacts = { "c.jsonl": '{"id":"1","email":"a@example.com"}\n' }
const THROWAWAY = /^\[warn\] --matrix analytics without CXEDGE_HMAC_KEYS pseudonymizes with the embedded sandbox's throwaway key, made afresh for each run: the same value gets another token in another run; set CXEDGE_HMAC_KEYS to keep tokens across runs$/m
const since = (value: string) => ["anonymize", "--matrix", "gdpr", "--source", "cxone", "--target", "erasure", "--since", value, "--dry-run"]

const rows: RefusalRow[] = [
  // Each run keyed its export with a key made for it, in silence: two batches of one file never joined.
  { name: "anonymize a file to an export with a keyed matrix and no CXEDGE_HMAC_KEYS is warned (was: other tokens each run, unsaid)", args: ["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "c.jsonl", "--target", "export", "--out", "o.jsonl"], files: contacts, code: 0, says: THROWAWAY },
  {
    name: "with CXEDGE_HMAC_KEYS the same export says nothing of a throwaway key",
    args: ["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", "o.jsonl"],
    files: contacts,
    env: { CXEDGE_HMAC_KEYS: KEY },
    code: 0,
    says: /^\[info\] starting job /m,
    after: (_cwd, printed) => expect(printed.output).not.toContain("throwaway"),
  },
  // Against a configured tenant there is no throwaway key: a keyed matrix without keys is refused before anything runs.
  { name: "a keyed matrix against a tenant without CXEDGE_HMAC_KEYS is refused (no throwaway key there)", args: ["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", "o.jsonl"], files: contacts, tenant: true, says: /hmac needs a secret key: set CXEDGE_HMAC_KEYS/ },
  // subject export trimmed its --out in silence, where anonymize refused it: every command's file flags now answer alike.
  { name: "subject export --out with a space before the name (was: trimmed in silence)", args: ["subject", "export", "--email", "ann@example.com", "--out", " s.json", "--by", "dpo"], says: /^\[cxedge\] --out " s\.json" has white space before the name: write "s\.json", without it$/ },
  { name: "--matrix with a space before a shipped name (was: cannot read ' gdpr', the space unseen)", args: ["anonymize", "--matrix", " gdpr", "--dry-run"], says: /^\[cxedge\] --matrix " gdpr" has white space before the name: write "gdpr", without it$/ },
  { name: "webhooks receive FILE with a space after the name (was: cannot read, the space unseen)", args: ["webhooks", "receive", "r.json "], files: { "r.json": "{}" }, says: /^\[cxedge\] FILE "r\.json " has white space after the name: write "r\.json", without it$/ },
  { name: "audit checkpoint --out=' ' (was: a file named by a space)", args: ["audit", "checkpoint", "--out= "], says: /^\[cxedge\] --out is only white space: name the file$/ },
  { name: "pii scan --file with spaces around the name", args: ["pii", "scan", "--file", " t.jsonl "], files: { "t.jsonl": '{"text":"x"}\n' }, says: /^\[cxedge\] --file " t\.jsonl " has white space around the name: write "t\.jsonl", without it$/ },
  { name: "--storage-dir with a space after the name", args: ["jobs", "--storage-dir", ".cxedge "], says: /^\[cxedge\] --storage-dir "\.cxedge " has white space after the name: write "\.cxedge", without it$/ },
  // A decimal comma (as much of Europe writes a fraction) was refused as "not a date", the comma not named.
  { name: "--since with a decimal comma says the fraction is written with a dot", args: since("2026-11-01T08:30:00,5Z"), says: /^\[cxedge\] \[flags\] --since "2026-11-01T08:30:00,5Z" is not a date: .* \(write the fraction of a second after a dot, not a comma: 2026-11-01T08:30:00\.5Z\)$/ },
  { name: "--since with a decimal comma and no zone says both", args: since("2026-11-01T08:30:00,250"), says: /\(write the fraction of a second after a dot, not a comma, and add a zone, Z \(UTC\) or an offset: e\.g\. 2026-11-01T08:30:00\.250Z\)$/ },
  // An ISO 8601 year or month (P1Y, P6M) got no hint where "1 year" and P1D got one.
  { name: "a retention policy olderThan P1Y says it is 365d (was: no hint)", args: ["retention", "report"], files: { "cxedge.config.json": JSON.stringify({ settings: { retention: { policies: [{ name: "p", matrix: "gdpr", source: "cxone", target: "erasure", olderThan: "P1Y" }] } } }) }, says: /olderThan: must be a duration such as 90d, 12h or 30min \(1min to 36500d\) \(P1Y is 365d\)$/ },
  { name: "--since P6M says it is 180d (was: no hint)", args: since("P6M"), says: /^\[cxedge\] \[flags\] --since "P6M" is not a date: .* \(P6M is 180d\)$/ },
  { name: "--since with a decimal comma and a space for the T says both", args: since("2026-11-01 08:30:00,5+01:00"), says: /\(write the fraction of a second after a dot, not a comma, and write a T between the date and the time: 2026-11-01T08:30:00\.5\+01:00\)$/ },
]

refusalRound("bad input, round 41", "cxedge-bad41-", rows)

const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  dir = tempDir("cxedge-bad41w-")
  writeFileSync(join(dir, "c.jsonl"), [1, 2, 3].map((i) => JSON.stringify({ id: String(i), email: `p${i}@example.com` })).join("\n") + "\n")
  mkdirSync(join(dir, "w"))
  if (noRedis) return
  redis = await startRedis()
  env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_HMAC_KEYS: KEY }
}, 30_000)
afterAll(async () => {
  await redis?.stop()
})

/** A `cxedge worker` in `dir/w` with these plugins; its standard error read as it comes. */
function worker(plugins: string) {
  return startWorker(join(dir, "w"), { ...env, CXEDGE_PLUGINS: plugins })
}

describe.skipIf(noRedis)("bad input, round 41: a worker without the audit sink", () => {
  test("a worker without audit-kv refuses the partition at once, and the command says why (was: run, its contacts left out of the audit log)", async () => {
    const w = worker("anonymize")
    try {
      const r = await runCli(["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", "a.jsonl", "--job", "r41a", "--workers", "redis"], { ...env, CXEDGE_PLUGINS: "anonymize,audit-kv" }, { cwd: dir, timeoutMs: 60_000 })
      expect(r.code).toBe(1)
      expect(r.stderr).toContain("[warn] partition r41a.part-0000 was refused by a worker: job r41a needs the plugin audit-kv (the audit sink), which this worker does not load: load it in every cxedge worker as the command does (CXEDGE_PLUGINS or the config file's plugins)")
      expect(w.said().match(/task r41a\.part-0000 \(anonymize\.partition\) failed/g)).toHaveLength(1)
      expect(readdirSync(dir).filter((f) => f.startsWith("a."))).toEqual([])
    } finally {
      w.proc.kill()
      await w.proc.exited
    }
  }, 90_000)
})
