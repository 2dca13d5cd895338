import { describe, expect, test } from "bun:test"
import { createHash } from "node:crypto"
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { canonical, chainRecord, createAuditKey, createCxedgeStorage, hashRecord, verifyChain, type AuditRecord } from "../../core/index.ts"
import { createFileSink } from "../../plugins/audit-file/sink.ts"
import { createKvSink } from "../../plugins/audit-kv/sink.ts"
import { CONTRACT_KEY, testAuditSink } from "../../testing/audit-sink.ts"

const pad = (n: number) => String(n).padStart(12, "0")

testAuditSink("audit-kv", async () => {
  const storage = createCxedgeStorage().audit
  const sink = createKvSink(storage, "w1", CONTRACT_KEY)
  const key = (c: string, seq: number) => `${c}:r:${pad(seq)}`
  return {
    sink,
    tamper: {
      async garble(c, seq, value) {
        await storage.setItem(key(c, seq), value)
        return `audit:${key(c, seq)}`
      },
      setHead: (c, head) => (head ? storage.setItem(`${c}:head`, head) : storage.removeItem(`${c}:head`)),
      async removeRecords(c) {
        for (const k of await storage.getKeys(`${c}:r`)) await storage.removeItem(k)
      },
      unregister: (c) => storage.removeItem(`~registry:${c}`),
      async editCheckpoints(change) {
        for (const k of await storage.getKeys("~checkpoints")) {
          const cp = (await storage.getItem<Record<string, any>>(k))!
          change(cp)
          await storage.setItem(k, cp)
        }
      },
      async removeCheckpoints() {
        for (const k of await storage.getKeys("~checkpoints")) await storage.removeItem(k)
      },
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
  const sink = await createFileSink(dir, CONTRACT_KEY)
  const file = () => join(dir, readdirSync(dir).find((f) => /^audit-.*\.jsonl$/.test(f))!)
  const lines = () => readFileSync(file(), "utf8").trim().split("\n")
  const save = (ls: string[]) => writeFileSync(file(), ls.join("\n") + "\n")
  const at = (ls: string[], seq: number) => ls.findIndex((l) => JSON.parse(l).seq === seq)
  const checkpoints = join(dir, "checkpoints.jsonl")
  return {
    sink,
    tamper: {
      async garble(_, seq, value) {
        const ls = lines()
        const i = at(ls, seq)
        ls[i] = value
        save(ls)
        return `${file()} line ${i + 1}`
      },
      async setHead(_, head) {
        if (head) writeFileSync(join(dir, "head.json"), JSON.stringify(head))
        else rmSync(join(dir, "head.json"))
      },
      async removeRecords() {
        for (const f of readdirSync(dir).filter((f) => /^audit-.*\.jsonl$/.test(f))) rmSync(join(dir, f))
      },
      unregister: async () => rmSync(join(dir, "registry.jsonl")),
      async editCheckpoints(change) {
        const cps = readFileSync(checkpoints, "utf8").trim().split("\n").map((l) => JSON.parse(l))
        cps.forEach(change)
        writeFileSync(checkpoints, cps.map((c) => JSON.stringify(c)).join("\n") + "\n")
      },
      removeCheckpoints: async () => rmSync(checkpoints, { force: true }),
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

test("canonical JSON is the text earlier versions hashed: keys sorted by code unit, undefined left out, holes empty", () => {
  const value = { b: 1, a: [2, { d: undefined, c: "\u00e9\u2028" }], Z: null, "10": 1, "2": 2, "\u00e4": [1, , undefined], "\ud83d\ude00": { when: new Date(0) } }
  expect(canonical(value)).toBe('{"10":1,"2":2,"Z":null,"a":[2,{"c":"\u00e9\u2028"}],"b":1,"\u00e4":[1,,null],"\ud83d\ude00":{"when":{}}}')
  // A record as audit-kv stores it: its hash was computed over this text, so it must not change.
  const record = { action: "contact.anonymized", outcome: "ok", chain: "c", seq: 2, ts: "2026-11-30T00:00:00.000Z", prev: "0".repeat(64), fields: ["email"], detail: { target: "export" }, latencyMs: 1.25 }
  expect(hashRecord(record)).toBe(createHash("sha256").update("\u0000").update('{"action":"contact.anonymized","chain":"c","detail":{"target":"export"},"fields":["email"],"latencyMs":1.25,"outcome":"ok","prev":"' + "0".repeat(64) + '","seq":2,"ts":"2026-11-30T00:00:00.000Z"}').digest("hex"))
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

  test("audit-kv: appends that arrive while a group is written go together, in order, with one head write per group", async () => {
    const storage = createCxedgeStorage().audit
    const heads: number[] = []
    const set = storage.setItem.bind(storage)
    const sink = createKvSink(storage, "g")
    let late: Promise<AuditRecord>[] = []
    storage.setItem = (async (k: string, v: any) => {
      if (k === "g:head") heads.push(v.seq)
      // 300 more arrive while the first group's head is being written.
      if (k === "g:head" && v.seq === 1) late = Array.from({ length: 300 }, (_, i) => sink.append({ action: "x", outcome: "ok", contactId: String(i + 1) }))
      return set(k, v)
    }) as typeof storage.setItem
    const first = await sink.append({ action: "x", outcome: "ok", contactId: "0" })
    const records = [first, ...(await Promise.all(late))]
    expect(records.map((r) => r.contactId)).toEqual(Array.from({ length: 301 }, (_, i) => String(i)))
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 301 }, (_, i) => i + 1))
    // The first alone, then at most 256 at once, then the rest: not one head per record.
    expect(heads).toEqual([1, 257, 301])
    expect(await verifyChain(sink, "g")).toMatchObject({ ok: true, records: 301 })
  })

  test("audit-kv: a writer stopped mid-group leaves records past the head with gaps: reported as never committed, not as tampering", async () => {
    const storage = createCxedgeStorage().audit
    const sink = createKvSink(storage, "w")
    for (let i = 0; i < 10; i++) await sink.append({ action: "x", outcome: "ok" })
    const at = async (seq: number) => (await storage.getItem<AuditRecord>(`w:r:${pad(seq)}`))!
    // The group 6..10 was being stored when the writer stopped: 7 and 9 never landed, the head still says 5.
    await storage.setItem("w:head", { seq: 5, hash: (await at(5)).hash })
    await storage.removeItem(`w:r:${pad(7)}`)
    await storage.removeItem(`w:r:${pad(9)}`)
    expect(await verifyChain(sink, "w")).toEqual({ chain: "w", ok: true, records: 6, uncommitted: 2 })
    // Before the head the same gap is a deletion.
    await storage.removeItem(`w:r:${pad(3)}`)
    expect((await verifyChain(sink, "w")).broken).toMatchObject({ seq: 3, kind: "deleted" })
  })

  test("audit-kv: past the head a forged record is still caught; a record of another attempt ends what was committed", async () => {
    const storage = createCxedgeStorage().audit
    const sink = createKvSink(storage, "w", CONTRACT_KEY)
    const records: AuditRecord[] = []
    for (let i = 0; i < 6; i++) records.push(await sink.append({ action: "x", outcome: "ok" }))
    await storage.setItem("w:head", { seq: 4, hash: records[3]!.hash })
    // Record 6 from an earlier attempt at that seq (it links to another 5): never committed.
    await storage.setItem(`w:r:${pad(6)}`, chainRecord("w", { action: "y", outcome: "ok" }, { seq: 5, hash: "f".repeat(64) }, records[5]!.ts, CONTRACT_KEY))
    expect(await verifyChain(sink, "w", { key: CONTRACT_KEY })).toEqual({ chain: "w", ok: true, records: 5, uncommitted: 1 })
    // Signed with another key: a forgery wherever it is.
    await storage.setItem(`w:r:${pad(6)}`, chainRecord("w", { action: "y", outcome: "ok" }, records[4], records[5]!.ts, createAuditKey(`c1:${Buffer.from("someone-else-has-this-other-key!").toString("base64")}`)))
    expect((await verifyChain(sink, "w", { key: CONTRACT_KEY })).broken).toMatchObject({ seq: 6, kind: "forged" })
  })

  test("audit-kv: a group that fails to store is not committed; the next group writes the same seqs and the chain verifies", async () => {
    const storage = createCxedgeStorage().audit
    const set = storage.setItem.bind(storage)
    let fail = false
    storage.setItem = (async (k: string, v: any) => {
      if (fail && k === `f:r:${pad(4)}`) throw new Error("disk full")
      return set(k, v)
    }) as typeof storage.setItem
    const sink = createKvSink(storage, "f")
    for (let i = 0; i < 2; i++) await sink.append({ action: "x", outcome: "ok" })
    fail = true
    const failed = await Promise.allSettled([0, 1, 2].map(() => sink.append({ action: "x", outcome: "ok" })))
    expect(failed.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"])
    expect(await storage.getItem("f:head")).toMatchObject({ seq: 2 })
    fail = false
    const again = await sink.append({ action: "z", outcome: "ok" })
    expect(again.seq).toBe(3)
    // 3 was rewritten; 5 is left over from the failed group, past the head and linked to a record 4 that never landed.
    expect(await verifyChain(sink, "f")).toEqual({ chain: "f", ok: true, records: 3, uncommitted: 1 })
    for (let i = 0; i < 3; i++) await sink.append({ action: "x", outcome: "ok" })
    expect(await verifyChain(sink, "f")).toEqual({ chain: "f", ok: true, records: 6 })
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

  // The group's lines reached the day file, then moving head.json failed: the caller was told the write failed, so the
  // lines are taken back out; left in, the next record reused their seq and verify reported a fork.
  test("audit-file: a group written but not committed (head.json could not be moved) is cut back; the chain goes on whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-cut-"))
    const sink = await createFileSink(dir)
    await sink.append({ action: "x", outcome: "ok" })
    const file = join(dir, readdirSync(dir).find((f) => /^audit-.*\.jsonl$/.test(f))!)
    const before = readFileSync(file, "utf8")
    mkdirSync(join(dir, "head.json.tmp")) // writing the head's temporary file fails with EISDIR
    await expect(sink.append({ action: "lost", outcome: "ok" })).rejects.toThrow()
    expect(readFileSync(file, "utf8")).toBe(before)
    rmSync(join(dir, "head.json.tmp"), { recursive: true })
    const next = await sink.append({ action: "y", outcome: "ok" })
    expect(next.seq).toBe(2)
    expect(readFileSync(file, "utf8")).not.toContain('"lost"')
    expect(await verifyChain(sink, "file")).toEqual({ chain: "file", ok: true, records: 2 })
    await sink.close?.()
  })

  test("audit-file: a line that is no longer JSON is reported as garbage with its file and line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cxedge-audit-bad-"))
    const sink = await createFileSink(dir)
    for (let i = 0; i < 5; i++) await sink.append({ action: "x", outcome: "ok" })
    const file = join(dir, readdirSync(dir).find((f) => /^audit-.*\.jsonl$/.test(f))!)
    const ls = readFileSync(file, "utf8").trim().split("\n")
    ls[2] = ls[2]!.slice(0, 20)
    writeFileSync(file, ls.join("\n") + "\n")
    expect((await verifyChain(sink, "file")).broken).toMatchObject({ seq: 3, kind: "garbage", where: `${file} line 3` })
    await sink.close?.()
  })
})
