// Closing a runtime sent every pending consent event at once, whatever its schedule, and counted the attempt: nine
// `webhooks list` runs dead-lettered a job's events within seconds. A command that does not send (a list, a refusal)
// now makes no outbound call, and an event goes out again only once its retry is due.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ROOT, runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
const MIN = 60_000
const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let receiver: ReturnType<typeof Bun.serve>
/** The webhook-id of every request the consent platform received, in order. */
const received: string[] = []
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox)
  // A consent platform whose secret differs from ours: it refuses every delivery.
  receiver = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: (req) => (received.push(req.headers.get("webhook-id") ?? ""), new Response(null, { status: 401 })) })
  dir = mkdtempSync(join(tmpdir(), "cxedge-close-"))
  // The first retry a minute after a failure: no retry can fall due while the test runs.
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ settings: { "consent-webhook": { retrySchedule: [MIN, 2 * MIN, 3 * MIN] } } }))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_HMAC_KEYS: KEY, CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_WEBHOOK_URL: `http://127.0.0.1:${receiver.port}/hooks`, CXEDGE_WEBHOOK_SECRETS: SECRET })
}, 30_000)
afterAll(() => {
  served?.stop()
  receiver?.stop(true)
})

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })
const listed = async () => JSON.parse((await cli("webhooks", "list", "--json")).stdout) as { pending: number; dead: number; events: { id: string; attempts: number; next: string }[] }

describe("closing a command keeps the retry schedule", () => {
  test("a job's events are tried once; list, jobs, matrix validate and a refused replay send nothing and spend no attempt", async () => {
    const job = await cli("anonymize", "--matrix", `${ROOT}matrices/analytics.json`, "--target", "export", "--out", "x.jsonl")
    expect(job.code).toBe(0)
    expect(job.stderr).toContain("7 consent event(s) still waiting for the consent platform")
    // 6 contacts and job.finished, each sent once when it was fresh: the job's end did not send them again.
    expect(received).toHaveLength(7)
    expect(new Set(received).size).toBe(7)
    const before = await listed()
    expect(before.events.map((e) => e.attempts)).toEqual(Array(7).fill(1))
    for (let round = 0; round < 2; round++) {
      expect((await cli("webhooks", "list")).code).toBe(0)
      expect((await cli("jobs")).code).toBe(0)
      expect((await cli("matrix", "validate", `${ROOT}matrices/gdpr.json`)).code).toBe(0)
      // Refused (no such dead letter): exit 2, and nothing sent on the way out.
      expect((await cli("webhooks", "replay", "--id", "msg_nosuchevent")).code).toBe(2)
    }
    expect(received).toHaveLength(7)
    const after = await listed()
    expect([after.pending, after.dead]).toEqual([7, 0])
    expect(after.events).toEqual(before.events)
  }, 120_000)
})

describe("webhooks replay says why an event is still waiting", () => {
  test("--id of a pending event: it is pending, and when it is sent; a replay refused 401: the answer and the likely cause", async () => {
    const [event] = (await listed()).events
    const one = await cli("webhooks", "replay", "--id", event!.id)
    expect(one.code).toBe(2)
    // Was: "no dead letter with --id ...", as if the id were wrong.
    expect(one.stderr).toContain(`--id "${event!.id}" is pending, not a dead letter: it is sent at its next attempt, due at ${event!.next}`)
    const all = await cli("webhooks", "replay")
    expect(all.code).toBe(1)
    expect(all.stdout).toContain("7 pending, 0 dead")
    // Was: "1 consent event(s) still waiting", the 401 only in webhooks list.
    expect(all.stderr).toContain("the consent platform answered 401 to 7 event(s): it refused the signature, so the signing secret likely differs on the two sides")
  }, 60_000)
})
