// An owed audit record (an action done whose record failed) asked for by two instances sharing one storage at once:
// a retry reaching two servers behind a load balancer. Both found no skip mark and both appended: a duplicate record
// in the sink's chain. The coordinator they share (redis's SET NX in production) lets one write it; the other waits
// and answers what was done. Two runtimes in this process stand for the two instances.
import { describe, expect, test } from "bun:test"
import { attachAuditSink, createCxedgeStorage, createMemoryCoordinator, createRuntime, definePlugin, demoAuditKey, systemClock, type AuditEntry, type AuditRecord, type AuditSink } from "../../core/index.ts"
import { recordDone, writeOwed } from "../../core/owed-audit.ts"

/** A sink whose appends go to `records` and take 30 ms (a remote store): long enough for two instances to overlap. */
function slowSink(records: AuditEntry[]): AuditSink {
  return {
    name: "shared",
    append: async (entry: AuditEntry) => {
      await new Promise((resolve) => setTimeout(resolve, 30))
      records.push(entry)
      return {} as AuditRecord
    },
  } as unknown as AuditSink
}

async function instances(records: AuditEntry[]) {
  const storage = createCxedgeStorage()
  const coordinator = createMemoryCoordinator(systemClock)
  const plugin = definePlugin({ name: "shared-sink", version: "0.0.0", setup: (rt) => attachAuditSink(rt, slowSink(records), { key: demoAuditKey }) })
  const one = await createRuntime({ plugins: [plugin] }, { storage, coordinator })
  const two = await createRuntime({ plugins: [plugin] }, { storage, coordinator })
  return { storage, one, two }
}

const says = () => ({ done: "mailed", retry: "ask again", again: "it is not mailed twice" })

describe("an owed audit record asked for by two instances at once", () => {
  test("is appended once", async () => {
    const records: AuditEntry[] = []
    const { storage, one, two } = await instances(records)
    const store = storage.namespace("owed-test")
    await store.setItem("k1", { entry: { action: "transcript.sent", outcome: "ok" }, result: { ok: true }, at: new Date().toISOString() })
    const both = await Promise.all([writeOwed(one, "test", store, "k1", says), writeOwed(two, "test", store, "k1", says)])
    // Both answer what was done (a retry redoes nothing), and the sink holds one record.
    expect(both.map((o) => o?.result)).toEqual([{ ok: true }, { ok: true }])
    expect(records.map((r) => r.action)).toEqual(["transcript.sent"])
    await Promise.all([one.dispose(), two.dispose()])
  })

  test("a retry reaching another instance while the first still writes the record: one record, the same answer", async () => {
    const records: AuditEntry[] = []
    const { storage, one, two } = await instances(records)
    const store = storage.namespace("owed-test")
    const done = { entry: { action: "script.started", outcome: "ok" }, result: { contactId: 7 }, at: new Date().toISOString() }
    const first = recordDone(one, "test", store, "k2", done, says())
    await new Promise((resolve) => setTimeout(resolve, 10))
    const retried = await writeOwed(two, "test", store, "k2", says)
    await first
    expect(retried?.result).toEqual({ contactId: 7 })
    expect(records.map((r) => r.action)).toEqual(["script.started"])
    await Promise.all([one.dispose(), two.dispose()])
  })
})
