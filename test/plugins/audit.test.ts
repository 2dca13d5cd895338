import { describe, expect, test } from "bun:test"
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createCxedgeStorage, verifyChain, type AuditRecord } from "../../core/index.ts"
import { createFileSink } from "../../plugins/audit-file/sink.ts"
import { createKvSink } from "../../plugins/audit-kv/sink.ts"
import { testAuditSink } from "../contracts/audit-sink.ts"

const pad = (n: number) => String(n).padStart(12, "0")

testAuditSink("audit-kv", async () => {
  const storage = createCxedgeStorage().audit
  const sink = createKvSink(storage, "w1")
  const key = (c: string, seq: number) => `${c}:r:${pad(seq)}`
  return {
    sink,
    tamper: {
      async edit(c, seq, change) {
        const r = (await storage.getItem<AuditRecord>(key(c, seq)))!
        change(r)
        await storage.setItem(key(c, seq), r)
      },
      remove: (c, seq) => storage.removeItem(key(c, seq)),
      async swap(c, a, b) {
        const [ra, rb] = [await storage.getItem(key(c, a)), await storage.getItem(key(c, b))]
        await storage.setItem(key(c, a), rb)
        await storage.setItem(key(c, b), ra)
      },
      // Keys sort by seq: an extra key between 4 and 5 sits right after 4.
      insertAfter: (c, after, r) => storage.setItem(`${c}:r:${pad(after)}a`, r),
      async truncate(c, keep) {
        for (let seq = keep + 1; seq <= 10; seq++) await storage.removeItem(key(c, seq))
      },
    },
  }
})

testAuditSink("audit-file", async () => {
  const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-"))
  const sink = await createFileSink(dir)
  const file = () => join(dir, readdirSync(dir).find((f) => f.endsWith(".jsonl"))!)
  const lines = () => readFileSync(file(), "utf8").trim().split("\n")
  const save = (ls: string[]) => writeFileSync(file(), ls.join("\n") + "\n")
  const at = (ls: string[], seq: number) => ls.findIndex((l) => JSON.parse(l).seq === seq)
  return {
    sink,
    tamper: {
      async edit(_, seq, change) {
        const ls = lines()
        const r = JSON.parse(ls[at(ls, seq)]!)
        change(r)
        ls[at(ls, seq)] = JSON.stringify(r)
        save(ls)
      },
      async remove(_, seq) {
        const ls = lines()
        ls.splice(at(ls, seq), 1)
        save(ls)
      },
      async swap(_, a, b) {
        const ls = lines()
        const [ia, ib] = [at(ls, a), at(ls, b)]
        ;[ls[ia], ls[ib]] = [ls[ib]!, ls[ia]!]
        save(ls)
      },
      async insertAfter(_, after, r) {
        const ls = lines()
        ls.splice(at(ls, after) + 1, 0, JSON.stringify(r))
        save(ls)
      },
      async truncate(_, keep) {
        save(lines().slice(0, keep))
      },
    },
  }
})

describe("audit sinks", () => {
  test("audit-kv: two writers on one store each keep an intact chain; nothing lost or forked", async () => {
    const storage = createCxedgeStorage().audit
    const a = createKvSink(storage, "writer-a")
    const b = createKvSink(storage, "writer-b")
    await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).append({ action: "x", outcome: "ok", contactId: String(i) })))
    const chains = await a.chains()
    expect(chains).toEqual(["writer-a", "writer-b"])
    const results = await Promise.all(chains.map((c) => verifyChain(a, c)))
    expect(results.map((r) => [r.ok, r.records])).toEqual([[true, 100], [true, 100]])
  })

  test("audit-kv: a writer killed between storing a record and moving the head leaves a chain that still verifies", async () => {
    const storage = createCxedgeStorage().audit
    const sink = createKvSink(storage, "w")
    for (let i = 0; i < 5; i++) await sink.append({ action: "x", outcome: "ok" })
    const head = await storage.getItem<{ seq: number; hash: string }>("w:head")
    const last = (await storage.getItem<AuditRecord>(`w:r:${pad(5)}`))!
    await storage.setItem("w:head", { seq: 4, hash: last.prev }) // the head never moved to 5
    expect(head!.seq).toBe(5)
    expect(await verifyChain(sink, "w")).toMatchObject({ ok: true, records: 5 })
  })

  test("audit-file: a second writer on the same directory is refused; a dead writer's lock is taken over", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-lock-"))
    const first = await createFileSink(dir)
    await expect(createFileSink(dir)).rejects.toThrow(`is being written by process ${process.pid}`)
    await first.close?.()
    writeFileSync(join(dir, ".lock"), "999999") // no such process
    const again = await createFileSink(dir)
    await again.append({ action: "x", outcome: "ok" })
    await again.close?.()
  })

  test("audit-file: a line that is no longer JSON is reported as edited at its place", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-bad-"))
    const sink = await createFileSink(dir)
    for (let i = 0; i < 5; i++) await sink.append({ action: "x", outcome: "ok" })
    const file = join(dir, readdirSync(dir).find((f) => f.endsWith(".jsonl"))!)
    const ls = readFileSync(file, "utf8").trim().split("\n")
    ls[2] = ls[2]!.slice(0, 20)
    writeFileSync(file, ls.join("\n") + "\n")
    expect((await verifyChain(sink, "file")).broken).toMatchObject({ seq: 3, kind: "edited" })
    await sink.close?.()
  })
})
