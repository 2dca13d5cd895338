/**
 * Bad input, round 66, on a real redis: a database number the server does not have was taken as database 0 (another
 * job's journal and queue read and written, exit 0), and --out in a directory that does not exist was queued with
 * --workers redis and failed every partition after its retries, the reason in the workers' logs only. A worker whose
 * redis went away said nothing, and a SIGTERM then left it running for good.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { readdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { runCli } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"
import { json, tempDir } from "./refusal-harness.ts"
import { startWorker } from "./worker-process.ts"

const KEY = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string

beforeAll(async () => {
  dir = tempDir("cxedge-bad66r-")
  writeFileSync(join(dir, "c.jsonl"), [json({ id: "1", email: "ann@example.com" }), json({ id: "2", email: "bo@example.com" })].join("\n") + "\n")
  if (!noRedis) redis = await startRedis()
}, 30_000)
afterAll(async () => {
  await redis?.stop()
})

describe.skipIf(noRedis)("redis set up wrong, refused before anything is read or queued", () => {
  test.each(["/99", "/16", "?db=99"])("a database the server does not have (%s): exit 2, naming the number", async (db) => {
    const r = await runCli(["jobs"], { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: `${redis.url}${db}` }, { cwd: dir })
    const number = db.replace(/\D/g, "")
    expect([r.code, r.stderr.trim().split("\n").at(-1)]).toEqual([2, `[cxedge] [storage] redis at ${redis.url}${db} has no database ${number} (ERR DB index is out of range): a redis server numbers its databases from 0 (16 by default, 0 to 15); fix the number in CXEDGE_REDIS_URL`])
  })

  test("--workers redis with --out in a directory that does not exist: exit 2, no job stored, nothing queued", async () => {
    const env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_HMAC_KEYS: KEY }
    const r = await runCli(["anonymize", "--matrix", "analytics", "--file", "c.jsonl", "--out", "nodir/o.jsonl", "--job", "r66", "--workers", "redis", "--yes"], env, { cwd: dir, timeoutMs: 30_000 })
    expect([r.code, r.stderr.trim().split("\n").at(-1)]).toEqual([2, "[cxedge] [files] the directory nodir does not exist: create it first or fix --out"])
    expect((await runCli(["jobs", "--json"], env, { cwd: dir })).stdout).not.toContain("r66")
    expect(readdirSync(dir)).toEqual(["c.jsonl"])
  }, 60_000)
})

describe.skipIf(noRedis)("a worker whose redis goes away", () => {
  test("says so once, and a SIGTERM still ends it", async () => {
    const own = await startRedis()
    const w = startWorker(dir, { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: own.url, CXEDGE_HMAC_KEYS: KEY, CXEDGE_PLUGINS: "anonymize" })
    try {
      for (let i = 0; i < 100 && !w.said().includes("waiting for work"); i++) await Bun.sleep(100)
      await own.stop()
      for (let i = 0; i < 100 && !w.said().includes("does not answer"); i++) await Bun.sleep(100)
      // A stopped redis-server resets the open connection (ECONNRESET, or EPIPE on a write) or refuses the next (ECONNREFUSED), whichever the
      // worker meets first: either is named as it came.
      expect(w.said()).toContain(`[warn] redis at ${own.url} does not answer (`)
      expect(w.said()).toMatch(/does not answer \((ECONNREFUSED|ECONNRESET|EPIPE)\): waiting for it to answer again; Ctrl-C stops\n/)
      w.proc.kill("SIGTERM")
      const ended = await Promise.race([w.proc.exited.then(() => true), Bun.sleep(20_000).then(() => false)])
      expect(ended).toBe(true)
      expect(w.said().match(/does not answer/g)).toHaveLength(1)
    } finally {
      w.proc.kill("SIGKILL")
    }
  }, 60_000)
})
