import { createHash } from "node:crypto"
import type { Storage } from "unstorage"
import type { OutboundEvent } from "./events.ts"
import { entryProblem } from "./outbox-entry.ts"

export interface OutboxEntry extends OutboundEvent {
  attempts: number
  nextAt: number
  createdAt: number
  lastStatus?: number | "network" | "timeout"
}

/**
 * A pending item as stored: a batch of entries written at once (`p:b_...`), or one entry (`p:<id>`, before batches).
 * `bad`: what of it cannot be sent (see outbox-entry.ts), to be moved to the dead letters, never sent.
 */
export interface Batch {
  key: string
  entries: OutboxEntry[]
  bad?: BadEntry[]
}

/** A stored value that cannot be a pending event: the entry's place in its batch (none: the whole item), why, and the value as read. */
export interface BadEntry {
  index?: number
  why: string
  value: unknown
}

/** A pending item's entries, each checked: those that can be sent, and those that cannot (the whole item when it has no entries). */
function read(value: unknown): { entries: OutboxEntry[]; bad: BadEntry[] } {
  const v = value as { entries?: unknown; id?: unknown } | null
  // Not JSON (unstorage hands back the text), or JSON of another shape: nothing in it is an event.
  if (typeof v !== "object" || v === null || Array.isArray(v) || (!Array.isArray(v.entries) && v.id === undefined)) {
    return { entries: [], bad: value === null || value === undefined ? [] : [{ why: "not a stored batch of events (not JSON, or no entries)", value }] }
  }
  const list: unknown[] = Array.isArray(v.entries) ? v.entries : [v]
  const entries: OutboxEntry[] = []
  const bad: BadEntry[] = []
  list.forEach((entry, index) => {
    const why = entryProblem(entry)
    if (why) bad.push({ index: Array.isArray(v.entries) ? index : undefined, why, value: entry })
    else entries.push(entry as OutboxEntry)
  })
  return { entries, bad }
}

/** Where a pending entry that cannot be sent is kept, as a dead letter: its pending key and place, never an event id. */
const quarantineKey = (key: string, index?: number) => `d:bad_${key.slice(2).replace(/[^\w-]/g, "_").slice(0, 120)}${index === undefined ? "" : `_${index}`}`

/**
 * A dead letter moved there from pending because it could not be sent: why, and the pending key it came from. Both are
 * shown only in the shape quarantine writes them (the item is stored data, which anyone with the storage may edit).
 */
