import { describe, expect, test } from "bun:test"
import { chainRecord, hashRecord, verifyChain, type AuditRecord, type AuditSink } from "../../core/index.ts"

/** Sink-specific ways to damage stored records, so the suite can prove each kind is caught. */
export interface Tamper {
  edit(chain: string, seq: number, change: (r: AuditRecord) => void): Promise<void>
  remove(chain: string, seq: number): Promise<void>
  swap(chain: string, a: number, b: number): Promise<void>
  /** Stores `record` right after the record with seq `after`, in the sink's own order. */
  insertAfter(chain: string, after: number, record: AuditRecord): Promise<void>
  /** Keeps only the first `keep` records (the head pointer stays). */
  truncate(chain: string, keep: number): Promise<void>
}

export interface SinkUnderTest {
  sink: AuditSink
  tamper: Tamper
  cleanup?(): Promise<void>
}

/** The suite both audit sinks pass (as unstorage runs one suite against every driver). */
export function testAuditSink(name: string, make: () => Promise<SinkUnderTest>) {
  const fill = async (sink: AuditSink, n = 10) => {
    const records: AuditRecord[] = []
    for (let i = 1; i <= n; i++) records.push(await sink.append({ action: "contact.anonymized", outcome: "ok", jobId: "job_1", contactId: String(1000 + i), fields: ["email"], transforms: ["hmac"], keyIds: ["k1"], latencyMs: i }))
    return records
  }
  const withSink = (fn: (s: SinkUnderTest) => Promise<void>) => async () => {
    const s = await make()
    try {
      await fn(s)
    } finally {
      await s.sink.close?.()
      await s.cleanup?.()
    }
  }

  describe(`audit sink ${name} (contract)`, () => {
    test("appends a chain: sequence from 1, each record carrying the previous hash, read back in order", withSink(async ({ sink }) => {
      const written = await fill(sink)
      expect(written.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      expect(written[0]!.prev).toBe("0".repeat(64))
      expect(written[5]!.prev).toBe(written[4]!.hash)
      const [chain] = await sink.chains()
      const read: AuditRecord[] = []
      for await (const r of sink.read(chain!)) read.push(r)
      expect(read).toEqual(written)
      expect(await verifyChain(sink, chain!)).toEqual({ chain: chain!, ok: true, records: 10 })
    }))

    test("concurrent appends are serialized, none lost", withSink(async ({ sink }) => {
      await Promise.all(Array.from({ length: 50 }, (_, i) => sink.append({ action: "a", outcome: "ok", contactId: String(i) })))
      const [chain] = await sink.chains()
      expect(await verifyChain(sink, chain!)).toMatchObject({ ok: true, records: 50 })
    }))

    const cases: [string, number, (t: Tamper, chain: string, records: AuditRecord[]) => Promise<void>][] = [
      ["edited", 4, (t, c) => t.edit(c, 4, (r) => void (r.outcome = "failed"))],
      ["edited", 6, (t, c) => t.edit(c, 6, (r) => void (r.contactId = "9999"))],
      ["deleted", 5, (t, c) => t.remove(c, 5)],
      ["reordered", 3, (t, c) => t.swap(c, 3, 7)],
      ["inserted", 5, async (t, c, rs) => {
        // A forger who knows the scheme links a new record after 4 and renumbers nothing.
        const forged = chainRecord(c, { action: "contact.anonymized", outcome: "ok", contactId: "forged" }, rs[3], rs[3]!.ts)
        await t.insertAfter(c, 4, forged)
      }],
      ["truncated", 9, (t, c) => t.truncate(c, 8)],
    ]
    test.each(cases)("a record %s (at %i) is caught with its sequence number", async (kind, seq, damage) => {
      const s = await make()
      try {
        const records = await fill(s.sink)
        const [chain] = await s.sink.chains()
        await damage(s.tamper, chain!, records)
        const result = await verifyChain(s.sink, chain!)
        expect(result.ok).toBe(false)
        expect(result.broken).toMatchObject({ kind, seq })
      } finally {
        await s.sink.close?.()
        await s.cleanup?.()
      }
    })

    test("a re-hashed edit is still caught by the next link", withSink(async ({ sink, tamper }) => {
      await fill(sink)
      const [chain] = await sink.chains()
      await tamper.edit(chain!, 4, (r) => {
        r.outcome = "failed"
        r.hash = hashRecord(r)
      })
      expect((await verifyChain(sink, chain!)).broken).toMatchObject({ seq: 5, kind: "inserted" })
    }))
  })
}
