// Safe 54 (a real server, fs storage, two audit sinks: audit-kv and audit-file, the file sink failing while its day
// file is a directory). Collecting an access export deleted it before its record was written: a failing sink lost both
// the document (a retry got 410) and the record. The consent route's failed record was a generic 500 quoting a path.
// The file sink counted a record it failed to write, leaving a gap in its chain that `audit verify` took for a deletion.
// An export expired while the sink failed never got its subject.export.expired record.
import { createHash } from "node:crypto"
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { ADMIN, CONSENT, serverEnv, signed } from "../../testing/runtime.ts"
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
  const dir = mkdtempSync(join(tmpdir(), "cxedge-safe54-"))
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
    /** `cxedge audit verify` of the file sink's directory (verify reads the first sink: a config with that one only). */
    verifyFileChain() {
      const only = join(dir, "file-only")
      mkdirSync(only, { recursive: true })
      writeFileSync(join(only, "cxedge.config.json"), JSON.stringify({ plugins: ["tenant", ["audit-file", { dir: join(dir, "alog") }]] }))
      return runCli(["audit", "verify"], env, { cwd: only })
    },
    /** One action's records in the file sink (its day files, read as they are). */
    async fileRecords(action: string) {
      const files = readdirSync(join(dir, "alog")).filter((f) => /^audit-.*\.jsonl$/.test(f))
      const file = files.flatMap((f) => readFileSync(join(dir, "alog", f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as { action: string }))
      return file.filter((r) => r.action === action)
    },
    /** One action's records in each sink, read once the server stopped (audit tail reads the first sink, audit-kv). */
    async records(action: string) {
      const tail = await runCli(["audit", "tail", "-n", "500", "--json"], env, { cwd: dir })
      const kv = (JSON.parse(tail.stdout) as { action: string }[]).filter((r) => r.action === action)
      return { kv: kv.length, file: (await this.fileRecords(action)).length }
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
const collect = (server: Server, id: string) => fetch(`${server.origin}/v1/subjects/exports/${id}`, { headers: { authorization: `Bearer ${ADMIN}` } })
const exportIdOf = (webhookId: string) => `access_${createHash("sha256").update(webhookId).digest("hex").slice(0, 20)}`

async function until<T>(what: string, check: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; await Bun.sleep(100)) {
    const value = await check()
    if (value !== undefined) return value
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe("an access export collected while one audit sink of two fails", () => {
  test("is kept, not lost: the collect answers 503 until both records can be written, then returns it once; each sink holds each record once and the file chain verifies", async () => {
    const at = serverDir()
    const server = await at.start()
    const exportId = exportIdOf("msg_safe54_collect")
    try {
      const first = await send(server, "access.requested", "msg_safe54_collect")
      const taken = (await first.json()) as { error: string; message: string; exportId?: string }
      // The platform is told the request was taken and that sending it again writes the record: no path, no stack.
      expect(first.status).toBe(500)
      expect(taken).toMatchObject({ error: "audit_missing", exportId })
      expect(taken.message).toMatch(/taken.*send .*again/)
      expect(taken.message).not.toMatch(/alog|\/tmp|unexpected/)
      // The export is made; its own record (subject.export) fails in the file sink.
      await until("the export's first attempt to fail", async () => (server.logged().includes(`task ${exportId} (subject.access-export) failed`) ? true : undefined))
      // Collected meanwhile: refused, the document kept (before: deleted, then a 500, then 410 and no record ever).
      const refused = await collect(server, exportId)
      expect(refused.status).toBe(503)
      expect(await refused.json()).toMatchObject({ error: "audit_unavailable" })
      const again = await collect(server, exportId)
      expect(again.status).toBe(503)
      at.mend()
      const collected = await collect(server, exportId)
      expect(collected.status).toBe(200)
      expect(await collected.json()).toMatchObject({ format: "cxedge.subject-export/v1" })
      expect((await collect(server, exportId)).status).toBe(410)
      // The platform's retry writes the access.requested record the file sink lacks.
      expect((await send(server, "access.requested", "msg_safe54_collect")).status).toBe(200)
    } finally {
      await server.stop()
    }
    expect(await at.records("subject.export")).toEqual({ kv: 1, file: 1 })
    expect(await at.records("subject.export.collected")).toEqual({ kv: 1, file: 1 })
    expect(await at.records("access.requested")).toEqual({ kv: 1, file: 1 })
    // The file sink's failed writes left no gap in its chain (before: "record 1 is missing ... deleted").
    const verify = await at.verifyFileChain()
    expect(verify.stdout + verify.stderr).not.toMatch(/missing|deleted/)
    expect(verify.code).toBe(0)
  }, 120_000)
})

describe("an access export that expires while one audit sink of two fails", () => {
  test("is deleted at its time all the same, and its subject.export.expired record is written by a later sweep to the sink that lacks it", async () => {
    const at = serverDir()
    const server = await at.start()
    const exportId = exportIdOf("msg_safe54_expire")
    try {
      expect((await send(server, "access.requested", "msg_safe54_expire")).status).toBe(500)
      await until("the export's first attempt to fail", async () => (server.logged().includes(`task ${exportId} (subject.access-export) failed`) ? true : undefined))
      // Its time made past, as hours would: the stored state is plain JSON (the document is the sealed part).
      const metaFile = join(at.dir, "st", "subject-exports", "m", exportId)
      const meta = JSON.parse(readFileSync(metaFile, "utf8")) as { expiresAt: string }
      writeFileSync(metaFile, JSON.stringify({ ...meta, expiresAt: new Date(Date.now() - 60_000).toISOString() }))
      await until("the export to expire", async () => ((await collect(server, exportId)).status === 410 ? true : undefined))
      at.mend()
      // The next sweeps (one a second) write what the failed one owes.
      await until("the expiry's record in the file sink", async () => ((await at.fileRecords("subject.export.expired")).length ? true : undefined))
      // And the export's own record, by its task run again (after its 5 s wait): deleted since, it is not announced.
      await until("the export's record in the file sink", async () => ((await at.fileRecords("subject.export")).length ? true : undefined))
    } finally {
      await server.stop()
    }
    expect(await at.records("subject.export.expired")).toEqual({ kv: 1, file: 1 })
    // The late copy says when the export was deleted.
    expect((await at.fileRecords("subject.export.expired"))[0]).toMatchObject({ jobId: exportId, detail: { doneAt: expect.any(String) } })
    expect(await at.records("subject.export")).toEqual({ kv: 1, file: 1 })
  }, 120_000)
})
