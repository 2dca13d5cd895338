import type { Storage } from "unstorage"
import { describeError, type Clock, type Coordinator, type Logger } from "../../core/index.ts"
import type { OutboundEvent } from "./events.ts"
import { attempt, eachLimited, type DeliveryOptions, type Outcome } from "./outbox-delivery.ts"
import { createDeadLetters, REPLAYED } from "./outbox-dead.ts"
import { createQueue, type Item, type Queue } from "./outbox-queue.ts"
import { createStore, freshId, type Batch, type OutboxEntry, type OutboxStore } from "./outbox-store.ts"

export type { OutboxEntry } from "./outbox-store.ts"

export interface OutboxOptions extends DeliveryOptions {
  storage: Storage
  /** Instances sharing the outbox claim a batch before sending from it. */
  coordinator?: Coordinator
  clock: Clock
  log: Logger
  /** Deliveries in flight at once (default 8). */
  concurrency?: number
  /**
   * Told of each event moved to the dead letters, for one line per run (outbound.ts): a warning per event was 251
   * lines for a job's 251 events.
   */
  deadLettered?: (entry: OutboxEntry) => void
}

/** Events per round (a stored batch begun is finished, up to 4x this): delivered ids are remembered once per round, so a crash repeats at most one round's. */
const ROUND = 64
/** How often a long-running instance lists storage for events others left (a crashed instance's). */
const RESCAN_MS = 60_000

/** The ids this outbox must not store again (pending, delivered, dead), read from storage once and per job. */
function createIndex(store: OutboxStore, queue: Queue, clock: Clock, setAside: (batch: Batch) => Promise<Batch>) {
  const known = new Set<string>()
  const sentStored = new Set<string>()
  const scopes = new Map<string | undefined, Promise<void>>()
  let started: Promise<void> | undefined
  let rescanAt = 0
  const scope = (s: string | undefined) => {
    let loaded = scopes.get(s)
    if (!loaded) scopes.set(s, (loaded = store.sentIds(s).then((ids) => ids.forEach((id) => (known.add(id), sentStored.add(id))))))
    return loaded
  }
  /** Storage read again: pending batches (without what a crash left delivered but not yet struck off). */
  async function rescan() {
    const since = queue.generation()
    const listed = await Promise.all((await store.pending()).map((b) => (b.bad?.length ? setAside(b) : b)))
    await Promise.all([...new Set(listed.flatMap((b) => b.entries.map((e) => e.scope)))].map(scope))
    for (const b of listed) {
      b.entries = b.entries.filter((e) => !sentStored.has(e.id))
      b.entries.forEach((e) => known.add(e.id))
    }
    queue.replace(listed.filter((b) => b.entries.length), since, clock.now())
    rescanAt = clock.now() + RESCAN_MS
  }
  const start = () =>
    (started ??= (async () => {
      const [dead, legacy] = await Promise.all([store.deadIds(), store.legacySentIds()])
      for (const id of [...dead, ...legacy]) known.add(id)
      await rescan()
    })())
  const forget = () => {
    started = undefined
    known.clear()
    sentStored.clear()
    scopes.clear()
  }
  return { known, start, rescan, scope, forget, rescanDue: () => clock.now() >= rescanAt }
}

/** The batch's entries, less (for a replayed dead letter) one another replay has delivered since it was read. */
async function unsent(store: OutboxStore, batch: Batch): Promise<OutboxEntry[]> {
  if (!batch.key.startsWith(REPLAYED)) return batch.entries
  const sent = new Set((await Promise.all([...new Set(batch.entries.map((e) => e.scope))].map((s) => store.sentIds(s)))).flat())
  return batch.entries.filter((e) => !sent.has(e.id))
}

/**
 * A pending item's entries that cannot be sent (outbox-entry.ts: a crash, a hand edit, tampering) moved to the dead
 * letters, and said in one warning naming the keys (never a value); the item keeps the others, which still go out.
 */
