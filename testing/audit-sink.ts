import { describe, expect, test } from "./runner.ts"
import { chainRecord, createAuditKey, hashRecord, verifyAudit, verifyChain, writeCheckpoint, type AuditKey, type AuditRecord, type AuditSink } from "../core/index.ts"

/** The key the sinks under test sign with (a sink factory passes it to its sink). */
export const CONTRACT_KEY = createAuditKey(`c1:${Buffer.from("contract-suite-audit-key-32bytes").toString("base64")}`)
/** Someone with storage access but not the key: everything they sign, they sign with their own. */
const FORGER_KEY = createAuditKey(`c1:${Buffer.from("not-the-audit-key-but-same-kid!!").toString("base64")}`)

/** Sink-specific ways to damage stored records, so the suite can prove each kind is caught. */
export interface Tamper {
  edit(chain: string, seq: number, change: (r: AuditRecord) => void): Promise<void>
  remove(chain: string, seq: number): Promise<void>
  swap(chain: string, a: number, b: number): Promise<void>
  /** Stores `record` right after the record with seq `after`, in the sink's own order. */
  insertAfter(chain: string, after: number, record: AuditRecord): Promise<void>
  /** Keeps only the first `keep` records (the head pointer stays). */
  truncate(chain: string, keep: number): Promise<void>
  /** Stores a value that is not a record in place of record `seq`; returns where (key or file) it went. */
  garble(chain: string, seq: number, value: string): Promise<string>
  /** Writes a chain's head pointer (`undefined`: removes it). */
  setHead(chain: string, head: { seq: number; hash: string } | undefined): Promise<void>
  /** Removes every record of a chain (the registry entry stays). */
  removeRecords(chain: string): Promise<void>
  /** Removes a chain's registry entry. */
  unregister(chain: string): Promise<void>
  /** Rewrites every stored checkpoint through `change`. */
  editCheckpoints(change: (cp: Record<string, any>) => void): Promise<void>
  /** Removes every stored checkpoint. */
  removeCheckpoints(): Promise<void>
}

export interface SinkUnderTest {
  /** Signs with `CONTRACT_KEY`. */
  sink: AuditSink
  tamper: Tamper
  cleanup?(): Promise<void>
}

/** The suite both audit sinks pass (as unstorage runs one suite against every driver). */
export function testAuditSink(name: string, make: () => Promise<SinkUnderTest>) {
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
    chainChecks(make, withSink)
    signedChecks(withSink)
    forgeryChecks(make, withSink)
  })
}


type WithSink = (fn: (s: SinkUnderTest) => Promise<void>) => () => Promise<void>

const fill = async (sink: AuditSink, n = 10) => {
  const records: AuditRecord[] = []
  for (let i = 1; i <= n; i++) records.push(await sink.append({ action: "contact.anonymized", outcome: "ok", jobId: "job_1", contactId: String(1000 + i), fields: ["email"], transforms: ["hmac"], keyIds: ["k1"], latencyMs: i }))
  return records
}

// Deletions and forgeries by someone with storage write access but not the audit key.
const key: AuditKey = CONTRACT_KEY
const findings = async (sink: AuditSink) => (await verifyAudit(sink, key)).findings
const cut = async (t: Tamper, chain: string, records: AuditRecord[], keep: number) => {
  await t.truncate(chain, keep)
  await t.setHead(chain, { seq: keep, hash: records[keep - 1]!.hash })
}

/** The hash chain: order, concurrency, and each kind of damage caught at its record. */
function chainChecks(make: () => Promise<SinkUnderTest>, withSink: WithSink) {
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

}

