// Safe 53 (CLI, a real redis-server): a split job started with --force and interrupted before all its partitions were
// queued is resumed with `--resume JOB --workers redis` (which takes no --force: the job adds to its own export). The
// partitions queued by the resume did not carry the first run's --force: a worker refused a part file the first run's
// partitions replace, and the resumed job ended with a refusal (exit 1).
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { Queue } from "bullmq"
import Redis from "ioredis"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"

const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string
let env: Record<string, string>
const someoneElses = '{"id":"kept","note":"not this job\'s"}\n'
const read = (file: string) => readFileSync(join(dir, file), "utf8")
// One line more than a partition holds (JSONL_LINES_PER_PARTITION, 25,000): the job splits in two.
const CONTACTS = 25_001

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-safe53w-"))
  writeFileSync(join(dir, "in.jsonl"), Array.from({ length: CONTACTS }, (_, i) => JSON.stringify({ id: String(1000 + i), email: `p${i}@example.com` })).join("\n") + "\n")
  if (noRedis) return
  redis = await startRedis()
  env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` }
}, 30_000)
afterAll(async () => {
  await redis?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const spawn = (args: string[]) =>
  Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...env }, stdout: "pipe", stderr: "pipe" })

/**
 * Leaves the job as a command killed between queuing its two partitions leaves it (the moment cannot be timed from a
 * test): the job stored and running, part 0 queued with the command's flags, part 1 never queued.
 */
async function unqueue(id: string) {
  const client = new Redis(redis.url, { maxRetriesPerRequest: 1 })
  const queue = new Queue("anonymize.partition", { connection: client, prefix: "cxedge-bull" })
  await queue.remove(id)
  await client.del(`cxedge-bull:created:${id}`)
  await queue.close()
  client.disconnect()
}

describe.skipIf(noRedis)("a split job started with --force, resumed after an interruption", () => {
  test("the partitions the resume queues replace a part file as the first run's do: the job ends, every part its own", async () => {
    // Someone else's data where each part goes: --force replaces them.
    writeFileSync(join(dir, "out.part-0000.jsonl"), someoneElses)
    writeFileSync(join(dir, "out.part-0001.jsonl"), someoneElses)
    const first = spawn(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "in.jsonl", "--out", "out.jsonl", "--workers", "redis", "--job", "w3", "--force"])
    const probe = new Redis(redis.url)
    for (let waited = 0; !(await probe.exists("cxedge-bull:created:w3.part-0001")) && waited < 30_000; waited += 50) await Bun.sleep(50)
    probe.disconnect()
    // No worker is up: interrupted, it stops waiting (130).
    first.kill("SIGINT")
    expect(await first.exited).toBe(130)
    await unqueue("w3.part-0001")

    const resumed = spawn(["anonymize", "--resume", "w3", "--workers", "redis"])
    const worker = spawn(["worker"])
    const code = await resumed.exited
    const stderr = await new Response(resumed.stderr).text()
    worker.kill("SIGINT")
    await worker.exited
    expect([code, stderr]).toEqual([0, expect.not.stringContaining("refused")])
    const lines = read("out.part-0000.jsonl").trim().split("\n").length + read("out.part-0001.jsonl").trim().split("\n").length
    expect(lines).toBe(CONTACTS)
    expect(read("out.part-0001.jsonl")).not.toContain('"kept"')
  }, 120_000)
})
