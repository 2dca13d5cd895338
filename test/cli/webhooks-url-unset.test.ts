// Events a run with CXEDGE_WEBHOOK_URL left in the outbox, then the URL unset: `webhooks replay` said "the consent
// platform could not be reached for N event(s) (a network error: check CXEDGE_WEBHOOK_URL ...)" and "next attempt due
// at" a time gone by (exit 1), and every command promised "a later job ... sends each once it is due", though none
// would while the URL is unset. Now the replay is refused saying the URL is not set (exit 2, nothing moved), and the
// other commands say so at their end instead of promising a delivery.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const MIN = 60_000
const UNSET = "CXEDGE_WEBHOOK_URL is not set: 8 consent event(s) are waiting (7 pending, 1 dead-lettered), and none is sent without it; set it (and CXEDGE_WEBHOOK_SECRETS) and run cxedge webhooks replay"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-url-unset-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { "consent-webhook": { retrySchedule: [MIN, 2 * MIN] } } }))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st") })
  // A port nothing listens on: each event's first attempt is a network error, and it stays pending.
  const closed = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: () => new Response(null) })
  const url = `http://127.0.0.1:${closed.port}/hooks`
  closed.stop(true)
  const job = await runCli(["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", "x.jsonl"], { ...env, CXEDGE_WEBHOOK_URL: url, CXEDGE_WEBHOOK_SECRETS: SECRET }, { cwd: dir })
  expect(job.code).toBe(0)
  // And one dead letter, as an earlier run would have left it.
  mkdirSync(join(dir, "st", "outbox", "d"), { recursive: true })
  const body = JSON.stringify({ type: "job.finished", timestamp: new Date().toISOString(), data: { jobId: "j-old" } })
  writeFileSync(join(dir, "st", "outbox", "d", "msg_old"), JSON.stringify({ id: "msg_old", type: "job.finished", body, attempts: 3, nextAt: Date.now(), createdAt: Date.now(), lastStatus: "network" }))
}, 60_000)
afterAll(() => {
  served?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const listed = async () => JSON.parse((await cli("webhooks", "list", "--json")).stdout) as { pending: number; dead: number; events: unknown[] }

describe("events waiting while CXEDGE_WEBHOOK_URL is unset", () => {
  test("webhooks replay is refused saying the URL is not set (exit 2), and moves nothing", async () => {
    const before = await listed()
    expect([before.pending, before.dead]).toEqual([7, 1])
    const replay = await cli("webhooks", "replay")
    expect(replay.code).toBe(2)
    expect(replay.stderr).toContain(`[cxedge] [webhooks] ${UNSET}`)
    // Said once: the end-of-run line does not repeat the refusal.
    expect(replay.stderr.split(UNSET)).toHaveLength(2)
    expect(replay.stderr).not.toContain("could not be reached")
    expect(replay.stderr).not.toContain("next attempt due")
    // The dead letter is still dead (not moved back to pending with a fresh schedule), the pending ones untouched.
    expect(await listed()).toEqual(before)
  }, 60_000)

  test("other commands end saying the URL is not set, not that a later job sends the events", async () => {
    for (const args of [["webhooks", "list"], ["jobs"], ["anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", "y.jsonl"]]) {
      const run = await cli(...args)
      expect(run.code).toBe(0)
      expect(run.stderr).toContain(UNSET)
      expect(run.stderr).not.toContain("a later job")
      expect(run.stderr).not.toContain("next attempt due")
      expect(run.stderr).not.toContain("dead-letter list")
    }
  }, 120_000)
})
