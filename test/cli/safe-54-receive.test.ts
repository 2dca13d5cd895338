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

let sandbox: Sandbox
let served: ReturnType<typeof serveSandbox>
let dir: string
let env: Record<string, string>

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 6 })
  served = serveSandbox(sandbox)
  dir = mkdtempSync(join(tmpdir(), "cxedge-safe54r-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "consent-webhook", "audit", "audit-kv", ["audit-file", { dir: "alog" }]] }))
  env = sandboxEnv(sandbox, served.origin, { CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_CONSENT_SECRETS: CONSENT, CXEDGE_HMAC_KEYS: `k1:${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}` })
}, 30_000)
afterAll(() => served?.stop())

describe("webhooks receive run again after the request's audit record failed", () => {
  test("the erasure is done once, by whichever run could; the second run says what became of it", async () => {
    const email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
    const body = JSON.stringify({ type: "erasure.requested", data: { subject: email } })
    const headers = signed(CONSENT, body, "msg_safe54_receive")
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
  }, 120_000)
})
