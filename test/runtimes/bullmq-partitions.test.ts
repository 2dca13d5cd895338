import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import Redis from "ioredis"
import { createSandbox } from "../../sandbox/app.ts"
import { serverEnv } from "../../testing/runtime.ts"
import { ROOT, runCli, serveSandbox } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"

const noRedis = redisSkipped()
const CONTACTS = 60_000 // three partitions of 25,000 lines or fewer
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string
let env: Record<string, string>

const line = (i: number) => JSON.stringify({ id: String(700_000_000 + i), firstName: `F${i % 100}`, email: `p${i}@example.com`, notes: `note ${i}` })

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-bullmq-"))
  writeFileSync(join(dir, "in.jsonl"), Array.from({ length: CONTACTS }, (_, i) => line(i)).join("\n") + "\n")
  if (noRedis) return
  redis = await startRedis()
  // Only the anonymize plugin: the job's own work, with a 2 s lock so a killed worker's partition is taken over quickly.
  // One key ring for the command and every worker: the embedded sandbox's throwaway key is refused with --workers.
  env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_TASK_LOCK_SECONDS: "2", CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` }
}, 30_000)
afterAll(async () => {
  await redis?.stop()
})

function worker(extra: Record<string, string> = {}) {
  return Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "worker"], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...extra, ...env },
    stdout: "ignore",
    stderr: "pipe",
  })
}

const exported = () => readdirSync(dir).filter((f) => /^out\.part-\d{4}\.jsonl$/.test(f)).sort()
const lines = () => exported().flatMap((f) => readFileSync(join(dir, f), "utf8").split("\n").filter(Boolean))

describe("--workers and cxedge worker refuse what they cannot do", () => {
  test("--workers takes exactly redis", async () => {
    const r = await runCli(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", join(dir, "in.jsonl"), "--workers", "reds"])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('--workers "reds" is not allowed (did you mean "redis"?): use redis')
  })

  test("without the redis storage, --workers redis and cxedge worker say what to set", async () => {
    const a = await runCli(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", join(dir, "in.jsonl"), "--workers", "redis"])
    expect(a.code).toBe(2)
    expect(a.stderr).toContain("--workers redis needs the redis storage")
    expect(a.stderr).toContain("CXEDGE_STORAGE=redis")
    const w = await runCli(["worker"])
    expect(w.code).toBe(2)
    expect(w.stderr).toContain("cxedge worker runs work queued on redis: set CXEDGE_STORAGE=redis")
  })

  test("a bad CXEDGE_TASK_LOCK_SECONDS is refused before redis is reached", async () => {
    const r = await runCli(["worker"], { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: "redis://127.0.0.1:1", CXEDGE_TASK_LOCK_SECONDS: "0.5" })
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("CXEDGE_TASK_LOCK_SECONDS")
    expect(r.stderr).not.toContain("cannot reach redis")
  })
})

describe.skipIf(noRedis)("a job split across cxedge workers on BullMQ (a real redis-server)", () => {
  test("the records source cannot be split: refused, and nothing is stored", async () => {
    const r = await runCli(["anonymize", "--matrix", "gdpr", "--source", "records", "--workers", "redis", "--job", "rec1"], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("--workers redis cannot split the records source")
    const jobs = await runCli(["jobs", "--json"], env)
    expect(JSON.parse(jobs.stdout).map((j: { id: string }) => j.id)).not.toContain("rec1")
  })

  test.skipIf(process.platform !== "linux")("under Bun a worker restarts itself in place, keeping freed pages (MIMALLOC_PURGE_DELAY=-1), and keeps a value the user set", async () => {
    const environOf = async (extra: Record<string, string>) => {
      const w = worker(extra)
      const reader = w.stderr.getReader()
      let seen = ""
      while (!seen.includes("waiting for work")) {
        const { value, done } = await reader.read()
        if (done) break
        seen += new TextDecoder().decode(value)
      }
      const environ = readFileSync(`/proc/${w.pid}/environ`, "utf8").split("\0")
      w.kill("SIGINT")
      await w.exited
      // The same process a supervisor started: its pid is the one it reports.
      expect(seen).toContain(`worker pid ${w.pid} waiting for work`)
      return environ.filter((e) => e.startsWith("MIMALLOC_PURGE_DELAY="))
    }
    expect(await environOf({})).toEqual(["MIMALLOC_PURGE_DELAY=-1"])
    expect(await environOf({ MIMALLOC_PURGE_DELAY: "10" })).toEqual(["MIMALLOC_PURGE_DELAY=10"])
  }, 60_000)

  test("a worker killed mid-job: the other finishes every partition, each contact exported exactly once", async () => {
    const a = worker()
    const b = worker()
    const job = runCli(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "in.jsonl", "--out", "out.jsonl", "--workers", "redis", "--job", "kill1", "--json"], env, { cwd: dir, timeoutMs: 90_000 })
    // Once two part files have 1,500 lines, each worker is well inside its partition: kill one without warning.
    const started = () => exported().filter((f) => readFileSync(join(dir, f), "utf8").split("\n").length > 1_500).length
    for (let i = 0; i < 600 && started() < 2; i++) await Bun.sleep(100)
    expect(started()).toBe(2)
    a.kill("SIGKILL")
    await a.exited
    const result = await job
    b.kill("SIGINT")
    await b.exited
    expect(result.code).toBe(0)
    const summary = JSON.parse(result.stdout)
    expect(summary).toMatchObject({ jobId: "kill1", processed: CONTACTS, failed: 0 })
    expect(summary.succeeded + summary.alreadyDone).toBe(CONTACTS)
    // The killed worker's partition was resumed from its journal, not started over.
    expect(summary.alreadyDone).toBeGreaterThan(0)
    // No partition lost, none exported twice: every id once across the part files.
    expect(exported()).toEqual(["out.part-0000.jsonl", "out.part-0001.jsonl", "out.part-0002.jsonl"])
    const ids = lines().map((l) => JSON.parse(l).id as string)
    expect(ids).toHaveLength(CONTACTS)
    expect(new Set(ids).size).toBe(CONTACTS)
    expect(ids.every((id) => Number(id) >= 700_000_000 && Number(id) < 700_000_000 + CONTACTS)).toBe(true)
    expect(existsSync(join(dir, "out.jsonl"))).toBe(false)
    const jobs = JSON.parse((await runCli(["jobs", "--json"], env)).stdout) as { id: string; state: string }[]
    expect(jobs.find((j) => j.id === "kill1")?.state).toBe("finished")
  }, 180_000)

  test("a cxone job is split by its date window; workers on one tenant share its rate budget; each contact once", async () => {
    const sandbox = await createSandbox({ contacts: 300, faults: { rateLimit: { rps: 10, burst: 2, retryAfter: true } } })
    const tenant = serveSandbox(sandbox)
    const extra = { ...serverEnv(sandbox, tenant.origin), CXEDGE_RPS: "10", CXEDGE_BURST: "2", CXEDGE_PLUGINS: "anonymize" }
    const workers = [worker(extra), worker(extra)]
    const state = sandbox.tenant("acme")
    const started = performance.now()
    const r = await runCli(["anonymize", "--matrix", "analytics", "--source", "cxone", "--since", "30d", "--target", "export", "--workers", "redis", "--job", "win1", "--json"], { ...extra, ...env }, { cwd: dir, timeoutMs: 120_000 })
    const seconds = (performance.now() - started) / 1000
    for (const w of workers) w.kill("SIGINT")
    await Promise.all(workers.map((w) => w.exited))
    tenant.stop()
    if (r.code !== 0) console.error(r.stderr)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: 300, succeeded: 300, failed: 0 })
    // Exported into storage, one key per contact: no contact in two windows, none missed.
    const raw = new Redis(redis.url)
    const keys = await raw.keys("cxedge:exports:win1:*")
    raw.disconnect()
    expect(keys).toHaveLength(300)
    // 16 windows, each listed (and counted) through one budget of 10/s shared by both workers.
    const { requests, rateLimited } = state.stats
    expect(requests - rateLimited).toBeGreaterThanOrEqual(32)
    expect((requests - rateLimited) / seconds).toBeLessThanOrEqual(10 + 2 / seconds + 1)
    expect(rateLimited / requests).toBeLessThan(0.05)
  }, 150_000)

  test("an object written over lines that two partitions would split is one warning naming its first and last line, as without --workers", async () => {
    // Lines 24,999-25,002 hold one object: the first partition's 25,000 lines would end inside it.
    const fold = ["{", '  "id": "x1",', '  "email": "ada@example.com"', "}"]
    const text = [...Array.from({ length: 24_998 }, (_, i) => line(i)), ...fold, ...Array.from({ length: 10 }, (_, i) => line(30_000 + i))].join("\n") + "\n"
    writeFileSync(join(dir, "fold.jsonl"), text)
    const w = worker()
    const r = await runCli(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "fold.jsonl", "--out", "fold-out.jsonl", "--workers", "redis", "--job", "fold1", "--json"], env, { cwd: dir, timeoutMs: 90_000 })
    w.kill("SIGINT")
    await w.exited
    const warning = "[warn] contact line:24999: lines 24999-25002 are not valid JSON: they hold one object written over several lines, and JSON Lines hold one object per line (jq -c . writes it so)"
    // Each of the object's lines was a failure of its own (4), and nothing said which lines.
    expect(r.stderr.split("\n").filter((l) => l.startsWith("[warn]"))).toEqual([warning])
    expect(r.stderr).not.toContain("ada@example.com")
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout)).toMatchObject({ processed: 25_009, succeeded: 25_008, failed: 1 })
  }, 120_000)
})
