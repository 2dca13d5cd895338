import type { Storage } from "unstorage"
import { chainRecord, type AuditRecord, type AuditSink } from "../../core/index.ts"

const pad = (seq: number) => String(seq).padStart(12, "0")

/**
 * Audit records in unstorage (`audit:<chain>:r:<seq>`) with a head pointer
 * per chain. unstorage has no compare-and-set, so two writers could fork one
 * chain: instead each writer (runtime) appends to its own chain, and
 * `audit verify` walks them all. Appends within a writer are serialized.
 */
export function createKvSink(storage: Storage, chain: string): AuditSink {
  let head: { seq: number; hash: string } | undefined
  let loaded = false
  let tail: Promise<unknown> = Promise.resolve()
  return {
    name: "audit-kv",
    append(entry) {
      const next = tail.then(async () => {
        if (!loaded) {
          head = (await storage.getItem<{ seq: number; hash: string }>(`${chain}:head`)) ?? undefined
          loaded = true
        }
        const record = chainRecord(chain, entry, head, new Date().toISOString())
        await storage.setItem(`${chain}:r:${pad(record.seq)}`, record)
        await storage.setItem(`${chain}:head`, { seq: record.seq, hash: record.hash })
        head = { seq: record.seq, hash: record.hash }
        return record
      })
      tail = next.catch(() => {})
      return next
    },
    async chains() {
      const keys = await storage.getKeys()
      return [...new Set(keys.filter((k) => k.endsWith(":head")).map((k) => k.slice(0, -":head".length)))].sort()
    },
    async *read(c) {
      const keys = (await storage.getKeys(`${c}:r`)).filter((k) => k.startsWith(`${c}:r:`)).sort()
      for (const key of keys) {
        const record = await storage.getItem<AuditRecord>(key)
        if (record) yield record
      }
    },
    head: async (c) => (await storage.getItem<{ seq: number; hash: string }>(`${c}:head`)) ?? undefined,
  }
}
