// Pending outbox entries were sent as read back from storage, unchecked: an entry without its body went out as an
// empty, validly signed event (and was marked delivered), one with a number for its body or for its attempts, or with
// a field no event has (a url pointing at another host), was sent as it stood. Each entry is now checked
// (valibot, outbox-entry.ts): one that cannot be sent is never sent, is moved to the dead letters by its pending key
// (shown unreadable by `webhooks list`, cleared by `purge --key`) and named in a warning, never quoted; the others go out.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"

const SECRET = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
// In the corrupt entries only: never to be sent, nor printed.
const PAYLOAD = "ann.lee@example.com"

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>
const delivered = async () => ((await (await sandbox.app.request("/_sandbox/consent")).json()) as { id: string; status: number; body: string }[])

const body = (jobId: string) => JSON.stringify({ type: "job.finished", timestamp: new Date().toISOString(), data: { jobId, note: PAYLOAD } })
const entry = (id: string, extra: Record<string, unknown> = {}) => ({ id, type: "job.finished", body: body(`j-${id}`), scope: `j-${id}`, attempts: 0, nextAt: Date.now(), createdAt: Date.now(), ...extra })

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 2, consentSecrets: [SECRET] })
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-pending-corrupt-"))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_WEBHOOK_URL: `${served.origin}/_consent/webhooks`, CXEDGE_WEBHOOK_SECRETS: SECRET })
  const pending = join(dir, "st", "outbox", "p")
  mkdirSync(pending, { recursive: true })
  // One batch: two whole events among four a crash, a hand edit or a tamperer left (a null one stopped every delivery).
  const { body: _, ...noBody } = entry("msg_nobody")
  writeFileSync(join(pending, "b_mixed"), JSON.stringify({ entries: [
    entry("msg_good1"),
    noBody,
    entry("msg_url", { url: `http://evil.example/collect?${PAYLOAD}` }),
    entry("msg_attempts", { attempts: "0" }),
    entry("msg_good2"),
    null,
  ] }))
  // Items that are no batch at all: not JSON, JSON of another shape, a single event (the earlier layout) of wrong types.
  writeFileSync(join(pending, "b_garbage"), `{ not json ${PAYLOAD}`)
  writeFileSync(join(pending, "b_array"), JSON.stringify([entry("msg_in_array")]))
  writeFileSync(join(pending, "msg_legacy"), JSON.stringify({ ...entry("msg_legacy"), body: 42 }))
}, 30_000)
afterAll(() => served?.stop())

const cli = (...args: string[]) => runCli(args, env, { cwd: dir })

describe("pending outbox entries read back from storage", () => {
  test("the whole ones are delivered; the others never sent, moved to the dead letters by key, named without their content", async () => {
    const replay = await cli("webhooks", "replay")
    expect((await delivered()).map((d) => [d.id, d.status]).sort()).toEqual([["msg_good1", 204], ["msg_good2", 204]])
    expect(replay.code).toBe(1)
    expect(replay.stderr).toContain("4 pending event(s) at outbox:p:b_mixed cannot be sent (\"body\" is missing, ...): never sent, moved to the dead letters as outbox:d:bad_b_mixed_1, outbox:d:bad_b_mixed_2, outbox:d:bad_b_mixed_3 and 1 more")
    for (const key of ["b_garbage", "b_array", "msg_legacy"]) expect(replay.stderr).toContain(`1 pending event(s) at outbox:p:${key} cannot be sent`)
    expect(replay.stdout + replay.stderr).not.toContain(PAYLOAD)
    expect(replay.stdout + replay.stderr).not.toContain("evil.example")

    const list = JSON.parse((await cli("webhooks", "list", "--json")).stdout) as { pending: number; dead: number; unreadable: number; events: Record<string, unknown>[] }
    expect([list.pending, list.dead, list.unreadable]).toEqual([0, 0, 7])
    const why = Object.fromEntries(list.events.map((e) => [e.key, e.why]))
    expect(why["outbox:d:bad_b_mixed_1"]).toStartWith('"body" is missing (moved here from pending outbox:p:b_mixed entry 1): never sent')
    expect(why["outbox:d:bad_b_mixed_2"]).toStartWith('it has a field no stored event has, "url" (moved here from pending outbox:p:b_mixed entry 2)')
    expect(why["outbox:d:bad_b_mixed_3"]).toStartWith('"attempts" is of the wrong type or shape')
    expect(why["outbox:d:bad_b_mixed_5"]).toStartWith("not a stored event (not a JSON object)")
    expect(why["outbox:d:bad_b_garbage"]).toStartWith("not a stored batch of events (not JSON, or no entries) (moved here from pending outbox:p:b_garbage)")
    expect(why["outbox:d:bad_b_array"]).toStartWith("not a stored batch of events")
    expect(why["outbox:d:bad_msg_legacy"]).toStartWith('"body" is of the wrong type or shape')
    expect(JSON.stringify(list)).not.toContain(PAYLOAD)

    // A second replay sends nothing more (the moved ones are never replayed), and each is cleared by its key.
    const again = await cli("webhooks", "replay")
    expect(again.stdout).toContain("replayed 0 dead letter(s); 0 pending, 0 dead, 2 delivered")
    expect((await delivered()).length).toBe(2)
    const purged = await cli("webhooks", "purge", "--key", "outbox:d:bad_b_mixed_2", "--yes")
    expect([purged.code, purged.stdout.trim()]).toEqual([0, "removed 1 item(s)"])
  }, 120_000)
})
