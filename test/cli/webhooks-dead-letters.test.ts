// Dead letters that cannot be a delivery: one with no body was "replayed" as an empty, validly signed event and marked
// delivered (its content lost); one that is not JSON was a row with no id that could be neither replayed nor cleared,
// and its warning followed every command. They are now shown as unreadable with their key, never sent, and purged by key.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>
const delivered = async () => ((await (await sandbox.app.request("/_sandbox/consent")).json()) as { id: string; status: number; body: string }[])

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 2, consentSecrets: [SECRET] })
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-deadletters-"))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_WEBHOOK_URL: `${served.origin}/_consent/webhooks`, CXEDGE_WEBHOOK_SECRETS: SECRET })
  // Three dead letters as a crash, a hand edit or a full disk might leave them: one whole, one without its body, one not JSON.
  const dead = join(dir, "st", "outbox", "d")
  mkdirSync(dead, { recursive: true })
  const body = JSON.stringify({ type: "job.finished", timestamp: new Date().toISOString(), data: { jobId: "j-dead" } })
  writeFileSync(join(dead, "msg_whole"), JSON.stringify({ id: "msg_whole", type: "job.finished", body, attempts: 9, nextAt: Date.now(), createdAt: Date.now(), lastStatus: 503 }))
  writeFileSync(join(dead, "msg_nobody"), JSON.stringify({ id: "msg_nobody" }))
  writeFileSync(join(dead, "msg_garbage"), "{ not json")
}, 30_000)
afterAll(() => served?.stop())

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

describe("dead letters that cannot be a delivery", () => {
  test("listed as unreadable by key, never sent by a replay, refused by --id, cleared with purge --key", async () => {
    const list = JSON.parse((await cli("webhooks", "list", "--json")).stdout) as { dead: number; unreadable: number; events: Record<string, unknown>[] }
    expect([list.dead, list.unreadable]).toEqual([1, 2])
    expect(list.events).toContainEqual(expect.objectContaining({ id: "msg_whole", state: "dead" }))
    expect(list.events).toContainEqual(expect.objectContaining({ state: "unreadable", key: "outbox:d:msg_nobody", why: expect.stringContaining('"body" is missing') }))
    expect(list.events).toContainEqual(expect.objectContaining({ state: "unreadable", key: "outbox:d:msg_garbage", why: expect.stringContaining("not a stored event (not a JSON object)") }))
    const table = await cli("webhooks", "list")
    expect(table.stdout).toContain("outbox:d:msg_garbage")
    expect(table.stdout).toMatch(/0 pending, 1 dead, 2 unreadable, 0 delivered/)

    const one = await cli("webhooks", "replay", "--id", "msg_nobody")
    expect(one.code).toBe(2)
    expect(one.stderr).toMatch(/dead letter outbox:d:msg_nobody cannot be sent \("body" is missing\).*cxedge webhooks purge --key outbox:d:msg_nobody --yes/)

    const all = await cli("webhooks", "replay")
    expect(all.code).toBe(1)
    expect(all.stdout).toContain("replayed 1 dead letter(s)")
    expect(all.stderr).toContain("2 dead letter(s) cannot be sent (unreadable): outbox:d:msg_garbage, outbox:d:msg_nobody")
    // Only the whole one went out, with its body; the body-less one was never sent as an empty event.
    expect((await delivered()).map((d) => [d.id, d.status, JSON.parse(d.body).type])).toEqual([["msg_whole", 204, "job.finished"]])

    const wrong = await cli("webhooks", "purge", "--key", "outbox:p:anything", "--yes")
    expect(wrong.code).toBe(2)
    for (const key of ["outbox:d:msg_nobody", "outbox:d:msg_garbage"]) {
      const purged = await cli("webhooks", "purge", "--key", key, "--yes")
      expect([purged.code, purged.stdout.trim()]).toEqual([0, "removed 1 item(s)"])
    }
    const after = await cli("webhooks", "list")
    expect(after.stdout).toContain("0 pending, 0 dead, 1 delivered")
    expect(after.stderr).not.toContain("dead-letter list")
    expect((await delivered()).map((d) => d.id)).toEqual(["msg_whole"])
  }, 120_000)
})
