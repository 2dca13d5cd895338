import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  auditSinkOf, createAuditKey, createCxedgeStorage, createKeyRing, createRuntime, demoAuditKey, hashRecord, MISSING_AUDIT_KEY, refuseUnsignedAudit,
  verifyAudit, type AuditCheckpoint, type AuditRecord,
} from "../../core/index.ts"
import anonymize from "../../plugins/anonymize/index.ts"
import auditKv from "../../plugins/audit-kv/index.ts"
import { createFileSink } from "../../plugins/audit-file/sink.ts"
import { createKvSink } from "../../plugins/audit-kv/sink.ts"

const b64 = (text: string) => Buffer.from(text).toString("base64")
const KEY = createAuditKey(`a1:${b64("audit-tamper-test-key-0123456789")}`)
const OTHER = createAuditKey(`a1:${b64("someone-else-entirely-0123456789")}`)
const pad = (n: number) => String(n).padStart(12, "0")

describe("an edit in a 1,000-record chain is reported where it is", () => {
  const fillKv = async () => {
    const storage = createCxedgeStorage().audit
    const sink = createKvSink(storage, "big", KEY)
    for (let i = 1; i <= 1000; i++) await sink.append({ action: "contact.anonymized", outcome: "ok", contactId: String(i) })
    return { storage, sink }
  }

  test("audit-kv: an edit at 500 is reported at 500, with its key", async () => {
    const { storage, sink } = await fillKv()
    const key = `big:r:${pad(500)}`
    const r = (await storage.getItem<AuditRecord>(key))!
    await storage.setItem(key, { ...r, outcome: "failed" })
    expect((await verifyAudit(sink, KEY)).findings).toEqual([{ chain: "big", seq: 500, kind: "edited", where: `audit:${key}`, message: "record 500 does not match its hash" }])
  })

  test("audit-kv: an edit at 500 with every later hash recomputed is reported at 500", async () => {
    const { storage, sink } = await fillKv()
    let prev = (await storage.getItem<AuditRecord>(`big:r:${pad(499)}`))!.hash
    for (let seq = 500; seq <= 1000; seq++) {
      const r = (await storage.getItem<AuditRecord>(`big:r:${pad(seq)}`))!
      const body = { ...r, prev, ...(seq === 500 ? { outcome: "failed" } : {}) }
      const hash = hashRecord(body)
      await storage.setItem(`big:r:${pad(seq)}`, { ...body, hash, mac: OTHER.sign("record", hash) })
      prev = hash
    }
    await storage.setItem("big:head", { seq: 1000, hash: prev })
    const { findings } = await verifyAudit(sink, KEY)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ chain: "big", seq: 500, kind: "forged", where: `audit:big:r:${pad(500)}` })
    expect(findings[0]!.message).toContain("its signature does not verify")
  })

  test("audit-file: an edit at 500 is reported at 500, with its file and line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-1000-"))
    const sink = await createFileSink(dir, KEY)
    await Promise.all(Array.from({ length: 1000 }, (_, i) => sink.append({ action: "contact.anonymized", outcome: "ok", contactId: String(i) })))
    const file = join(dir, readdirSync(dir).find((f) => /^audit-.*\.jsonl$/.test(f))!)
    const lines = readFileSync(file, "utf8").trim().split("\n")
    lines[499] = lines[499]!.replace('"outcome":"ok"', '"outcome":"failed"')
    writeFileSync(file, lines.join("\n") + "\n")
    expect((await verifyAudit(sink, KEY)).findings).toEqual([{ chain: "file", seq: 500, kind: "edited", where: `${file} line 500`, message: "record 500 does not match its hash" }])
    await sink.close?.()
  })
})

