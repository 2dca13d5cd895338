// `webhooks replay --id X` exited 1 when X was delivered, because other dead letters it was not asked to send were left
// ("replayed 1 dead letter(s); 0 pending, 2 dead, 1 delivered", exit 1): a script could not tell its replay worked.
// With --id, the exit code now speaks of the named events only: 0 when each was delivered, 1 when any one was not.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let receiver: ReturnType<typeof Bun.serve>
let dir: string
let env: Record<string, string>
const received: string[] = []

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 1 })
  served = serveSandbox(sandbox)
  // A consent platform that takes every event but msg_gone's, which it answers 410 Gone (dead-lettered at once).
  receiver = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: (request) => {
    const id = request.headers.get("webhook-id") ?? ""
    received.push(id)
    return new Response(null, { status: id === "msg_gone" ? 410 : 204 })
  } })
  dir = mkdtempSync(join(tmpdir(), "cxedge-replay-id-"))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_WEBHOOK_URL: `http://127.0.0.1:${receiver.port}/hooks`, CXEDGE_WEBHOOK_SECRETS: SECRET })
  const dead = join(dir, "st", "outbox", "d")
  mkdirSync(dead, { recursive: true })
  for (const id of ["msg_one", "msg_two", "msg_three", "msg_gone"]) {
    const body = JSON.stringify({ type: "job.finished", timestamp: new Date().toISOString(), data: { jobId: `j-${id}` } })
    writeFileSync(join(dead, id), JSON.stringify({ id, type: "job.finished", body, attempts: 9, nextAt: Date.now(), createdAt: Date.now(), lastStatus: 503 }))
  }
}, 30_000)
afterAll(() => {
  served?.stop()
  receiver?.stop(true)
  rmSync(dir, { recursive: true, force: true })
})

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

describe("webhooks replay --id", () => {
  test("exit 0 when the named dead letter is delivered, though others it was not asked to send remain", async () => {
    const one = await cli("webhooks", "replay", "--id", "msg_one")
    expect(one.stdout).toContain("replayed 1 dead letter(s); 0 pending, 3 dead, 1 delivered")
    expect(one.code).toBe(0)
    expect(received).toEqual(["msg_one"])
  }, 60_000)

  test("exit 1 when a named one is not delivered, even if the other named one is", async () => {
    const two = await cli("webhooks", "replay", "--id", "msg_two", "--id", "msg_gone")
    expect(two.stdout).toContain("replayed 2 dead letter(s)")
    expect(two.stderr).toContain("answered 410")
    expect(two.code).toBe(1)
    expect(received.toSorted()).toEqual(["msg_gone", "msg_one", "msg_two"])
    const list = JSON.parse((await cli("webhooks", "list", "--json")).stdout) as { events: { id?: string; state: string }[] }
    expect(list.events.filter((e) => e.state === "dead").map((e) => e.id).toSorted()).toEqual(["msg_gone", "msg_three"])
  }, 60_000)

  test("without --id, any dead letter left still exits 1", async () => {
    const all = await cli("webhooks", "replay")
    expect(all.code).toBe(1)
    expect(received.filter((id) => id === "msg_three")).toEqual(["msg_three"])
  }, 60_000)
})
