// A job whose events were all dead-lettered printed one warning per event ("consent event msg_... dead-lettered after
// 1 attempts", 251 lines for 251 events). It now prints one line for the run: how many, after how many attempts, what
// the platform last answered, and how to send them again.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let receiver: ReturnType<typeof Bun.serve>
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox)
  // A consent platform that asks us to stop: 410 Gone dead-letters an event at its first attempt, whatever the schedule.
  receiver = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response(null, { status: 410 }) })
  dir = mkdtempSync(join(tmpdir(), "cxedge-dead-summary-"))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_WEBHOOK_URL: `http://127.0.0.1:${receiver.port}/hooks`, CXEDGE_WEBHOOK_SECRETS: SECRET })
}, 30_000)
afterAll(() => {
  served?.stop()
  receiver?.stop(true)
  rmSync(dir, { recursive: true, force: true })
})

describe("events dead-lettered by a job are said once", () => {
  test("a job's 7 dead-lettered events are one warning line with the count and how to replay", async () => {
    const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", "x.jsonl"], env, { cwd: dir })
    expect(job.code).toBe(0)
    const lines = job.stderr.split("\n").filter((l) => l.includes("dead-letter"))
    expect(lines).toEqual(["[warn] 7 consent event(s) dead-lettered after 1 attempt(s) (last answer: 410 for 7): see them with cxedge webhooks list, send them again with cxedge webhooks replay"])
    expect(job.stderr).not.toMatch(/msg_/)
    const list = JSON.parse((await runCli(["webhooks", "list", "--json"], env, { cwd: dir })).stdout) as { pending: number; dead: number }
    expect([list.pending, list.dead]).toEqual([0, 7])
  }, 60_000)
})