describe("checkpoints", () => {
  // anonymize says what its job:finished means for the audit (a record, then a checkpoint); the sink only writes.
  const runtime = (checkpointEvery?: number) =>
    createRuntime({ plugins: [anonymize, auditKv], settings: { "audit-kv": { chain: "w", ...(checkpointEvery ? { checkpointEvery } : {}) } } }, { auditKey: KEY })
  const stored = async (rt: Awaited<ReturnType<typeof runtime>>) => ((await auditSinkOf(rt)!.checkpoints!()).map((c) => c.value as AuditCheckpoint))

  test("one every N records and one after each job's last record, each signing the heads", async () => {
    const rt = await runtime(100)
    for (let i = 0; i < 250; i++) await rt.hooks.emit("audit:record", { action: "x", outcome: "ok" })
    expect((await stored(rt)).map((c) => c.chains)).toEqual([[{ chain: "w", seq: 100, hash: expect.any(String) }], [{ chain: "w", seq: 200, hash: expect.any(String) }]])
    await rt.hooks.emit("job:finished", { jobId: "j1", summary: { processed: 0, succeeded: 0, failed: 0, skipped: 0, durationMs: 1, target: "export", transforms: {} } })
    const all = await stored(rt)
    expect(all).toHaveLength(3)
    expect(all[2]!.chains[0]).toMatchObject({ chain: "w", seq: 251 }) // the job.finished record is covered
    expect(all.every((c) => c.sig.startsWith("a1."))).toBe(true)
    expect((await verifyAudit(auditSinkOf(rt)!, KEY)).findings).toEqual([])
    await rt.dispose()
  })

  test("the default is one per 1,000 records", async () => {
    const rt = await runtime()
    for (let i = 0; i < 999; i++) await rt.hooks.emit("audit:record", { action: "x", outcome: "ok" })
    expect(await stored(rt)).toHaveLength(0)
    await rt.hooks.emit("audit:record", { action: "x", outcome: "ok" })
    expect(await stored(rt)).toHaveLength(1)
    await rt.dispose()
  })

  test("a checkpoint signed by another key, or with a changed field, is a finding", async () => {
    const rt = await runtime(5)
    for (let i = 0; i < 5; i++) await rt.hooks.emit("audit:record", { action: "x", outcome: "ok" })
    expect((await verifyAudit(auditSinkOf(rt)!, OTHER)).findings.map((f) => f.kind)).toEqual(["forged", "checkpoint", "forged"]) // registry entry, checkpoint, first record
    const [key] = await rt.storage.audit.getKeys("~checkpoints")
    const cp = (await rt.storage.audit.getItem<AuditCheckpoint>(key!))!
    await rt.storage.audit.setItem(key!, { ...cp, ts: "2020-01-01T00:00:00.000Z" })
    expect((await verifyAudit(auditSinkOf(rt)!, KEY)).findings).toMatchObject([{ kind: "checkpoint", where: `audit:${key}`, message: expect.stringContaining("its signature does not verify") }])
    await rt.dispose()
  })

  test("verify of a 10,000-record chain with its checkpoints stays fast", async () => {
    const rt = await runtime()
    const sink = auditSinkOf(rt)!
    for (let i = 0; i < 10_000; i++) await rt.hooks.emit("audit:record", { action: "contact.anonymized", outcome: "ok", contactId: String(i) })
    expect(await stored(rt)).toHaveLength(10)
    const started = performance.now()
    const report = await verifyAudit(sink, KEY)
    expect(report.findings).toEqual([])
    expect(report.chains).toMatchObject([{ chain: "w", ok: true, records: 10_000 }])
    expect(performance.now() - started).toBeLessThan(3000)
    await rt.dispose()
  }, 30_000)
})

describe("the audit key", () => {
  const HMAC = `k1:${b64("pseudonymization-key-0123456789!")}`
  test.each([
    ["not base64", "a1:@@@@", "audit key a1 is not valid base64: fix CXEDGE_AUDIT_KEY"],
    ["too short", `a1:${b64("short")}`, "audit key a1 has 5 bytes, at least 32 are needed"],
    ["a bad id", `A B:${b64("x".repeat(32))}`, 'audit key id "A B" must be 1-16 lowercase letters or digits'],
    ["an id twice", `a1:${b64("x".repeat(32))},a1:${b64("y".repeat(32))}`, "audit key id a1 is listed twice"],
    ["the pseudonymization key", `a1:${b64("pseudonymization-key-0123456789!")}`, "audit key a1 is also pseudonymization key k1: CXEDGE_AUDIT_KEY must be a separate key"],
    ["empty", " , ", "CXEDGE_AUDIT_KEY is empty"],
  ])("%s is refused naming CXEDGE_AUDIT_KEY", (_, spec, message) => {
    expect(() => createAuditKey(spec, createKeyRing(HMAC))).toThrow(message)
  })

  test("a bare base64 key gets id a1; after a rotation the old key still verifies, the new one signs", () => {
    const bare = createAuditKey(b64("x".repeat(32)))
    expect(bare.id).toBe("a1")
    const rotated = createAuditKey(`a1:${b64("x".repeat(32))},a2:${b64("y".repeat(32))}`)
    expect(rotated.check("record", "h", bare.sign("record", "h"))).toBe(true)
    expect(rotated.sign("record", "h")).toStartWith("a2.")
    expect(bare.check("record", "h", rotated.sign("record", "h"))).toContain('audit key id "a2"')
    expect(bare.check("checkpoint", "h", bare.sign("record", "h"))).toBe("its signature does not verify") // domains are separate
  })

  test("a runtime with a tenant, an audit sink and no key is refused; with the key, or without a sink, it is not", async () => {
    const tenant = { issuer: "https://cxone.example", accessKeyId: "id", accessKeySecret: "secret", clientId: "c", clientSecret: "s" }
    const refused = await createRuntime({ tenant, plugins: [auditKv] })
    await expect(refuseUnsignedAudit(refused)).rejects.toThrow(MISSING_AUDIT_KEY)
    const signed = await createRuntime({ tenant, plugins: [auditKv] }, { auditKey: KEY })
    await refuseUnsignedAudit(signed)
    await signed.dispose()
    const none = await createRuntime({ tenant, plugins: [] })
    await refuseUnsignedAudit(none)
    await none.dispose()
    expect(demoAuditKey).toMatchObject({ id: "demo", demo: true })
  })
})
