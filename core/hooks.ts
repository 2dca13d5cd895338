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

export interface HookBus {
  on<N extends EventName>(name: N, listener: EventListener<N>): () => void
  /** Runs every listener in registration order; a listener's failure is reported, not thrown. */
  emit<N extends EventName>(name: N, payload: CxedgeEvents[N]): Promise<void>
  count(name: EventName): number
}

/**
 * The bus. Failures are reported to `onError` and never reach the emitter:
 * an event tells what happened, and a listener cannot undo it. Work another
 * plugin must do (and whose failure the sender must see) goes through the
 * task queue instead (core/tasks.ts).
 */
export function createHooks(onError: (name: EventName, error: unknown) => void = () => {}): HookBus {
  const listeners = new Map<EventName, Set<EventListener<any>>>()
  return {
    on(name, listener) {
      let set = listeners.get(name)
      if (!set) listeners.set(name, (set = new Set()))
      set.add(listener)
      return () => set.delete(listener)
    },
    async emit(name, payload) {
      const set = listeners.get(name)
      if (!set) return
      for (const listener of set) {
        try {
          await listener(payload)
        } catch (error) {
          onError(name, error)
        }
      }
    },
    count: (name) => listeners.get(name)?.size ?? 0,
  }
}
