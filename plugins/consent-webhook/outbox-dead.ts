import type { Clock } from "../../core/index.ts"
import type { Queue } from "./outbox-queue.ts"
import type { OutboxStore } from "./outbox-store.ts"

/** A replayed dead letter is pending under a key of its id: two replays of it at once store it once. */
export const REPLAYED = "p:r_"
/** Where the outbox sits in the runtime's storage: a key is shown (and given to `purge --key`) with it. */
const SHOWN = "outbox:"

/** A dead letter that cannot be sent, by the key `webhooks list` shows and `webhooks purge --key` takes. */
export interface Unreadable {
  key: string
  why: string
}

/** Dead letters (all, or the given ids) moved back to pending with a fresh schedule; answers how many. */
async function reopen(store: OutboxStore, queue: Queue, clock: Clock, ids?: string[]) {
  const dead = (await store.dead()).filter((e) => !ids || ids.includes(e.id))
  for (const e of dead) {
    const batch = { key: `${REPLAYED}${e.id}`, entries: [{ ...e, attempts: 0, nextAt: clock.now() }] }
    await store.putBatch(batch)
    await store.removeDead(e.id)
    queue.add(batch, clock.now())
  }
  return dead.length
}

/** The outbox as `cxedge webhooks` sees it: what is pending and dead, replay, purge. */
export function createDeadLetters(store: OutboxStore, queue: Queue, clock: Clock, outbox: { forget(): void; flush(): Promise<void> }) {
  let replaying: Promise<unknown> = Promise.resolve()
  return {
    /** Pending events, the dead letters that can be sent, and how many were delivered. */
    async list() {
      const pending = (await store.pending()).flatMap((b) => b.entries)
      return { pending, dead: await store.dead(), sent: await store.sentCount() }
    },
    /** Dead letters that cannot be sent (not JSON, no id, no body, wrong types), by the key `purgeKey` takes. */
    async unreadable(): Promise<Unreadable[]> {
      return (await store.deadLetters()).flatMap((d) => ("why" in d ? [{ key: `${SHOWN}${d.key}`, why: d.why }] : []))
    },
    /** Moves dead letters (all, or the given ids) back to pending with a fresh schedule, then sends them. */
    async replay(ids?: string[]) {
      // Two replays at once each moved the same dead letters back and each sent them: they now take turns, the second
      // finding none left to move.
      const turn = replaying.then(() => reopen(store, queue, clock, ids))
      replaying = turn.catch(() => {})
      const moved = await turn
      await outbox.flush()
      return moved
    },
    async purge(what: { dead?: boolean; sent?: boolean }) {
      const removed = (what.dead ? await store.purge("d") : 0) + (what.sent ? await store.purge("s") : 0)
      // What was forgotten may be sent again: the ids known are read afresh.
      outbox.forget()
      return removed
    },
    /** Removes the one dead letter at `key` as `list` shows it (`outbox:d:...`), readable or not; answers how many (0 or 1). */
    async purgeKey(key: string) {
      const removed = key.startsWith(`${SHOWN}d:`) && (await store.removeDeadKey(key.slice(SHOWN.length)))
      outbox.forget()
      return removed ? 1 : 0
    },
  }
}
