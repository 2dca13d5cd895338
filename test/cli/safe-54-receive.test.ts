// Safe 54 (CLI): `cxedge webhooks receive` of a saved erasure request whose audit record one sink of two failed
// (audit-file's day file a directory: EISDIR), run again once the sink is back.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { CONSENT, signed } from "../../testing/runtime.ts"
import { failFileSink, mendFileSink } from "../failing-file-sink.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { redisSkipped, startRedis } from "../redis.ts"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>
const noRedis = redisSkipped()
let redis: Awaited<ReturnType<typeof startRedis>> | undefined

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-safe54r-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "consent-webhook", "audit", "audit-kv", ["audit-file", { dir: "alog" }]] }))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_CONSENT_SECRETS: CONSENT, CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` })
}, 30_000)
afterAll(async () => {
  served?.stop()
  await redis?.stop()
})

/** Receives one saved erasure request (for the `nth` contact with an e-mail address) three times, the first while audit-file fails: the erasure is done once. */
async function receivedThrice(env: Record<string, string>, id: string, nth: number) {
  const email = sandbox.tenant("acme").data.completed.filter((c) => c.fromAddress.includes("@"))[nth]!.fromAddress
  const body = JSON.stringify({ type: "erasure.requested", data: { subject: email } })
  const headers = signed(CONSENT, body, id)
  writeFileSync(join(dir, "request.json"), body)
  const receive = () => runCli(["webhooks", "receive", "request.json", "--id", headers["webhook-id"], "--timestamp", headers["webhook-timestamp"], "--signature", headers["webhook-signature"], "--ignore-timestamp"], env, { cwd: dir })
  const erased = () => sandbox.tenant("acme").erasures.filter((e) => e.subjectIdentifier === email.toLowerCase()).length
  failFileSink(dir)
  const first = await receive()
  expect(first.code).toBe(1)
  expect(first.stdout).toMatch(/500 audit_missing.*taken \(erasure job erasure_\w+ queued\)/)
  // Its job ran as the command closed, and failed on the same sink: it waits to run again.
  expect(erased()).toBe(0)
  mendFileSink(dir)
  // Before: "already received: erasure job ... (pending)", exit 0, and the erasure never ran (only a job this process queued did).
  const second = await receive()
  expect([second.code, second.stdout.trim()]).toEqual([0, expect.stringMatching(/^already received: erasure job erasure_\w+ \(done\)$/)])
  expect(erased()).toBe(1)
  const third = await receive()
  expect([third.code, erased()]).toEqual([0, 1])
  const kv = JSON.parse((await runCli(["audit", "tail", "-n", "500", "--json"], env, { cwd: dir })).stdout) as { action: string }[]
  expect(kv.filter((r) => r.action === "erasure.requested")).toHaveLength(1)
}

describe("webhooks receive run again after the request's audit record failed", () => {
  test("the erasure is done once, by whichever run could; the second run says what became of it", () => receivedThrice(env, "msg_safe54_receive", 0), 120_000)

  // On BullMQ the second run named the task the first had queued, but drained only the kinds it had queued itself:
  // "already received: erasure job ... (pending)", and the erasure waited for a worker.
  test.skipIf(noRedis)("the same with the storage and the task queue on redis (BullMQ)", async () => {
    redis = await startRedis()
    // No storage directory beside the redis driver: it would be read by no one, and is refused (f68af06b).
    const { CXEDGE_STORAGE_DIR: _dir, ...onRedis } = env
    await receivedThrice({ ...onRedis, CXEDGE_STORAGE: "redis", CXEDGE_REDIS_URL: redis.url }, "msg_safe54_receive_redis", 1)
  }, 120_000)
})
