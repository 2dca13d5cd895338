/**
 * The typed event bus plugins talk through. Names are fixed here so that a
 * listener (consent webhooks, audit sinks) and an emitter (the anonymize
 * pipeline) never import each other.
 */
export interface HookEvents {
  "job:started": { jobId: string; source: string; target: string; matrix: string; dryRun: boolean }
  "contact:planned": { jobId: string; contactId: string; fields: FieldAction[] }
  "contact:applied": {
    jobId: string
    contactId: string
    fields: FieldAction[]
    target: string
    latencyMs: number
    subjects?: string[]
    requestIds?: string[]
  }
  "contact:failed": { jobId: string; contactId: string; reason: string; code: string; field?: string }
  "contact:skipped": { jobId: string; contactId: string; reason: string }
  "job:finished": { jobId: string; summary: JobSummary }
  "subject:erasure": { jobId: string; subject: string; subjectType: "PHONENO" | "EMAIL"; requestId: string }
  /** A consent platform asked to erase a subject; the anonymize plugin turns it into an erasure job. */
  "erasure:requested": { jobId: string; webhookId: string; subject: string; subjectType: "PHONENO" | "EMAIL" }
  /** Emitted every few seconds by a server's worker loop (or a Worker's cron): time-driven retries listen. */
  "runtime:tick": { at: number }
  "audit:record": { action: string; jobId?: string; contactId?: string; outcome: string; detail?: Record<string, unknown> }
}

/** What was done to one field, without its value. */
export interface FieldAction {
  path: string
  transform: string
  keyId?: string
}

export interface JobSummary {
  processed: number
  succeeded: number
  failed: number
  skipped: number
  durationMs: number
  target: string
  transforms: Record<string, number>
}

export type HookName = keyof HookEvents
export type HookListener<N extends HookName> = (payload: HookEvents[N]) => void | Promise<void>
export type Hooks = { [N in HookName]: HookListener<N> }

export interface HookBus {
  on<N extends HookName>(name: N, listener: HookListener<N>): () => void
  /** Runs every listener in registration order; a listener's failure is reported, not thrown. */
  emit<N extends HookName>(name: N, payload: HookEvents[N]): Promise<void>
  count(name: HookName): number
}

export function createHooks(onError: (name: HookName, error: unknown) => void = () => {}): HookBus {
  const listeners = new Map<HookName, Set<HookListener<any>>>()
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
