// Safe 54 (a real server, fs storage, two audit sinks: audit-kv and audit-file, the file sink failing while its day
// file is a directory). Collecting an access export deleted it before its record was written: a failing sink lost both
// the document (a retry got 410) and the record. The consent route's failed record was a generic 500 quoting a path.
// The file sink counted a record it failed to write, leaving a gap in its chain that `audit verify` took for a deletion.
// An export expired while the sink failed never got its subject.export.expired record.
import { createHash } from "node:crypto"
import { afterAll, beforeAll, describe, expect, test } from "bun:test"
import { readFileSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { createSandbox, type Sandbox } from "../../sandbox/app.ts"
import { serveSandbox } from "../helpers.ts"
import { PLATFORM, twoSinks, sendConsent, type Server, collect, until } from "./two-sinks.ts"

let sandbox: Sandbox
let tenant: ReturnType<typeof serveSandbox>
let email: string

beforeAll(async () => {
  sandbox = await createSandbox({ contacts: 8, consentSecrets: [PLATFORM] })
  tenant = serveSandbox(sandbox)
  email = sandbox.tenant("acme").data.completed.find((c) => c.fromAddress.includes("@"))!.fromAddress
}, 30_000)
afterAll(() => tenant?.stop())

const serverDir = () => twoSinks(sandbox, tenant.origin, "cxedge-safe54-")
const send = (server: Server, type: string, id: string) => sendConsent(server, type, id, email)
const exportIdOf = (webhookId: string) => `access_${createHash("sha256").update(webhookId).digest("hex").slice(0, 20)}`


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
