import type { Storage } from "unstorage"
import { describeError } from "./errors.ts"
import type { Logger } from "./log.ts"
import type { Coordinator } from "./coordination.ts"

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
}

export type TaskHandler = (payload: unknown, task: Task) => Promise<void>

/**
 * Work a request must not do itself (an erasure job for a webhook, say):
 * stored first under `jobs:task:<id>`, idempotent by id, then run by
 * whatever drains the queue: the CLI before it exits, the server's worker
 * loop, a Workers queue consumer.
 */
export interface TaskQueue {
  enqueue(kind: string, payload: unknown, id: string): Promise<{ id: string; created: boolean }>
  handle(kind: string, handler: TaskHandler): void
  get(id: string): Promise<Task | undefined>
  /** Runs pending tasks in this process until none is left; resolves with how many ran. */
  drain(): Promise<number>
  pending(): Promise<number>
}

export function createTaskQueue(storage: Storage, log: Logger, coordinator?: Coordinator, maxAttempts = 3): TaskQueue {
  const handlers = new Map<string, TaskHandler>()
  const key = (id: string) => `task:${id}`
  let draining: Promise<number> | undefined

  async function runOnce(): Promise<number> {
    let ran = 0
    for (;;) {
      const keys = (await storage.getKeys("task")).filter((k) => k.startsWith("task:"))
      let progressed = false
      for (const k of keys) {
        const task = await storage.getItem<Task>(k)
        if (!task || task.state !== "pending") continue
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
        const now = () => new Date().toISOString()
        await storage.setItem(k, { ...task, state: "running", attempts: task.attempts + 1, updatedAt: now() })
        try {
          await handler(task.payload, task)
          await storage.setItem(k, { ...task, state: "done", attempts: task.attempts + 1, updatedAt: now() })
        } catch (error) {
          const attempts = task.attempts + 1
          log.warn(`task ${task.id} (${task.kind}) failed: ${describeError(error)}`)
          await storage.setItem(k, { ...task, state: attempts >= maxAttempts ? "failed" : "pending", attempts, updatedAt: now(), error: (error as { code?: string }).code ?? "E_TASK" })
        } finally {
          await coordinator?.release(`task-run:${task.id}`)
        }
      }
      if (!progressed) return ran
    }
  }

  return {
    async enqueue(kind, payload, id) {
      const existing = await storage.getItem<Task>(key(id))
      if (existing) return { id, created: false }
      // Two instances receiving the same request: one creates the task.
      if (coordinator && !(await coordinator.claim(`task-create:${id}`, 24 * 3600_000))) return { id, created: false }
      const at = new Date().toISOString()
      await storage.setItem(key(id), { id, kind, payload, state: "pending", attempts: 0, createdAt: at, updatedAt: at } satisfies Task)
      return { id, created: true }
    },
    handle: (kind, handler) => void handlers.set(kind, handler),
    get: async (id) => (await storage.getItem<Task>(key(id))) ?? undefined,
    drain() {
      draining ??= runOnce().finally(() => {
        draining = undefined
      })
      return draining
    },
    async pending() {
      const keys = (await storage.getKeys("task")).filter((k) => k.startsWith("task:"))
      const tasks = await Promise.all(keys.map((k) => storage.getItem<Task>(k)))
      return tasks.filter((t) => t?.state === "pending").length
    },
  }
}