const movedFrom = (value: unknown): string | undefined => {
  const v = value as { unsendable?: unknown; from?: unknown } | null
  if (typeof v !== "object" || v === null || typeof v.unsendable !== "string" || typeof v.from !== "string") return undefined
  const why = /^[\w "(),.-]{1,120}$/.test(v.unsendable) ? v.unsendable : "it could not be sent"
  return `${why} (moved here from pending${/^outbox:p:[\w.-]{1,200}( entry \d{1,6})?$/.test(v.from) ? ` ${v.from}` : ""})`
}

/** A dead letter as stored (`d:<id>`): its entry, or why it cannot be a delivery (then it is never sent). */
export type DeadLetter = { key: string; entry: OutboxEntry } | { key: string; why: string }

/**
 * Why a value stored at `d:<id>` cannot be sent, or undefined when it can: checked as a pending entry is
 * (outbox-entry.ts), and its id must be the one its key names. A dead letter with no body was replayed as an empty,
 * validly signed event and marked delivered, its content lost.
 */
function unsendable(key: string, value: unknown): string | undefined {
  return entryProblem(value) ?? (`d:${(value as OutboxEntry).id}` === key ? undefined : "its id is not the one its key names")
}

const scopeKeys = new Map<string, string>()
/** Where a job's delivered ids are remembered: hashed (once per job), so any job id makes a safe key part. */
function scopeKey(scope: string | undefined) {
  let key = scopeKeys.get(scope ?? "")
  if (!key) {
    if (scopeKeys.size >= 1024) scopeKeys.clear()
    scopeKeys.set(scope ?? "", (key = `j${createHash("sha256").update(scope ?? "").digest("hex").slice(0, 16)}`))
  }
  return key
}

let sequence = 0
/** A fresh key part, ordered by time within one process. */
export const freshId = (now: number) => `b_${now.toString(36)}_${(sequence++).toString(36)}_${Math.random().toString(36).slice(2, 8)}`

/**
 * The outbox's storage layout. Pending events are written a batch per item
 * (`p:b_...`), so a burst of events costs one write; delivered ids are
 * remembered a round per item under their job (`s:<job hash>:b_...`), so
 * a run reads only its own job's; dead letters stay one per item
 * (`d:<id>`), for `webhooks replay --id`. Items of the earlier layout (one
 * event per `p:<id>`, one marker per `s:<id>`) are still read.
 */
export function createStore(storage: Storage) {
  const keys = async (prefix: string) => (await storage.getKeys(prefix)).filter((k) => k.startsWith(`${prefix}:`))
  const store = {
    /** Every pending batch, as stored, each entry checked (`bad`: those that cannot be sent). */
    async pending(): Promise<Batch[]> {
      const batches = await Promise.all((await keys("p")).map(async (key) => ({ key, ...read(await storage.getItem(key)) })))
      return batches.filter((b) => b.entries.length || b.bad.length)
    },
    async batch(key: string): Promise<Batch> {
      return { key, ...read(await storage.getItem(key)) }
    },
    /**
     * A pending item's entries that cannot be sent, moved to the dead letters (one each, by the pending key and place,
     * as `webhooks list` shows them and `purge --key` clears them), the item rewritten with the others; answers their keys.
     */
    async quarantine({ key, entries, bad = [] }: Batch): Promise<string[]> {
      const moved = bad.map((b) => ({ at: quarantineKey(key, b.index), item: { unsendable: b.why, from: `outbox:${key}${b.index === undefined ? "" : ` entry ${b.index}`}`, value: b.value } }))
      await Promise.all(moved.map(({ at, item }) => storage.setItem(at, item)))
      await store.putBatch({ key, entries })
      return moved.map(({ at }) => at)
    },
    /** Writes a batch's remaining entries, or removes it when none remain. */
    async putBatch({ key, entries }: Batch) {
      if (entries.length) await storage.setItem(key, { entries })
      else await storage.removeItem(key)
    },
    /** Every dead letter, each checked: one that cannot be a delivery (not JSON, no id, no body, wrong types) says why. */
    async deadLetters(): Promise<DeadLetter[]> {
      const read = async (key: string): Promise<DeadLetter> => {
        const value = await storage.getItem(key).catch(() => undefined)
        const why = movedFrom(value) ?? unsendable(key, value)
        return why ? { key, why } : { key, entry: value as unknown as OutboxEntry }
      }
      return Promise.all((await keys("d")).map(read))
    },
    /** The dead letters that can be sent. */
    dead: async (): Promise<OutboxEntry[]> => (await store.deadLetters()).flatMap((d) => ("entry" in d ? [d.entry] : [])),
    deadIds: async () => (await keys("d")).map((k) => k.slice(2)),
    /** Removes one dead letter by its key (`d:...`); answers whether there was one. */
    async removeDeadKey(key: string) {
      if (!key.startsWith("d:") || !(await storage.hasItem(key))) return false
      await storage.removeItem(key)
      return true
    },
    putDead: (entry: OutboxEntry) => storage.setItem(`d:${entry.id}`, entry),
    removeDead: (id: string) => storage.removeItem(`d:${id}`),
    /** Remembers delivered ids, one item per job and round. */
    async putSent(entries: OutboxEntry[], now: number) {
      const byScope = new Map<string, string[]>()
      for (const e of entries) {
        const scope = scopeKey(e.scope)
        const ids = byScope.get(scope)
        if (ids) ids.push(e.id)
        else byScope.set(scope, [e.id])
      }
      await Promise.all([...byScope].map(([scope, ids]) => storage.setItem(`s:${scope}:${freshId(now)}`, { at: now, ids })))
    },
    /** The ids delivered for one job (and, for the earlier layout, any job). */
    async sentIds(scope: string | undefined): Promise<string[]> {
      const prefix = `s:${scopeKey(scope)}`
      const items = await Promise.all((await keys(prefix)).map((k) => storage.getItem<{ ids?: string[] }>(k)))
      return items.flatMap((v) => v?.ids ?? [])
    },
    /** Ids of the earlier layout's markers (`s:<id>`): keys only, nothing read. */
    legacySentIds: async () => (await keys("s")).filter((k) => k.split(":").length === 2).map((k) => k.slice(2)),
    /** How many ids were delivered, over every job. */
    async sentCount() {
      const all = await keys("s")
      const items = await Promise.all(all.map((k) => storage.getItem<{ ids?: string[] }>(k)))
      return items.reduce((n, v) => n + (Array.isArray(v?.ids) ? v.ids.length : 1), 0)
    },
    async purge(prefix: "d" | "s") {
      const all = await keys(prefix)
      await Promise.all(all.map((k) => storage.removeItem(k)))
      return all.length
    },
  }
  return store
}

export type OutboxStore = ReturnType<typeof createStore>