async function moveBad(options: OutboxOptions, store: OutboxStore, batch: Batch): Promise<Batch> {
  const moved = await store.quarantine(batch)
  const shown = moved.map((k) => `outbox:${k}`)
  const list = shown.length > 3 ? `${shown.slice(0, 3).join(", ")} and ${shown.length - 3} more` : shown.join(", ")
  options.log.warn(`consent outbox: ${moved.length} pending event(s) at outbox:${batch.key} cannot be sent (${batch.bad![0]!.why}${moved.length > 1 ? ", ..." : ""}): never sent, moved to the dead letters as ${list}; see why with cxedge webhooks list, clear each with cxedge webhooks purge --key KEY --yes`)
  return { key: batch.key, entries: batch.entries }
}

/** moveBad under the item's claim when instances share the outbox; an item another instance holds is left to it (its entries that can be sent still queued). */
function setAsideWith(options: OutboxOptions, store: OutboxStore) {
  return async (batch: Batch): Promise<Batch> => {
    const lease = `outbox:${batch.key}`
    if (!options.coordinator) return moveBad(options, store, batch)
    if (!(await options.coordinator.claim(lease, options.timeoutMs + 5000))) return { key: batch.key, entries: batch.entries }
    try {
      const again = await store.batch(batch.key)
      return again.bad?.length ? await moveBad(options, store, again) : again
    } finally {
      await options.coordinator.release(lease)
    }
  }
}

/** Delivers a round of events: the batches claimed and re-read, the events sent, then what became of them stored. */
function createRounds(options: OutboxOptions, store: OutboxStore, queue: Queue) {
  const { clock } = options
  async function deliver(items: Item[]) {
    const now = clock.now()
    const held = new Map<string, OutboxEntry[]>()
    const lease = (key: string) => `outbox:${key}`
    for (const key of new Set(items.map((i) => i.key))) {
      if (options.coordinator && !(await options.coordinator.claim(lease(key), options.timeoutMs + 5000))) continue
      // Re-read under the claim: another instance may have sent some since this one learnt of the batch.
      const batch = await store.batch(key)
      held.set(key, await unsent(store, batch.bad?.length ? await moveBad(options, store, batch) : batch))
    }
    const sendable: OutboxEntry[] = []
    for (const item of items) {
      // Held by another instance: looked at again once its claim could have lapsed.
      if (!held.has(item.key)) queue.wait({ ...item, wakeAt: now + options.timeoutMs + 5000 })
      const stored = held.get(item.key)?.find((e) => e.id === item.entry.id)
      // A batch queued twice (a dead letter replayed twice at once) is sent once.
      if (stored && !sendable.includes(stored)) sendable.push(stored)
    }
    const outcomes = new Map<string, Outcome>()
    try {
      await eachLimited(sendable, options.concurrency ?? 8, async (entry) => void outcomes.set(entry.id, await attempt(options, entry, now)))
      await settle(held, outcomes, now)
    } finally {
      await Promise.all([...held.keys()].map((key) => options.coordinator?.release(lease(key))))
    }
  }
  async function settle(held: Map<string, OutboxEntry[]>, outcomes: Map<string, Outcome>, now: number) {
    const delivered = [...held.values()].flat().filter((e) => outcomes.get(e.id)?.kind === "delivered")
    if (delivered.length) await store.putSent(delivered, now)
    for (const [key, entries] of held) {
      const remaining: OutboxEntry[] = []
      for (const entry of entries) {
        const outcome = outcomes.get(entry.id)
        if (!outcome) remaining.push(entry)
        else if (outcome.kind === "retry") {
          remaining.push(outcome.entry)
          queue.wait({ key, entry: outcome.entry, wakeAt: outcome.entry.nextAt })
        } else if (outcome.kind === "dead") {
          await store.putDead(outcome.entry)
          options.deadLettered?.(outcome.entry)
        }
      }
      await store.putBatch({ key, entries: remaining })
      queue.update(key, remaining)
    }
  }
  return deliver
}

