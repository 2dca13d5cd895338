/**
 * Bad input, round 40: a date-time finer than a millisecond, through the refusal harness (refusal-harness.ts); the
 * same legal hold placed twice; then a job split with `--workers redis`, resumed from a run without it and run by a
 * `cxedge worker` that lacks a plugin the command has, against a real redis-server.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import Redis from "ioredis"
import { runCli } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"
import { json, refusalRound, tempDir, type RefusalRow } from "./refusal-harness.ts"
import { startWorker } from "./worker-process.ts"

const KEY = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
/** A dry run of an erasure over the cxone source from `since`. */
const sinceRow = (name: string, since: string, says: RegExp, code = 2): RefusalRow => ({
  name,
  args: ["anonymize", "--matrix", "gdpr", "--source", "cxone", "--target", "erasure", "--since", since, "--dry-run"],
  code,
  says,
})

const rows: RefusalRow[] = [
  // Read to the millisecond in silence: the window started at .123, or at .999 for a time written .999999.
  sinceRow("--since with seven digits after the seconds (was cut to .123)", "2026-11-01T08:30:00.1234567Z", /^\[cxedge\] \[flags\] --since "2026-11-01T08:30:00\.1234567Z" is finer than a millisecond, and a time is read to the millisecond: write at most three digits after the seconds \(2026-11-01T08:30:00\.123Z\)$/),
  sinceRow("--since .999999 with an offset (was cut to .999)", "2026-11-01T08:30:00.999999+02:00", /is finer than a millisecond.*\(2026-11-01T08:30:00\.999\+02:00\)$/),
  { name: "pii scan --until with a microsecond (was cut)", args: ["pii", "scan", "--source", "cxone", "--since", "30d", "--until", "2026-11-30T00:00:00.000001Z"], says: /^\[cxedge\] \[flags\] --until "2026-11-30T00:00:00\.000001Z" is finer than a millisecond/ },
  // The export went to a file named " o.jsonl" (or " "), beside the o.jsonl looked for; subject export trims it.
  { name: "anonymize --out with a space before the name (was: the file ' o.jsonl' written)", args: ["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", " o.jsonl"], files: { "c.jsonl": '{"id":"1","email":"a@example.com"}\n' }, says: /^\[cxedge\] --out " o\.jsonl" has white space before the name: write "o\.jsonl", without it$/ },
  { name: "anonymize --out of a space (was: a file named ' ' written)", args: ["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", " "], files: { "c.jsonl": '{"id":"1","email":"a@example.com"}\n' }, says: /^\[cxedge\] --out is only white space: name the file$/ },
  { name: "anonymize --file with a space after the name (was: cannot read, the space unseen)", args: ["anonymize", "--matrix", "analytics", "--file", "c.jsonl ", "--out", "o.jsonl"], files: { "c.jsonl": '{"id":"1","email":"a@example.com"}\n' }, says: /--file "c\.jsonl " has white space after the name: write "c\.jsonl", without it$/ },
  // Each run pseudonymized with a key of its own, in silence: two batches of one file got tokens that never joined.
  { name: "pii redact --mode hmac without CXEDGE_HMAC_KEYS is warned (was: another token for the same value each run, unsaid)", args: ["pii", "redact", "--file", "t.txt", "--mode", "hmac"], files: { "t.txt": "call ann@example.com\n" }, code: 0, says: /^\[warn\] --mode hmac without CXEDGE_HMAC_KEYS pseudonymizes with the embedded sandbox's throwaway key, made afresh for each run: the same value gets another token in another run; set CXEDGE_HMAC_KEYS to keep tokens across runs$/m },
  // Zeros past the third digit change nothing: still taken.
  sinceRow("--since .123000 (the same millisecond: taken)", "2026-11-01T08:30:00.123000Z", /window: 2026-11-01T08:30:00\.123Z \.\./, 0),
]

refusalRound("bad input, round 40", "cxedge-bad40-", rows)

describe("bad input, round 40: the same legal hold placed twice", () => {
  const dir = tempDir("cxedge-bad40h-")
  const env = { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, ".cxedge"), CXEDGE_HMAC_KEYS: KEY }
  const hold = (...args: string[]) => runCli(["hold", ...args], env, { cwd: dir })
  const holds = async () => JSON.parse((await hold("list", "--json")).stdout) as { id: string; reason: string; until: string }[]

  test("the same subject for the same reason again is that hold, said so (was: a second hold, which a release of the first left holding)", async () => {
    const first = await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 40")
    expect(first.code).toBe(0)
    const id = /^hold (hold_\w+) added: /.exec(first.stdout)?.[1]
    expect(id).toBeDefined()
    // Written otherwise (case, spacing), the same address and the same matter.
    const again = await hold("add", "--subject-email", "Ann@Example.com", "--reason", "lh  40")
    expect(again.code).toBe(0)
    expect(again.stdout).toStartWith(`hold ${id} already holds email sub_k1_`)
    expect(again.stdout).toEndWith(", until released, for this reason: nothing added\n")
    expect(again.stdout).not.toContain("ann@")
    expect((await holds()).map((h) => h.id)).toEqual([id!])
  }, 30_000)

  test("the same hold with an earlier end is refused, naming the hold (exit 2), and nothing is added", async () => {
    const r = await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 40", "--until", "2099-01-01")
    expect(r.code).toBe(2)
    const id = (await holds())[0]!.id
    expect(r.stderr).toContain(`[cxedge] [hold] hold ${id} already holds this subject (email) for this reason, until released, past the end asked: to end it sooner, release hold ${id} when the matter ends; to hold it for another matter, give that matter's reason`)
    expect(await holds()).toHaveLength(1)
  }, 30_000)

  test("another matter's reason is another hold; a released hold holds nothing, so adding it again adds one", async () => {
    expect((await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 41")).code).toBe(0)
    const [first] = await holds()
    expect((await hold("release", first!.id)).code).toBe(0)
    const again = await hold("add", "--subject-email", "ann@example.com", "--reason", "LH 40")
    expect(again.stdout).toContain(" added: ")
    expect((await holds()).map((h) => h.reason)).toEqual(["LH 40", "LH 41", "LH 40"])
  }, 30_000)

  test("a contact held twice for one reason: one hold, the second answer marked existing", async () => {
    const a = await hold("add", "--contact", "600042000003", "--reason", "LH 42", "--json")
    const b = await hold("add", "--contact", "600042000003", "--reason", "LH 42", "--json")
    expect([a.code, b.code]).toEqual([0, 0])
    expect(JSON.parse(b.stdout)).toMatchObject({ id: JSON.parse(a.stdout).id, existing: true })
    expect((await holds()).filter((h) => h.reason === "LH 42")).toHaveLength(1)
  }, 30_000)

  test("the same hold lengthened (until released over an end) is added beside it, so it is never unheld (was: refused, 'release it and add it again', an erasure between went through)", async () => {
    const short = await hold("add", "--subject-email", "bo@example.com", "--reason", "LH 43", "--until", "2099-01-01")
    const id = /^hold (hold_\w+) added: /.exec(short.stdout)?.[1]
    const longer = await hold("add", "--subject-email", "bo@example.com", "--reason", "LH 43")
    expect(longer.code).toBe(0)
    expect(longer.stdout).toMatch(/^hold hold_\w+ added: email sub_k1_\S+, until released\n$/)
    expect(longer.stderr).toContain(`hold ${id} holds it too for this reason, until 2099-01-01T00:00:00.000Z: release it if this hold replaces it`)
    expect((await holds()).filter((h) => h.reason === "LH 43").map((h) => h.until)).toEqual(["2099-01-01T00:00:00.000Z", ""])
  }, 30_000)
})

const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  dir = tempDir("cxedge-bad40w-")
  writeFileSync(join(dir, "c.jsonl"), [1, 2, 3].map((i) => JSON.stringify({ id: String(i), email: `p${i}@example.com`, notes: `call p${i}@example.com` })).join("\n") + "\n")
  writeFileSync(join(dir, "scrub.json"), json({ name: "r40", target: "export", fields: [{ path: "notes", transform: "scrub" }, { path: "email", transform: "nullify" }] }))
  mkdirSync(join(dir, "w"))
  if (noRedis) return
  redis = await startRedis()
  env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_HMAC_KEYS: KEY }
}, 30_000)
afterAll(async () => {
  await redis?.stop()
})

