import type { Storage } from "unstorage"
import { describeError, TaskRefusedError } from "./errors.ts"
import type { Logger } from "./log.ts"
import type { Coordinator } from "./coordination.ts"

/**
 * The payload of each task kind, by kind. Empty in core: the plugin that
 * handles a kind declares it by augmenting this interface, and a plugin that
 * queues it (without importing the handler) is typed by that declaration:
 *
 * @example
 * declare module "@cxedge/toolkit" {
 *   interface CxedgeTasks {
 *     "greeting.send": { to: string }
 *   }
 * }
 */
export interface CxedgeTasks {}

/** A declared kind's payload; a kind nobody declared carries `unknown`. */
export type TaskPayload<K extends string> = K extends keyof CxedgeTasks ? CxedgeTasks[K] : unknown

export interface Task {
  id: string
  kind: string
  /** No personal data in clear: a producer encrypts what it must carry. */
  payload: unknown
  state: "pending" | "running" | "done" | "failed"
  attempts: number
  createdAt: string
  updatedAt: string
  error?: string
  /** A failed task waits until then before it runs again (the in-process queue's backoff). */
  retryAt?: string
  /**
   * Set while a queue engine's worker runs the task: aborted when that worker
   * stops. A long handler stops taking work and throws, and the task is retried.
   */
  signal?: AbortSignal
}

export type TaskHandler<K extends string = string> = (payload: TaskPayload<K>, task: Task) => Promise<void>

/**
 * How a handler's kind is stored. `encode` runs when the task is queued (a
 * payload carrying personal data is encrypted there; a throw refuses the
 * task, and the sender sees it), `decode` before the handler runs.
 */
export interface TaskCodec<K extends string = string> {
  encode(payload: TaskPayload<K>): unknown
  decode(stored: unknown): TaskPayload<K>
}

/**
 * Work a request must not do itself (an erasure job for a webhook, say):
 * stored first under `jobs:task:<id>`, idempotent by id, then run by
 * whatever drains the queue: the CLI before it exits, the server's worker
 * loop, a Workers queue consumer.
 */
export interface TaskQueue {
  /** Stores the task (through its kind's codec, when its handler has one); a failure is thrown to the caller. */
  enqueue<K extends string>(kind: K, payload: TaskPayload<K>, id: string): Promise<{ id: string; created: boolean }>
  handle<K extends string>(kind: K, handler: TaskHandler<K>, codec?: TaskCodec<K>): void
  /** Whether a plugin of this runtime handles the kind: a producer refuses work nobody would run. */
  hasHandler(kind: string): boolean
  get(id: string): Promise<Task | undefined>
  /**
   * Runs pending tasks in this process until none is left; resolves with how many ran. With
   * `own`, only the tasks this queue object queued itself (a BullMQ queue: only their kinds).
   */
  drain(options?: DrainOptions): Promise<number>
  pending(): Promise<number>
  /** The engine carrying the tasks when it is not this process ("bullmq"): producers and consumers may then be other processes and machines. */
  readonly engine?: string
  /** Runs tasks of the handled kinds as they arrive, until `signal` aborts (`cxedge worker`); engines only. */
  work?(options: WorkOptions): Promise<void>
  /**
   * Follows the tasks of `kind` as they end, from this call on: a waiter blocks on the engine's own record of
   * events instead of asking after each task every moment; engines only.
   */
  follow?(kind: string): Promise<TaskFollower>
  /** Runs a task that failed for good again, its attempts starting over; false when it is not failed. */
  retry?(id: string): Promise<boolean>
  /** Closes the engine's connections (the runtime's `dispose` calls it). */
  close?(): Promise<void>
}

/** What `TaskQueue.follow` gives: a wait for the next task to end. */
export interface TaskFollower {
  /** Resolves once a task of its kind ended (done, or failed) since the last call, or after `ms`, or when `signal` aborts. */
  next(ms: number, signal: AbortSignal): Promise<void>
  close(): Promise<void>
}

export interface DrainOptions {
  /**
   * Only the tasks this queue object queued (`enqueue` answered `created`). The CLI closes its
   * runtime with it: a command against storage a server shares must not run the server's work
   * (a retention sweep, an access export, an erasure) as a side effect, unasked.
   */
  own?: boolean
  /**
   * These tasks too, and now: a wait after a failed attempt is not kept, once (a command asked again to do the request
   * that queued them: `webhooks receive` of the same request). The in-process queue only.
   */
  ids?: string[]
}

export interface WorkOptions {
  signal: AbortSignal
  /** Only these kinds (default: every kind this runtime handles). */
  kinds?: string[]
  /** Tasks of one kind run at once in this process (default 1). */
  concurrency?: number
}

