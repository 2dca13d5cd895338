import type { Batch, OutboxEntry } from "./outbox-store.ts"

/** One pending event and the stored batch it is in. */
export interface Item {
  key: string
  entry: OutboxEntry
  /** Not before (epoch ms): its retry schedule, or while another instance holds its batch. */
  wakeAt: number
}

/**
 * The pending events one instance knows of, in memory: what is due in the
 * order it was written, the rest waiting for its time. Storage stays the
 * truth (a listing rebuilds this); a pass never lists storage to find work.
 */
export function createQueue() {
  let batches = new Map<string, { entries: OutboxEntry[]; generation: number }>()
  let ready: Item[] = []
  let head = 0
  let waiting: Item[] = []
  let earliest = Infinity
  let generation = 0

  const wait = (item: Item) => {
    waiting.push(item)
    earliest = Math.min(earliest, item.wakeAt)
  }
  const place = (key: string, entry: OutboxEntry, now: number) => (entry.nextAt <= now ? ready.push({ key, entry, wakeAt: entry.nextAt }) : wait({ key, entry, wakeAt: entry.nextAt }))

  return {
    get size() {
      return ready.length - head + waiting.length
    },
    generation: () => generation,
    entries: (key: string) => batches.get(key)?.entries,
    /** A batch this instance just wrote. */
    add({ key, entries }: Batch, now: number) {
      batches.set(key, { entries, generation: ++generation })
      for (const entry of entries) place(key, entry, now)
    },
    /** The stored batches as listed: those this instance knew before `since` and the listing lacks are gone. */
    replace(listed: Batch[], since: number, now: number) {
      const next = new Map(listed.map((b) => [b.key, { entries: b.entries, generation: since }]))
      for (const [key, b] of batches) if (b.generation > since && !next.has(key)) next.set(key, b)
      batches = next
      ready = []
      head = 0
      waiting = []
      earliest = Infinity
      for (const [key, b] of batches) for (const entry of b.entries) place(key, entry, now)
    },
    /** A batch after a round: its remaining entries (none: it is gone). */
    update(key: string, entries: OutboxEntry[]) {
      const b = batches.get(key)
      if (!entries.length) batches.delete(key)
      else if (b) b.entries = entries
    },
    wait,
    /** Moves what is due (everything, when forced) from waiting to ready. */
    wake(now: number, force: boolean) {
      if (!force && earliest > now) return
      const still: Item[] = []
      earliest = Infinity
      for (const item of waiting) {
        if (force || item.wakeAt <= now) ready.push(item)
        else {
          still.push(item)
          earliest = Math.min(earliest, item.wakeAt)
        }
      }
      waiting = still
    },
    /** About `max` due events, oldest first, ending a batch it began (up to 4x `max`: no rewrite of a batch's rest); `job.finished` alone, after what came before it. */
    take(max: number): Item[] {
      const items: Item[] = []
      const finishing = (i: Item) => i.entry.type === "job.finished"
      // A job.finished ahead of contact events (retries woken after it) waits behind them.
      let lead = head
      while (lead < ready.length && finishing(ready[lead]!)) lead++
      if (lead > head && lead < ready.length) ready.push(...ready.splice(head, lead - head))
      while (head < ready.length && items.length < max * 4) {
        const item = ready[head]!
        if (items.length >= max && item.key !== items.at(-1)!.key) break
        if (items.length && finishing(item) !== finishing(items[0]!)) break
        items.push(item)
        head++
      }
      if (head > 1024 && head * 2 > ready.length) {
        ready = ready.slice(head)
        head = 0
      }
      return items
    },
  }
}

export type Queue = ReturnType<typeof createQueue>