/** A `cxedge worker` in `dir/w`; its standard error read as it comes. */
function worker(extra: Record<string, string> = {}) {
  return startWorker(join(dir, "w"), { ...env, ...extra })
}

/** A job's stored record set back to running, as a run interrupted after its last contact leaves it. */
async function interrupted(job: string) {
  const client = new Redis(redis.url)
  try {
    const meta = JSON.parse((await client.get(`cxedge:jobs:${job}`))!)
    await client.set(`cxedge:jobs:${job}`, JSON.stringify({ ...meta, state: "running", finishedAt: undefined, summary: undefined, totals: undefined }))
  } finally {
    client.disconnect()
  }
}

describe.skipIf(noRedis)("bad input, round 40: --workers redis", () => {
  test("a job started without --workers from a relative --file, resumed with --workers redis (was: --file does not match)", async () => {
    const started = await runCli(["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", "a.jsonl", "--job", "r40a"], env, { cwd: dir })
    expect(started.code).toBe(0)
    await interrupted("r40a")
    const w = worker()
    try {
      const r = await runCli(["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", "a.jsonl", "--job", "r40a", "--workers", "redis"], env, { cwd: dir, timeoutMs: 60_000 })
      expect(r.stderr).not.toContain("does not match")
      expect(r.code).toBe(0)
      // The worker, in another directory, read and wrote the command's files: the stored paths were made absolute.
      expect(readFileSync(join(dir, "a.part-0000.jsonl"), "utf8").trim().split("\n")).toHaveLength(3)
      expect(readdirSync(join(dir, "w"))).toEqual([])
      expect(w.said()).not.toContain("ENOENT")
      // Another file under the job's name is still refused.
      const other = await runCli(["anonymize", "--matrix", "analytics", "--file", "a.jsonl", "--job", "r40a", "--workers", "redis"], env, { cwd: dir })
      expect(other.code).toBe(2)
      expect(other.stderr).toContain("[cxedge] [anonymize] --file does not match job r40a")
    } finally {
      w.proc.kill()
      await w.proc.exited
    }
  }, 90_000)

  test("--resume JOB --workers redis of a job started from relative paths: the worker elsewhere reads the command's file", async () => {
    expect((await runCli(["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", "b.jsonl", "--job", "r40b"], env, { cwd: dir })).code).toBe(0)
    await interrupted("r40b")
    const w = worker()
    try {
      const r = await runCli(["anonymize", "--resume", "r40b", "--workers", "redis"], env, { cwd: dir, timeoutMs: 60_000 })
      expect(r.code).toBe(0)
      expect(readFileSync(join(dir, "b.part-0000.jsonl"), "utf8").trim().split("\n")).toHaveLength(3)
      expect(readdirSync(join(dir, "w"))).toEqual([])
    } finally {
      w.proc.kill()
      await w.proc.exited
    }
  }, 90_000)

  test("a worker without the pii plugin refuses a scrub job's partition at once, and the command says why (was: failed after its retries, some 15 s on)", async () => {
    const w = worker({ CXEDGE_PLUGINS: "anonymize" })
    try {
      const r = await runCli(["anonymize", "--matrix", "scrub.json", "--file", "c.jsonl", "--out", "s.jsonl", "--job", "r40c", "--workers", "redis"], { ...env, CXEDGE_PLUGINS: "anonymize,pii" }, { cwd: dir, timeoutMs: 60_000 })
      expect(r.code).toBe(1)
      expect(r.stderr).toContain("[warn] partition r40c.part-0000 was refused by a worker: job r40c needs the plugin pii (transform scrub, the residual check), which this worker does not load: load it in every cxedge worker as the command does (CXEDGE_PLUGINS or the config file's plugins); then run cxedge anonymize --resume r40c --workers redis to run it again")
      expect(r.stderr).not.toContain("failed after its retries")
      expect(r.stderr).not.toContain("exported to")
      // Refused once, not retried: one attempt said by the worker.
      expect(w.said().match(/task r40c\.part-0000 \(anonymize\.partition\) failed/g)).toHaveLength(1)
      expect(readdirSync(dir).filter((f) => f.startsWith("s."))).toEqual([])
    } finally {
      w.proc.kill()
      await w.proc.exited
    }
  }, 90_000)
})