/** Runs `run` in the background; calls while it runs coalesce into one more run (forced if any of them was). */
function coalesced(run: (force: boolean) => Promise<void>) {
  let running: Promise<void> | undefined
  let again = false
  let forced = false
  return function kick(force = false): Promise<void> {
    forced ||= force
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        const f = forced
        forced = false
        await run(f)
      } while (again)
    })().finally(() => {
      running = undefined
    })
    return running
  }
}

/**
 * A durable outbox. An event is stored before `enqueue` answers, so a crash
 * loses nothing; events that arrive together (concurrent contacts) share one
 * write. They are then POSTed with Standard Webhooks headers, `concurrency`
 * at a time, from memory (no storage listing per pass), retried on the
 * schedule, and after the last failure moved to the dead-letter list
 * (`outbox:d:<id>`) for `webhooks replay`. A delivered id is remembered
 * (per job, a round per item) and never sent again. Layout: outbox-store.ts.
 */
export function createOutbox(options: OutboxOptions) {
  const { clock, log } = options
  const store = createStore(options.storage)
  const queue = createQueue()
  const { known, start, rescan, scope, forget, rescanDue } = createIndex(store, queue, clock, setAsideWith(options, store))
  const deliver = createRounds(options, store, queue)
  let buffer: OutboxEntry[] = []
  let writing: Promise<void> | undefined

  /** Every event buffered until now, in one stored batch. */
  async function write() {
    const entries = buffer
    buffer = []
    writing = undefined
    const batch = { key: `p:${freshId(clock.now())}`, entries }
    try {
      await store.putBatch(batch)
    } catch (error) {
      entries.forEach((e) => known.delete(e.id))
      throw error
    }
    queue.add(batch, clock.now())
  }

  /** Sends every due event (every pending one when forced), a round at a time. */
  async function pass(force: boolean) {
    if (!options.url || options.secrets.length === 0) return
    await start()
    if (force || rescanDue()) await rescan()
    queue.wake(clock.now(), force)
    for (let items = queue.take(ROUND); items.length; items = queue.take(ROUND)) await deliver(items)
  }

  const run = coalesced((force) => pass(force).catch((error) => log.warn(`consent outbox: ${describeError(error)}`)))
  // Whether this runtime had anything to send (events of its own, a server's ticks, a replay): one that had not (a
  // list, a refused command) makes no call when it closes.
  let used = false
  const kick = (force = false) => ((used = true), run(force))
  const settle = async (force = false) => {
    await writing?.catch(() => {})
    await kick(force)
  }
  const flush = () => settle(true)
  const outbox = {
    /** Stores an event unless it is already pending, sent or dead; answers once it is stored. */
    async enqueue(event: OutboundEvent) {
      await start()
      await scope(event.scope)
      if (known.has(event.id)) return false
      known.add(event.id)
      used = true
      buffer.push({ ...event, attempts: 0, nextAt: clock.now(), createdAt: clock.now() })
      // Events enqueued in the same turn (concurrent contacts) share the write.
      await (writing ??= Promise.resolve().then(write))
      return true
    },
    /** Sends what is due, in the background; overlapping calls coalesce into one more pass. */
    kick,
    /** Events stored and a pass finished: what is due (a Worker's invocation ends after it), or all when forced. */
    settle,
    /** Every pending event sent now, whatever its schedule (replay: someone asked for it). */
    flush,
    /**
     * The runtime closes: what is due goes out (a job's fresh events, retries whose time has come), never an event
     * before its time, and nothing at all from a runtime that had nothing to send. Closing used to send every pending
     * event and count the attempt: nine `webhooks list` runs dead-lettered a job's events within seconds.
     */
    async close() {
      if (used) await settle()
    },
    ...createDeadLetters(store, queue, clock, { forget, flush }),
  }
  return outbox
}

export type Outbox = ReturnType<typeof createOutbox>
