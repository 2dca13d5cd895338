// A webhook-id already taken, reused with another body (a signed erasure of another subject), was answered "already
// received" and dropped: 200 on the route, exit 0 from `webhooks receive`. It is refused now (409, exit 2), naming the
// webhook-id; a true retry (same id, same body) is still a duplicate.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { createApp } from "../../server/app.ts"
import { CONSENT, signed } from "../../testing/runtime.ts"
import { runCli, sandboxEnv, serveSandbox } from "../helpers.ts"
import { anonymizeSetup } from "./anonymize/setup.ts"

const KEY = "k1:" + Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")
const erasure = (subject: string) => JSON.stringify({ type: "erasure.requested", data: { subject } })
const files = (d: string): string => readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? files(join(d, e.name)) : readFileSync(join(d, e.name), "utf8"))).join("\n")

describe("POST /webhooks/consent with a webhook-id already taken", () => {
  test("another body under it: 409 naming the id, nothing queued; the same body again: the first answer", async () => {
    const { rt, state } = await anonymizeSetup({ plugins: ["tenant", "anonymize", "consent-webhook"], sandboxOptions: { contacts: 30 }, settings: { "consent-webhook": { inboundSecrets: [CONSENT] } } })
    const [first, other] = state.data.completed.filter((c) => c.fromAddress.includes("@")).map((c) => c.fromAddress)
    const app = createApp(rt)
    const post = (body: string) => app.request("/webhooks/consent", { method: "POST", headers: signed(CONSENT, body, "msg_reused_1"), body })
    const taken = await post(erasure(first!))
    expect(taken.status).toBe(202)
    const { jobId } = await taken.json()
    const reused = await post(erasure(other!))
    expect(reused.status).toBe(409)
    const refusal = (await reused.json()) as { error: string; message: string }
    expect(refusal.error).toBe("webhook_id_reused")
    expect(refusal.message).toContain("msg_reused_1")
    expect(refusal.message).toContain("differs from the one first received under it")
    expect(refusal.message).not.toContain(other!)
    // The sender's retry of the first request (a new timestamp, the same body) is still answered as a duplicate.
    const retry = await post(erasure(first!))
    expect([retry.status, await retry.json()]).toEqual([200, { jobId, duplicate: true }])
    await rt.tasks.drain()
    expect(state.erasures.map((e) => e.subjectIdentifier)).toEqual([first!.toLowerCase()])
    // What is kept of the request is a digest, never the body.
    const kept = JSON.stringify(await rt.storage.namespace("outbox").getItem("in:msg_reused_1"))
    expect(kept).not.toContain(first!)
    expect(kept).toMatch(/"digest":"sha256:[0-9a-f]{64}"/)
    await rt.dispose()
  })
})

describe("cxedge webhooks receive with a webhook-id already taken", () => {
  let sandbox: Sandbox
  let served: ReturnType<typeof serveSandbox>
  let dir: string
  let env: Record<string, string>
  beforeAll(async () => {
    sandbox = await createSandbox({ contacts: 8 })
    served = serveSandbox(sandbox)
    dir = mkdtempSync(join(tmpdir(), "cxedge-reuse-"))
    env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_CONSENT_SECRETS: CONSENT, CXEDGE_HMAC_KEYS: KEY })
  }, 30_000)
  afterAll(() => served?.stop())

  const receive = (subject: string) => {
    const body = erasure(subject)
    const headers = signed(CONSENT, body, "msg_reused_cli")
    writeFileSync(join(dir, "request.json"), body)
    return runCli(["webhooks", "receive", "request.json", "--id", headers["webhook-id"], "--timestamp", headers["webhook-timestamp"], "--signature", headers["webhook-signature"]], env, { cwd: dir })
  }

  test("another subject under it: exit 2, nothing erased; the same request again: already received", async () => {
    const [first, other] = sandbox.tenant("acme").data.completed.filter((c) => c.fromAddress.includes("@")).map((c) => c.fromAddress)
    const taken = await receive(first!)
    expect([taken.code, taken.stdout]).toEqual([0, expect.stringMatching(/^accepted: erasure job erasure_\w+ \(done\)/)])
    const reused = await receive(other!)
    expect(reused.code).toBe(2)
    expect(reused.stdout).toMatch(/^refused \(409 webhook_id_reused\): webhook-id msg_reused_cli .*differs from the one first received under it/)
    expect(reused.stdout + reused.stderr).not.toContain(other!)
    expect(sandbox.tenant("acme").erasures.map((e) => e.subjectIdentifier)).toEqual([first!.toLowerCase()])
    const again = await receive(first!)
    expect([again.code, again.stdout]).toEqual([0, expect.stringMatching(/^already received: erasure job erasure_\w+ \(done\)/)])
    expect(files(join(dir, "st"))).not.toContain(first!.toLowerCase())
  }, 60_000)
})
