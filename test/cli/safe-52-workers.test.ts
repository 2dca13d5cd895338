// Safe 52 (CLI, a real redis-server): `cxedge worker` opened its partition's part file emptied, whatever was there.
// The command checks the parts that exist when it starts; a part written after it (the workers not up yet), or
// behind a missing one, was emptied by the worker in silence. And --force, given to the command, never reached them.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ROOT, runCli } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"

const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>>
let dir: string
let env: Record<string, string>
const someoneElses = '{"id":"kept","note":"not this job\'s"}\n'
const read = (file: string) => readFileSync(join(dir, file), "utf8")

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cxedge-safe52w-"))
  writeFileSync(join(dir, "in.jsonl"), Array.from({ length: 5 }, (_, i) => JSON.stringify({ id: String(800 + i), email: `p${i}@example.com` })).join("\n") + "\n")
  if (noRedis) return
  redis = await startRedis()
  env = { CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url, CXEDGE_PLUGINS: "anonymize", CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` }
}, 30_000)
afterAll(async () => {
  await redis?.stop()
})

const spawn = (args: string[]) =>
  Bun.spawn([process.execPath, `${ROOT}cli/main.ts`, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", ...env }, stdout: "pipe", stderr: "pipe" })

/** Runs a split job with no worker up until its partitions are queued; `meanwhile` runs then, and a worker drains them. */
async function splitJob(job: string, extra: string[], meanwhile: () => void) {
  const command = spawn(["anonymize", "--matrix", "analytics", "--source", "jsonl", "--file", "in.jsonl", "--out", "out.jsonl", "--workers", "redis", "--job", job, ...extra])
  let stderr = ""
  const reader = command.stderr.getReader()
  while (!stderr.includes("queuing its partitions")) {
    const { value, done } = await reader.read()
    if (done) break
    stderr += new TextDecoder().decode(value)
  }
  meanwhile()
  const worker = spawn(["worker"])
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    stderr += new TextDecoder().decode(value)
  }
  const code = await command.exited
  worker.kill("SIGINT")
  await worker.exited
  return { code, stderr }
}

describe.skipIf(noRedis)("cxedge worker keeps a part file that is not its job's", () => {
  test("a part file written after the command started is refused by the worker, kept, and said by the command (exit 1)", async () => {
    const r = await splitJob("w1", [], () => writeFileSync(join(dir, "out.part-0000.jsonl"), someoneElses))
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("partition w1.part-0000 was refused by a worker")
    expect(r.stderr).toContain("out.part-0000.jsonl (part 0 of job w1's --out) exists and is not this job's export")
    expect(r.stderr).toContain("run cxedge anonymize --resume w1 --workers redis to run it again")
    expect(read("out.part-0000.jsonl")).toBe(someoneElses)
  }, 60_000)

  test("moved away, the resumed job exports its contacts into the part file", async () => {
    renameSync(join(dir, "out.part-0000.jsonl"), join(dir, "theirs.jsonl"))
    const command = spawn(["anonymize", "--resume", "w1", "--workers", "redis"])
    const worker = spawn(["worker"])
    const code = await command.exited
    worker.kill("SIGINT")
    await worker.exited
    expect(code).toBe(0)
    expect(read("out.part-0000.jsonl").trim().split("\n")).toHaveLength(5)
    expect(read("theirs.jsonl")).toBe(someoneElses)
  }, 60_000)

  test("--force given to the command reaches the workers: they replace the part file", async () => {
    writeFileSync(join(dir, "out.part-0000.jsonl"), someoneElses)
    const r = await splitJob("w2", ["--force"], () => {})
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringContaining("refused")])
    expect(read("out.part-0000.jsonl")).not.toContain('"kept"')
    expect(read("out.part-0000.jsonl").trim().split("\n")).toHaveLength(5)
  }, 60_000)
})
