import type { Storage } from "unstorage"
import { chainRecord, demoAuditKey, registryMessage, toAuditRecord, type AuditCheckpoint, type AuditHead, type AuditKey, type AuditSink } from "../../core/index.ts"

const pad = (seq: number) => String(seq).padStart(12, "0")
// "~" is not allowed in a chain name, so these never collide with a chain's keys.
const REGISTRY = "~registry"
const CHECKPOINTS = "~checkpoints"

/**
 * Audit records in unstorage (`audit:<chain>:r:<seq>`) with a head pointer
 * per chain, a registry entry per chain (`audit:~registry:<chain>`, signed,
 * written before the chain's first record) and signed checkpoints
 * (`audit:~checkpoints:<id>`). unstorage has no compare-and-set, so two
 * writers could fork one chain: instead each writer (runtime) appends to its
 * own chain, and `audit verify` walks every registered one. Appends within
 * a writer are serialized.
 */
export function createKvSink(storage: Storage, chain: string, key: AuditKey = demoAuditKey): AuditSink {
  let head: AuditHead | undefined
  let loaded = false
  let tail: Promise<unknown> = Promise.resolve()
  const where = (k: string) => `audit:${k}`
  const registered = async () => (await storage.getKeys(REGISTRY)).filter((k) => k.startsWith(`${REGISTRY}:`)).map((k) => k.slice(REGISTRY.length + 1)).sort()
  return {
    name: "audit-kv",
    append(entry) {
      const next = tail.then(async () => {
        if (!loaded) {
          head = (await storage.getItem<AuditHead>(`${chain}:head`)) ?? undefined
          if (!(await storage.hasItem(`${REGISTRY}:${chain}`))) {
            const started = new Date().toISOString()
            await storage.setItem(`${REGISTRY}:${chain}`, { chain, started, mac: key.sign("registry", registryMessage(chain, started)) })
          }
          loaded = true
        }
        const record = chainRecord(chain, entry, head, new Date().toISOString(), key)
        await storage.setItem(`${chain}:r:${pad(record.seq)}`, record)
        await storage.setItem(`${chain}:head`, { seq: record.seq, hash: record.hash })
        head = { seq: record.seq, hash: record.hash }
        return record
      })
      tail = next.catch(() => {})
      return next
    },
    chains: registered,
    async registry() {
      const names = await registered()
      return Promise.all(names.map(async (c) => ({ chain: c, value: await storage.getItem(`${REGISTRY}:${c}`), where: where(`${REGISTRY}:${c}`) })))
    },
    async stored() {
      const names = (await storage.getKeys()).filter((k) => !k.startsWith("~") && (k.endsWith(":head") || k.includes(":r:"))).map((k) => k.slice(0, k.indexOf(":")))
      return [...new Set(names)].sort()
    },
    async *read(c) {
      const keys = (await storage.getKeys(`${c}:r`)).filter((k) => k.startsWith(`${c}:r:`)).sort()
      for (const k of keys) {
        const value = await storage.getItem(k)
        yield toAuditRecord(value, { chain: c, seq: Number.parseInt(k.slice(c.length + 3), 10) || 0, where: where(k) })
      }
    },
    async head(c) {
      const value = await storage.getItem<AuditHead>(`${c}:head`)
      return value && typeof value === "object" ? value : undefined
    },
    async saveCheckpoint(cp: AuditCheckpoint) {
      await storage.setItem(`${CHECKPOINTS}:${cp.id}`, cp)
    },
    async checkpoints() {
      const keys = (await storage.getKeys(CHECKPOINTS)).filter((k) => k.startsWith(`${CHECKPOINTS}:`)).sort()
      return Promise.all(keys.map(async (k) => ({ value: await storage.getItem(k), where: where(k) })))
    },
  }
}