/** Signatures, head pointers, the registry and checkpoints: deletions by someone without the key. */
function signedChecks(withSink: WithSink) {
  test("an intact log has no findings; every record is signed", withSink(async ({ sink }) => {
    const records = await fill(sink)
    await writeCheckpoint(sink, key)
    expect(await findings(sink)).toEqual([])
    expect(records.every((r) => key.check("record", r.hash, r.mac) === true)).toBe(true)
  }))

  test("a removed head pointer is reported, not read as an empty log", withSink(async ({ sink, tamper }) => {
    await fill(sink)
    const [chain] = await sink.chains()
    await tamper.setHead(chain!, undefined)
    expect(await findings(sink)).toMatchObject([{ chain, kind: "missing" }])
  }))

  test("a removed chain is reported: by the registry, and by a checkpoint when the registry entry goes too", withSink(async ({ sink, tamper }) => {
    await fill(sink)
    const [chain] = await sink.chains()
    await writeCheckpoint(sink, key)
    await tamper.removeRecords(chain!)
    await tamper.setHead(chain!, undefined)
    expect(await findings(sink)).toMatchObject([{ chain, kind: "missing" }])
    await tamper.unregister(chain!)
    expect(await sink.chains()).toEqual([])
    expect(await findings(sink)).toMatchObject([{ chain, kind: "missing", message: expect.stringContaining("at record 10") }])
  }))

  test("a cut tail with a rewritten head is caught by the checkpoint before it", withSink(async ({ sink, tamper }) => {
    const records = await fill(sink)
    const [chain] = await sink.chains()
    await writeCheckpoint(sink, key)
    await cut(tamper, chain!, records, 6)
    expect(await verifyChain(sink, chain!, { key })).toMatchObject({ ok: true, records: 6 }) // the chain alone looks fine
    expect(await findings(sink)).toMatchObject([{ chain, seq: 10, kind: "truncated" }])
  }))

  test("a rewritten checkpoint (to cover a cut tail) fails its signature", withSink(async ({ sink, tamper }) => {
    const records = await fill(sink)
    const [chain] = await sink.chains()
    await writeCheckpoint(sink, key)
    await cut(tamper, chain!, records, 6)
    await tamper.editCheckpoints((cp) => {
      cp.chains[0].seq = 6
      cp.chains[0].hash = records[5]!.hash
    })
    expect(await findings(sink)).toMatchObject([{ kind: "checkpoint", message: expect.stringContaining("signature does not verify") }])
  }))

}

/** Forged records and stored values that are not records. */
function forgeryChecks(make: () => Promise<SinkUnderTest>, withSink: WithSink) {
  test("an appended forged record is caught at its seq", withSink(async ({ sink, tamper }) => {
    const records = await fill(sink)
    const [chain] = await sink.chains()
    const forged = chainRecord(chain!, { action: "contact.anonymized", outcome: "ok", contactId: "forged" }, records[9], records[9]!.ts, FORGER_KEY)
    await tamper.insertAfter(chain!, 10, forged)
    await tamper.setHead(chain!, { seq: 11, hash: forged.hash })
    expect(await findings(sink)).toMatchObject([{ chain, seq: 11, kind: "forged" }])
  }))

  test("an edit with every later hash recomputed is caught at the edit", withSink(async ({ sink, tamper }) => {
    const records = await fill(sink)
    const [chain] = await sink.chains()
    let prev = records[3]!.prev
    for (const r of records.slice(3)) {
      await tamper.edit(chain!, r.seq, (x) => {
        if (x.seq === 4) x.outcome = "failed"
        x.prev = prev
        x.hash = hashRecord(x)
        x.mac = FORGER_KEY.sign("record", x.hash)
        prev = x.hash
      })
    }
    await tamper.setHead(chain!, { seq: 10, hash: prev })
    expect(await findings(sink)).toMatchObject([{ chain, seq: 4, kind: "forged" }])
  }))

  test("a chain that is not in the registry is reported", withSink(async ({ sink, tamper }) => {
    await fill(sink)
    const [chain] = await sink.chains()
    await tamper.unregister(chain!)
    expect(await findings(sink)).toMatchObject([{ chain, kind: "unregistered" }])
  }))

  test.each([["not JSON", "{\"seq\": 5, oops"], ["not an object", "[1,2]"], ["missing fields", JSON.stringify({ seq: 5, chain: "x" })]])(
    "a stored value that is %s is reported with its place and seq",
    async (problem, value) => {
      const s = await make()
      try {
        await fill(s.sink)
        const [chain] = await s.sink.chains()
        const where = await s.tamper.garble(chain!, 5, value)
        expect(await findings(s.sink)).toEqual([{ chain, seq: 5, kind: "garbage", where, message: `record 5 is ${problem === "missing fields" ? "missing or invalid fields (ts, action, outcome, hash, prev)" : problem}` }])
      } finally {
        await s.sink.close?.()
        await s.cleanup?.()
      }
    },
  )
}
