import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"

// Crash pass 46: redis stopped while `anonymize --workers redis` waited for its partitions ended in
// "unexpected error: Reached the max retries per request limit" and no next step.
const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-redis-lost-"))
  writeFileSync(join(dir, "in.jsonl"), Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: String(900 + i), email: `p${i}@example.com` })).join("\n") + "\n")
  if (!noRedis) redis = await startRedis()
}, 30_000)
afterAll(async () => {
  await redis?.stop().catch(() => {})
})

const KEYS = `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`
const envOf = () => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_HMAC_KEYS: KEYS })
const command = (job: string) => [process.execPath, `${ROOT}cli/main.ts`, "anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", join(dir, "in.jsonl"), "--target", "export", "--out", join(dir, `${job}.jsonl`), "--workers", "redis", "--job", job]

/** Reads a process's stderr until `text` shows (or 20 s pass); answers what it read. */
async function until(reader: ReadableStreamDefaultReader<Uint8Array>, text: string): Promise<string> {
  let seen = ""
  const deadline = Date.now() + 20_000
  while (!seen.includes(text) && Date.now() < deadline) {
    const { value, done } = await reader.read()
    if (done) break
    seen += new TextDecoder().decode(value)
  }
  return seen
}

describe.skipIf(noRedis)("one command per split job (a real redis-server)", () => {
  test("a second command for a job whose first one still waits is refused before it queues anything, naming the first (crash pass 46: both ran in full)", async () => {
    const first = Bun.spawn(command("twice1"), { cwd: dir, env: envOf(), stdout: "ignore", stderr: "pipe" })
    const reader = first.stderr.getReader()
    expect(await until(reader, "queuing its partitions")).toContain("queuing its partitions")
    const second = Bun.spawn(command("twice1"), { cwd: dir, env: envOf(), stdout: "pipe", stderr: "pipe" })
    const killer = setTimeout(() => second.kill("SIGKILL"), 30_000)
    const [code, err] = await Promise.all([second.exited, new Response(second.stderr).text()])
    clearTimeout(killer)
    expect(code).toBe(2)
    expect(err).toContain(`job twice1 is being run by pid ${first.pid}@`)
    expect(err).not.toContain("queuing its partitions")
    first.kill("SIGINT")
    expect(await first.exited).toBe(130)
  }, 60_000)
})

describe.skipIf(noRedis)("redis lost while --workers redis waits for its partitions (a real redis-server)", () => {
  test("the command says the job is safe and the command that picks it up again, with no stack trace", async () => {
    const env = {
      PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1",
      CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize",
      CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`,
    }
    // No worker runs: the command queues its partition and waits.
    const cmd = Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, "anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", join(dir, "in.jsonl"), "--target", "export", "--out", join(dir, "out.jsonl"), "--workers", "redis", "--job", "lost1"], { cwd: dir, env, stdout: "pipe", stderr: "pipe" })
    const reader = cmd.stderr.getReader()
    let seen = ""
    const deadline = Date.now() + 20_000
    while (!seen.includes("queuing its partitions") && Date.now() < deadline) {
      const { value, done } = await reader.read()
      if (done) break
      seen += new TextDecoder().decode(value)
    }
    await Bun.sleep(500)
    await redis.stop()
    const killer = setTimeout(() => cmd.kill("SIGKILL"), 40_000)
    for (;;) {
      const { value, done } = await reader.read()
      if (done) break
      seen += new TextDecoder().decode(value)
    }
    const code = await cmd.exited
    clearTimeout(killer)
    expect(code).toBe(1)
    expect(seen).toContain("lost the connection to redis while running job lost1's partitions")
    expect(seen).toContain("cxedge anonymize --resume lost1 --workers redis")
    expect(seen).not.toContain("unexpected error")
    expect(seen).not.toMatch(/\n\s+at /)
  }, 60_000)
})
