// Review 52 (a real server, fs storage, audit-kv and audit-file, the file sink failing while its day file is a
// directory). An inbound consent request whose record the file sink failed, sent again by the platform twice at once
// (a delivery retried while the first retry was in flight): both retries wrote the owed record to the sink that
// lacked it, two copies of one request in its chain; only one of them may.
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { CONSENT, serverEnv, signed } from "../../testing/runtime.ts"
import { ROOT, runCli, serveSandbox, stopProcess } from "../helpers.ts"

const PLATFORM = `whsec_${Buffer.from("consent-platform-secret-0123456789").toString("base64")}`
let sandbox: Sandbox
let tenant: ReturnType<typeof serveSandbox>
let email: string

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 8, consentSecrets: [PLATFORM] })
  tenant = serveSandbox(sandbox)
  email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
}, 30_000)
afterAll(() => tenant?.stop())

/** A server's directory: its config (two sinks), its storage, its audit files; the file sink made to fail at once. */
function serverDir() {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-review52-"))
  writeFileSync(join(dir, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", "anonymize", "consent-webhook", "subject", "audit-kv", ["audit-file", { dir: "alog" }]] }))
  const env = { ...serverEnv(sandbox, tenant.origin), CXEDGE_STORAGE: "fs", CXEDGE_STORAGE_DIR: join(dir, "st"), CXEDGE_PORT: "0", CXEDGE_WEBHOOK_URL: `${tenant.origin}/_consent/webhooks`, CXEDGE_WEBHOOK_SECRETS: PLATFORM }
  const day = (offset: number) => join(dir, "alog", `audit-${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}.jsonl`)
  // Today's and tomorrow's day file, so a run across midnight still fails the sink.
  const dayFiles = [day(0), day(1)]
  dayFiles.forEach((p) => mkdirSync(p, { recursive: true }))
  return {
    dir,
    env,
    mend: () => dayFiles.forEach((p) => rmSync(p, { recursive: true, force: true })),
    start: () => startServer(env, dir),
    /** One action's records in each sink, read once the server stopped (audit tail reads the first sink, audit-kv). */
    async records(action: string) {
      const tail = await runCli(["audit", "tail", "-n", "500", "--json"], env, { cwd: dir })
      const kv = (JSON.parse(tail.stdout) as { action: string }[]).filter((r) => r.action === action)
      const files = readdirSync(join(dir, "alog")).filter((f) => /^audit-.*\.jsonl$/.test(f))
      const file = files.flatMap((f) => readFileSync(join(dir, "alog", f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { action: string }))
      return { kv: kv.length, file: file.filter((r) => r.action === action).length }
    },
  }
}

interface Server {
  origin: string
  /** What the server logged so far (warnings: a task that failed, and why). */
  logged(): string
  stop(): Promise<unknown>
}

/** The Bun server in its own process, its log kept: the test waits on what an operator reads there. */
async function startServer(env: Record<string, string>, cwd: string): Promise<Server> {
  const proc = Bun.spawn([process.execPath, `${ROOT}server/bun.ts`], { env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", ...env }, cwd, stdout: "pipe", stderr: "pipe" })
  let log = ""
  void (async () => {
    for await (const chunk of proc.stderr) log += new TextDecoder().decode(chunk)
  })()
  let printed = ""
  for await (const chunk of proc.stdout) {
    printed += new TextDecoder().decode(chunk)
    if (/listening on http/.test(printed)) break
  }
  const origin = /listening on (http:\/\/[\d.]+:\d+)/.exec(printed)?.[1]
  if (!origin) throw new Error(`the server did not start: ${log}`)
  return { origin, logged: () => log, stop: () => stopProcess(proc) }
}

const send = (server: Server, type: string, id: string) => {
  const body = JSON.stringify({ type, data: { subject: email } })
  return fetch(`${server.origin}/webhooks/consent`, { method: "POST", headers: signed(CONSENT, body, id), body })
}
describe("an inbound consent request whose audit record one sink of two failed, sent again twice at once", () => {
  test("the record reaches each sink once", async () => {
    const at = serverDir()
    const server = await at.start()
    try {
      expect((await send(server, "erasure.requested", "msg_review52_twice")).status).toBe(500)
      at.mend()
      const again = await Promise.all([1, 2, 3].map(() => send(server, "erasure.requested", "msg_review52_twice")))
      expect(again.map((r) => r.status)).toEqual([200, 200, 200])
    } finally {
      await server.stop()
    }
    expect(await at.records("erasure.requested")).toEqual({ kv: 1, file: 1 })
  }, 90_000)
})
