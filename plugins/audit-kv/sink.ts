import type { Storage } from "unstorage"
import { AUDIT_REGISTRY as REGISTRY, chainRecord, demoAuditKey, registeredChains, registryMessage, toAuditRecord, type AuditCheckpoint, type AuditEntry, type AuditHead, type AuditKey, type AuditRecord, type AuditSink } from "../../core/index.ts"

const pad = (seq: number) => String(seq).padStart(12, "0")
// "~" is not allowed in a chain name, so these never collide with a chain's keys (the registry's place is core's).
const CHECKPOINTS = "~checkpoints"

/** At most this many records in one group: they are written at once, so this bounds the writes in flight. */
const GROUP = 256

interface Waiting<T, R> {
  item: T
  /** Set once the item's group is written (or failed). */
  outcome?: { ok: true; value: R } | { ok: false; error: unknown }
  /** Set while its caller waits for its turn. */
  wake?: () => void
}

/**
 * Group commit: items that arrive while a group is committed wait, and go together (at most `max`) in the
 * next. That group is written by one of its own callers, never by the caller of the group before: on
 * Workers a write begun by a request that has since answered never completes, and the next group's
 * callers would wait for ever.
 */
function groupCommit<T, R>(commit: (items: T[]) => Promise<R[]>, max: number): (item: T) => Promise<R> {
  const queue: Waiting<T, R>[] = []
  let writing = false
  const wake = (w: Waiting<T, R> | undefined) => {
    const resume = w?.wake
    if (w) w.wake = undefined
    resume?.()
  }
  return async (item) => {
    const me: Waiting<T, R> = { item }
    queue.push(me)
    while (!me.outcome) {
      if (writing) {
        await new Promise<void>((resolve) => void (me.wake = resolve))
        continue
      }
      writing = true
      // Appends made in the same turn (concurrent contacts) join this group.
      await undefined
      const group = queue.splice(0, max)
      try {
        const results = await commit(group.map((w) => w.item))
        group.forEach((w, i) => void (w.outcome = { ok: true, value: results[i]! }))
      } catch (error) {
        group.forEach((w) => void (w.outcome = { ok: false, error }))
      }
      writing = false
      // The group's callers answer; the first still waiting writes the next group in its own turn.
      group.forEach(wake)
      wake(queue[0])
    }
    if (me.outcome.ok) return me.outcome.value
    throw me.outcome.error
  }
}

/**
 * Audit records in unstorage (`audit:<chain>:r:<seq>`) with a head pointer
 * per chain, a registry entry per chain (`audit:~registry:<chain>`, signed,
 * written before the chain's first record) and signed checkpoints
 * (`audit:~checkpoints:<id>`). unstorage has no compare-and-set, so two
 * writers could fork one chain: instead each writer (runtime) appends to its
 * own chain, and `audit verify` walks every registered one.
 *
 * Appends are group-committed: those that arrive while a group is being
 * written wait, and go together in the next group, chained in the order
 * they arrived: every record of the group is stored at once, then the head
 * pointer once. A record counts as written (its append resolves) only when
 * the head names it or a later one. A writer stopped mid-group leaves some
 * of the group's records past the head, possibly with gaps: `audit verify`
 * reports them as not committed (core/audit.ts), and a writer that fails a
 * group writes the same seqs again.
 */
export function createKvSink(storage: Storage, chain: string, key: AuditKey = demoAuditKey): AuditSink {
  let head: AuditHead | undefined
  let loaded = false
  const where = (k: string) => `audit:${k}`
  const registered = () => registeredChains(storage)

  async function load() {
    head = (await storage.getItem<AuditHead>(`${chain}:head`)) ?? undefined
    if (!(await storage.hasItem(`${REGISTRY}:${chain}`))) {
      const started = new Date().toISOString()
      await storage.setItem(`${REGISTRY}:${chain}`, { chain, started, mac: key.sign("registry", registryMessage(chain, started)) })
    }
    loaded = true
  }

  /** One group: chained in arrival order, its records stored together, then the head once. */
  async function commit(entries: AuditEntry[]): Promise<AuditRecord[]> {
    if (!loaded) await load()
    let last = head
    const ts = new Date().toISOString()
    const records = entries.map((entry) => {
      const record = chainRecord(chain, entry, last, ts, key)
      last = { seq: record.seq, hash: record.hash }
      return record
    })
    // A failure leaves `head` where it was: not committed, the next group writes these seqs again.
    await Promise.all(records.map((r) => storage.setItem(`${chain}:r:${pad(r.seq)}`, r)))
    const top = records.at(-1)!
    const next = { seq: top.seq, hash: top.hash }
    await storage.setItem(`${chain}:head`, next)
    head = next
    return records
  }

  return {
    name: "audit-kv",
    append: groupCommit(commit, GROUP),
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