/** The in-process queue's wait before a failed task runs again: 5 s, then 10 s, 20 s, ... at most 10 minutes. */
export const retryDelayMs = (attempts: number) => Math.min(600_000, 5_000 * 2 ** Math.max(0, attempts - 1))

export function createTaskQueue(storage: Storage, log: Logger, coordinator?: Coordinator, maxAttempts = 3, clock: () => number = Date.now): TaskQueue {
  const handlers = new Map<string, { run: TaskHandler<any>; codec?: TaskCodec<any> }>()
  const key = (id: string) => `task:${id}`
  let draining: Promise<number> | undefined
  // The ids this queue object created: what `drain({ own: true })` runs.
  const created = new Set<string>()

  async function runOnce(only?: Set<string>, atOnce = new Set<string>()): Promise<number> {
    let ran = 0
    for (;;) {
      const keys = (await storage.getKeys("task")).filter((k) => k.startsWith("task:") && (!only || only.has(k.slice(5))))
      let progressed = false
      for (const k of keys) {
        const task = await storage.getItem<Task>(k)
        if (!task || task.state !== "pending") continue
        // A failed task backs off: the next drain that comes after its time runs it (the server's loop, a Worker's cron).
        // Asked for now, once: run again at once after a failure, it would use up its attempts in a row.
        if (!atOnce.delete(task.id) && task.retryAt && Date.parse(task.retryAt) > clock()) continue
        const handler = handlers.get(task.kind)
        if (!handler) continue
        // Several instances may drain one queue: only the one that claims a task runs it.
        if (coordinator && !(await coordinator.claim(`task-run:${task.id}`, 15 * 60_000))) continue
        const current = coordinator ? await storage.getItem<Task>(k) : task
        if (current?.state !== "pending") {
          await coordinator?.release(`task-run:${task.id}`)
          continue
        }
        progressed = true
        ran++
        const now = () => new Date(clock()).toISOString()
        const attempts = task.attempts + 1
        // This run's outcome decides whether the task waits again: an earlier retry time is dropped.
        const { retryAt: _, ...run } = task
        await storage.setItem(k, { ...task, state: "running", attempts, updatedAt: now() })
        try {
          await handler.run(handler.codec ? handler.codec.decode(task.payload) : task.payload, task)
          await storage.setItem(k, { ...run, state: "done", attempts, updatedAt: now() })
        } catch (error) {
          log.warn(`task ${task.id} (${task.kind}) failed: ${describeError(error)}`)
          // A refusal (TaskRefusedError) would be refused again: the task fails now.
          const last = attempts >= maxAttempts || error instanceof TaskRefusedError
          const retryAt = last ? undefined : new Date(clock() + retryDelayMs(attempts)).toISOString()
          await storage.setItem(k, { ...run, state: last ? "failed" : "pending", attempts, updatedAt: now(), error: (error as { code?: string }).code ?? "E_TASK", ...(retryAt ? { retryAt } : {}) })
        } finally {
          await coordinator?.release(`task-run:${task.id}`)
        }
      }
      if (!progressed) return ran
    }
  }

  return {
    async enqueue(kind, payload, id) {
      const codec = handlers.get(kind)?.codec
      const stored = codec ? codec.encode(payload) : payload
      const existing = await storage.getItem<Task>(key(id))
      if (existing) return { id, created: false }
      // Two instances receiving the same request: one creates the task.
      if (coordinator && !(await coordinator.claim(`task-create:${id}`, 24 * 3600_000))) return { id, created: false }
      const at = new Date().toISOString()
      await storage.setItem(key(id), { id, kind, payload: stored, state: "pending", attempts: 0, createdAt: at, updatedAt: at } satisfies Task)
      created.add(id)
      return { id, created: true }
    },
    handle: (kind, run, codec) => void handlers.set(kind, { run, codec }),
    hasHandler: (kind) => handlers.has(kind),
    get: async (id) => (await storage.getItem<Task>(key(id))) ?? undefined,
    drain(options) {
      // Own: after any drain under way (one pass at a time in a process), then only its own tasks.
      if (options?.ids?.length) return (draining ?? Promise.resolve(0)).catch(() => 0).then(() => runOnce(new Set([...(options.own ? created : []), ...options.ids!]), new Set(options.ids)))
      if (options?.own) return created.size ? (draining ?? Promise.resolve(0)).catch(() => 0).then(() => runOnce(created)) : Promise.resolve(0)
      return (draining ??= runOnce().finally(() => (draining = undefined)))
    },
    async pending() {
      const keys = (await storage.getKeys("task")).filter((k) => k.startsWith("task:"))
      const tasks = await Promise.all(keys.map((k) => storage.getItem<Task>(k)))
      return tasks.filter((t) => t?.state === "pending").length
    },
  }
}
