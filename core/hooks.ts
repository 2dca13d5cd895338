import type { AuditEntry } from "./audit.ts"

/**
 * The events of the bus plugins talk through, by name. Core declares only
 * its own; a plugin that emits an event declares it by augmenting this
 * interface in its own folder, so listeners are typed and core never lists
 * another plugin's events (the way Hono and Nitro extend their maps):
 *
 * @example
 * declare module "@cxedge/toolkit" {
 *   interface CxedgeEvents {
 *     "greeting:sent": { to: string }
 *   }
 * }
 */
export interface CxedgeEvents {
  /** Emitted every few seconds by a server's worker loop (or a Worker's cron): time-driven retries listen. */
  "runtime:tick": { at: number }
  /**
   * A Worker invocation is about to end (after its response, its queue batch or its cron tick): a plugin with
   * background work started in it (a delivery pass) finishes it now, inside `waitUntil`, since a Worker cuts off
   * what runs on after the invocation. Bun and Node never need it: their promises run on.
   */
  "runtime:settle": { at: number }
  /** One audit record for the runtime's audit sink: ids, names, codes and counts, never a value or a secret. */
  "audit:record": AuditEntry
  /** A unit of work ended (a job, say): the audit sink signs a checkpoint of every chain's head now. */
  "audit:checkpoint": { reason: string }
}

export type EventName = keyof CxedgeEvents

/** Core's own events by name, for the check of a plugin's `hooks` (plugins name theirs in `events`). */
export const CORE_EVENTS: readonly EventName[] = ["runtime:tick", "runtime:settle", "audit:record", "audit:checkpoint"]
export type EventListener<N extends EventName> = (payload: CxedgeEvents[N]) => void | Promise<void>
/** Listeners by event name, as a plugin's `hooks` gives them. */
export type Hooks = { [N in EventName]?: EventListener<N> }

export interface ListenerOptions {
  /**
   * The listener keeps a record the emitter relies on (an audit sink's record, an outbox's delivery): its failure
   * reaches the emitter, once every listener has run, so the emitter can keep its work to do again (a job leaves the
   * contact to its resume) instead of losing the record. Other listeners' failures are only reported.
   */
  durable?: boolean
}

export interface HookBus {
  on<N extends EventName>(name: N, listener: EventListener<N>, options?: ListenerOptions): () => void
  /**
   * Runs every listener in registration order. A listener's failure is reported, not thrown, unless the listener is
   * durable: then the first such failure is thrown after the last listener ran.
   */
  emit<N extends EventName>(name: N, payload: CxedgeEvents[N]): Promise<void>
  count(name: EventName): number
}

/**
 * The bus. A failure is reported to `onError` and does not reach the emitter:
 * an event tells what happened, and a listener cannot undo it; only a durable
 * listener's failure does (its record would otherwise be lost while the work
 * it records is called done). Work another plugin must do (and whose failure
 * the sender must see) goes through the task queue instead (core/tasks.ts).
 */
export function createHooks(onError: (name: EventName, error: unknown) => void = () => {}): HookBus {
  const listeners = new Map<EventName, Set<EventListener<any>>>()
  const durable = new WeakSet<EventListener<any>>()
  return {
    on(name, listener, options) {
      let set = listeners.get(name)
      if (!set) listeners.set(name, (set = new Set()))
      if (options?.durable) durable.add(listener)
      set.add(listener)
      return () => set.delete(listener)
    },
    async emit(name, payload) {
      const set = listeners.get(name)
      if (!set) return
      let lost: { error: unknown } | undefined
      for (const listener of set) {
        try {
          await listener(payload)
        } catch (error) {
          if (durable.has(listener)) lost ??= { error }
          else onError(name, error)
        }
      }
      if (lost) throw lost.error
    },
    count: (name) => listeners.get(name)?.size ?? 0,
  }
}
