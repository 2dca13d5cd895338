// A TaskQueue carried by Cloudflare Queues: the message is the task, the Worker's `queue()` consumer runs it.
import type { Storage } from "unstorage"
import { ConfigError, CxedgeError, describeError, TaskRefusedError, type Logger, type Task, type TaskCodec, type TaskHandler, type TaskQueue } from "../core/index.ts"

/** The part of a Queue producer binding this queue uses (no @cloudflare/workers-types needed). */
export interface QueueProducer {
  send(body: unknown, options?: { contentType?: "json" | "text" | "bytes" | "v8"; delaySeconds?: number }): Promise<void>
}

/** One delivered message, as Workers hands it to `queue()`. */
export interface QueueMessage {
  readonly id: string
  readonly body: unknown
  /** 1 on first delivery, then one more per retry. */
  readonly attempts: number
  ack(): void
  retry(options?: { delaySeconds?: number }): void
}

export interface QueueBatch {
  /** The queue's name, as in wrangler.toml. */
  readonly queue: string
  readonly messages: readonly QueueMessage[]
}

/** What a message carries: the kind, the task's id and its payload as the kind's codec encoded it (no personal data in clear). */
export interface TaskMessage {
  kind: string
  id: string
  payload: unknown
}

export interface CloudflareQueueOptions {
  /** Seconds before the first retry, doubled on each further one (Cloudflare caps a delay at 12 h). Default 10. */
  retryDelaySeconds?: number
  /** The dead-letter queue's name, when this Worker consumes it too: its messages mark their tasks failed. */
  deadLetterQueue?: string
}

export interface CloudflareTaskQueue extends TaskQueue {
  /** The Worker's `queue()` handler for this queue (and its dead-letter queue). */
  consume(batch: QueueBatch): Promise<void>
}

const MAX_DELAY = 43_200

const isTaskMessage = (body: unknown): body is TaskMessage => {
  const m = body as Partial<TaskMessage> | null
  return typeof m === "object" && m !== null && typeof m.kind === "string" && typeof m.id === "string" && "payload" in m
}

/**
 * A task queue whose tasks travel in Cloudflare Queues messages: `enqueue`
 * sends the task, `consume` runs it, acknowledging on success and asking
 * for a retry with backoff on failure (past `max_retries`, Cloudflare moves
 * it to the dead-letter queue). A refusal (`TaskRefusedError`: a plugin, a key
 * or a tenant this Worker lacks) would be refused on every retry: it is
 * acknowledged and its task failed at once, as the in-process queue and
 * BullMQ fail it. A record per task in `storage` (the KV
 * `tasks` namespace) keeps its state and makes a redelivered message that
 * already ran a no-op.
 *
 * @example
 * const queue = createCloudflareTaskQueue(env.CXEDGE_QUEUE, storage.tasks, log)
 * export default { queue: (batch) => queue.consume(batch) }
 */
export function createCloudflareTaskQueue(producer: QueueProducer, storage: Storage, log: Logger, options: CloudflareQueueOptions = {}): CloudflareTaskQueue {
  const handlers = new Map<string, { run: TaskHandler<any>; codec?: TaskCodec<any> }>()
  const base = options.retryDelaySeconds ?? 10
  const key = (id: string) => `task:${id}`
  const now = () => new Date().toISOString()
  const fromMessage = (m: TaskMessage): Task => ({ id: m.id, kind: m.kind, payload: m.payload, state: "pending", attempts: 0, createdAt: now(), updatedAt: now() })
  // One write per attempt, at its outcome: KV takes about one write per second per key. A record not
  // yet visible here (KV is eventually consistent) is rebuilt from the message, which carries the task.
  const save = (task: Task, change: Partial<Task>) =>
    storage.setItem(key(task.id), { ...task, ...change, updatedAt: now() }).catch((error) => log.warn(`task ${task.id}: its record could not be written: ${describeError(error)}`))

  async function run(message: QueueMessage): Promise<void> {
    const body = message.body
    if (!isTaskMessage(body)) {
      // Retrying cannot fix a message that is not a task: it is dropped, and said so.
      log.error(`queue: message ${message.id} is not a cxedge task and was dropped`)
      return message.ack()
    }
    const task = (await storage.getItem<Task>(key(body.id))) ?? fromMessage(body)
    // At-least-once delivery: a message delivered again after its task ran changes nothing.
    if (task.state === "done") return message.ack()
    const handler = handlers.get(body.kind)
    try {
      // A kind this deployment does not handle waits for one that does, or for the dead-letter queue.
      if (!handler) throw new ConfigError("tasks", `no plugin of this Worker handles ${body.kind} tasks: load the plugin that declares it`)
      await handler.run(handler.codec ? handler.codec.decode(body.payload) : body.payload, { ...task, state: "running", attempts: message.attempts })
    } catch (error) {
      log.warn(`task ${body.id} (${body.kind}) failed on attempt ${message.attempts}: ${describeError(error)}`)
      const refused = error instanceof TaskRefusedError
      await save(task, { state: refused ? "failed" : "pending", attempts: message.attempts, error: (error as { code?: string }).code ?? "E_TASK" })
      return refused ? message.ack() : message.retry({ delaySeconds: Math.min(MAX_DELAY, base * 2 ** (message.attempts - 1)) })
    }
    await save(task, { state: "done", attempts: message.attempts, error: undefined })
    message.ack()
  }

  async function deadLetter(message: QueueMessage): Promise<void> {
    const body = message.body
    if (isTaskMessage(body)) {
      log.error(`task ${body.id} (${body.kind}) failed on every attempt and reached the dead-letter queue ${options.deadLetterQueue}`)
      await save((await storage.getItem<Task>(key(body.id))) ?? fromMessage(body), { state: "failed" })
    }
    message.ack()
  }

  return {
    async enqueue(kind, payload, id) {
      const codec = handlers.get(kind)?.codec
      const stored = codec ? codec.encode(payload) : payload
      if (await storage.getItem<Task>(key(id))) return { id, created: false }
      const at = now()
      // The record first, so a consumer that is quicker than this request finds it.
      await storage.setItem(key(id), { id, kind, payload: stored, state: "pending", attempts: 0, createdAt: at, updatedAt: at } satisfies Task)
      try {
        await producer.send({ kind, id, payload: stored } satisfies TaskMessage, { contentType: "json" })
      } catch (error) {
        await storage.removeItem(key(id))
        const why = (error instanceof Error ? error.message : String(error)).slice(0, 200)
        throw new CxedgeError("E_QUEUE", "tasks", `the task could not be sent to Cloudflare Queues (${why}): check the CXEDGE_QUEUE producer binding in wrangler.toml, then send the request again`, { cause: error })
      }
      return { id, created: true }
    },
    handle: (kind, run, codec) => void handlers.set(kind, { run, codec }),
    hasHandler: (kind) => handlers.has(kind),
    get: async (id) => (await storage.getItem<Task>(key(id))) ?? undefined,
    // The consumer runs the tasks; there is nothing to run in this isolate.
    drain: async () => 0,
    async pending() {
      const keys = (await storage.getKeys("task")).filter((k) => k.startsWith("task:"))
      const tasks = await Promise.all(keys.map((k) => storage.getItem<Task>(k)))
      return tasks.filter((t) => t?.state === "pending").length
    },
    async consume(batch) {
      const one = batch.queue === options.deadLetterQueue ? deadLetter : run
      await Promise.all(batch.messages.map((m) => one(m)))
    },
  }
}
