import { Queue, QueueEvents, UnrecoverableError, WaitingError, Worker, type Job, type JobsOptions } from "bullmq"
import Redis from "ioredis"
import { hostname } from "node:os"
import { awayNotice, closedWithin, cut } from "./bullmq-close.ts"
import { describeError, TaskRefusedError, type Logger, type Task, type TaskCodec, type TaskFollower, type TaskHandler, type TaskQueue, type WorkOptions } from "../core/index.ts"

export interface BullmqTaskQueueOptions {
  /** The redis the storage uses (CXEDGE_REDIS_URL): tasks live beside it, under `prefix`. */
  url: string
  log: Logger
  /** Key prefix of the BullMQ queues, apart from the storage's `cxedge:` keys (default `cxedge-bull`). */
  prefix?: string
  /** Runs of a task before it is failed for good (default 3). */
  attempts?: number
  /** First retry delay; each further one doubles it (default 5 s). */
  backoffMs?: number
  /** How long a worker holds a task without renewing: a killed worker's task is run again after it (default 30 s). */
  lockMs?: number
  /** How often workers look for tasks whose worker died (default `lockMs`). */
  stalledMs?: number
  /** How long a finished task is kept, so its id still dedupes (default 30 days). */
  keepSeconds?: number
}

interface Handler {
  run: TaskHandler<any>
  codec?: TaskCodec<any>
}

const STATE: Record<string, Task["state"]> = { completed: "done", failed: "failed", active: "running" }
const iso = (ms: number | undefined) => new Date(ms ?? 0).toISOString()

/** A BullMQ job as the task it carries. */
function taskOf(job: Job, state: Task["state"]): Task {
  return {
    id: job.id!,
    kind: job.name,
    payload: (job.data as { payload: unknown }).payload,
    state,
    attempts: job.attemptsMade,
    createdAt: iso(job.timestamp),
    updatedAt: iso(job.finishedOn ?? job.processedOn ?? job.timestamp),
    ...(job.failedReason ? { error: job.failedReason } : {}),
  }
}

type Processor = ((job: Job, token?: string) => Promise<unknown>) | null


/** The BullMQ side: connections, one queue per kind, workers, and running one task with its kind's handler. */
function createEngine(options: BullmqTaskQueueOptions) {
  const { url, log } = options
  const prefix = options.prefix ?? "cxedge-bull"
  const lockMs = options.lockMs ?? 30_000
  const keep = options.keepSeconds ?? 30 * 86_400
  const handlers = new Map<string, Handler>()
  const queues = new Map<string, Queue>()
  // redis going away is said once, and its coming back; every other error of BullMQ's is for the debug log.
  const notice = awayNotice(url, log)
  const onError = (where: string) => (error: Error) => void (notice.away(error) || log.debug(`bullmq ${where}: ${describeError(error)}`))
  // One connection for the queues and the markers, failing fast so a sender sees an enqueue fail;
  // each worker opens its own, which waits out a redis restart instead.
  const connection = new Redis(url, { maxRetriesPerRequest: 1 })
  connection.on("error", onError("connection"))
  connection.on("ready", notice.back)
  const engine = {
    log, prefix, lockMs, keep, handlers, queues, connection, onError,
    jobOptions: {
      attempts: options.attempts ?? 3,
      backoff: { type: "exponential", delay: options.backoffMs ?? 5_000 },
      removeOnComplete: { age: keep },
      removeOnFail: { age: keep },
    } satisfies JobsOptions,
    queueFor(kind: string): Queue {
      let queue = queues.get(kind)
      if (!queue) {
        queue = new Queue(kind, { connection, prefix })
        queue.on("error", onError(kind))
        queues.set(kind, queue)
      }
      return queue
    },
    workerOf(kind: string, processor: Processor, concurrency = 1): Worker {
      const worker = new Worker(kind, processor, {
        // Options, not a client: BullMQ then owns the worker's connections and closes them with it.
        connection: { ...connection.options, maxRetriesPerRequest: null }, prefix, concurrency, autorun: processor !== null,
        // Stored with each task it runs (processedBy): which process ran what, for a timeline.
        name: `${hostname()}:${process.pid}`,
        lockDuration: lockMs, stalledInterval: options.stalledMs ?? lockMs, maxStalledCount: 5,
      })
      worker.on("error", onError(kind))
      return worker
    },
    /** The BullMQ job of a task id: the marker names its kind, so its queue. */
    async jobOf(id: string): Promise<Job | undefined> {
      const kind = await connection.get(`${prefix}:created:${id}`)
      return kind ? engine.queueFor(kind).getJob(id) : undefined
    },
    /** Runs one task with its kind's handler; a failure is logged here and reaches BullMQ as its code only. */
    async run(job: Job, signal?: AbortSignal, token?: string): Promise<void> {
      const handler = handlers.get(job.name)
      if (!handler) throw new Error("E_NO_HANDLER")
      // attemptsStarted counts this run and every earlier one, a killed worker's included.
      const task: Task = { ...taskOf(job, "running"), attempts: Math.max(0, job.attemptsStarted - 1), ...(signal ? { signal } : {}) }
      try {
        await handler.run(handler.codec ? handler.codec.decode(task.payload) : task.payload, task)
      } catch (error) {
        // Stopped by its worker: back to wait, the attempt not counted, for another worker (or this one's successor).
        if (signal?.aborted && token) {
          log.info(`task ${task.id} (${task.kind}) stopped with its worker: it waits for another`)
          await job.moveToWait(token)
          throw new WaitingError()
        }
        log.warn(`task ${task.id} (${task.kind}) failed: ${describeError(error)}`)
        const code = (error as { code?: string }).code ?? "E_TASK"
        // A refusal would be refused again by this worker: failed now, not retried after a backoff.
        throw error instanceof TaskRefusedError ? new UnrecoverableError(code) : new Error(code)
      }
    },
  }
  return engine
}

type Engine = ReturnType<typeof createEngine>

/**
 * Tasks of one kind as they end, read from BullMQ's event stream with a blocking XREAD on a connection of its own,
 * from the stream's last entry when called: an end that comes before the first read is not missed.
 */
async function followKind(engine: Engine, kind: string): Promise<TaskFollower> {
  const last = (await engine.connection.xrevrange(`${engine.prefix}:${kind}:events`, "+", "-", "COUNT", 1))[0]?.[0] ?? "0-0"
  const events = new QueueEvents(kind, { connection: { ...engine.connection.options, maxRetriesPerRequest: null }, prefix: engine.prefix, lastEventId: last })
  events.on("error", engine.onError(`${kind} events`))
  let ended = false
  let wake: (() => void) | undefined
  const onEnd = () => {
    ended = true
    wake?.()
  }
  events.on("completed", onEnd)
  events.on("failed", onEnd)
  return {
    async next(ms, signal) {
      if (!ended && !signal.aborted) {
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer)
            signal.removeEventListener("abort", done)
            wake = undefined
            resolve()
          }
          const timer = setTimeout(done, ms)
          signal.addEventListener("abort", done, { once: true })
          wake = done
        })
      }
      ended = false
    },
    close: () => events.close(),
  }
}

/** Takes ready tasks of one kind until none is left (manual fetching), renewing the lock while each runs. */
async function drainKind(engine: Engine, drainers: Map<string, Worker>, kind: string): Promise<number> {
  // A delayed task (a retry after its backoff) is moved to wait by the fetch that finds it due.
  const counts = await engine.queueFor(kind).getJobCounts("wait", "prioritized", "delayed")
  if (!counts.wait && !counts.prioritized && !counts.delayed) return 0
  let worker = drainers.get(kind)
  if (!worker) {
    worker = engine.workerOf(kind, null)
    drainers.set(kind, worker)
    void worker.startStalledCheckTimer().catch(engine.onError(kind))
  }
  const token = crypto.randomUUID()
  let ran = 0
  for (;;) {
    const job: Job | undefined = await worker.getNextJob(token, { block: false })
    if (!job) return ran
    ran++
    const renew = setInterval(() => void job.extendLock(token, engine.lockMs).catch(engine.onError(kind)), engine.lockMs / 3)
    try {
      await engine.run(job)
      await job.moveToCompleted(undefined, token, false)
    } catch (error) {
      await job.moveToFailed(error as Error, token, false)
    } finally {
      clearInterval(renew)
    }
  }
}

/**
 * The kinds this process handles of the tasks `ids` names, and those in `own` (the kinds it queued). A named task
 * waiting out its backoff is run now, as the in-process queue runs it: asked by name, it is asked for now.
 */
async function namedKinds(engine: Engine, ids: readonly string[], own: ReadonlySet<string>): Promise<string[]> {
  const named = new Set(own)
  for (const id of ids) {
    const job = await engine.jobOf(id)
    if (!job) continue
    named.add(job.name)
    if ((await job.getState()) === "delayed") await job.promote().catch(engine.onError(job.name))
  }
  return [...engine.handlers.keys()].filter((kind) => named.has(kind))
}

/**
 * The task queue on redis, carried by BullMQ: one BullMQ queue per task kind
 * (a worker only takes kinds it handles), idempotent by task id (the
 * BullMQ jobId, with a marker that tells the sender whether it created the
 * task), retried with exponential backoff, and a task whose worker died is
 * run again once its lock expires. Payloads are stored as the kind's codec
 * encodes them; a failure stores only its error code, never a message that
 * might quote a value. `drain` runs what is ready now in this process (the
 * server's loop, the CLI before it exits); `work` runs tasks as they come
 * (`cxedge worker`).
 */
export function createBullmqTaskQueue(options: BullmqTaskQueueOptions): TaskQueue {
  const engine = createEngine(options)
  const { handlers, queues, connection, prefix, keep } = engine
  const drainers = new Map<string, Worker>()
  const running = new Set<Worker>()
  let draining: Promise<number> | undefined
  // The kinds of the tasks this process queued: what `drain({ own: true })` takes from.
  const ownKinds = new Set<string>()
  const drainKinds = async (kinds: string[]) => {
    let ran = 0
    for (const kind of kinds) ran += await drainKind(engine, drainers, kind)
    return ran
  }
  // Once a worker stopped, this process takes no more tasks (the CLI drains before it exits).
  let stopped = false
  let closed = false
  return {
    engine: "bullmq",
    async enqueue(kind, payload, id) {
      const codec = handlers.get(kind)?.codec
      const stored = codec ? codec.encode(payload) : payload
      // BullMQ ignores a second job with the same id; the marker tells its sender it was a duplicate.
      const created = (await connection.set(`${prefix}:created:${id}`, kind, "EX", keep, "NX")) === "OK"
      if (created) ownKinds.add(kind)
      await engine.queueFor(kind).add(kind, { payload: stored }, { ...engine.jobOptions, jobId: id })
      return { id, created }
    },
    handle: (kind, run, codec) => void handlers.set(kind, { run, codec }),
    hasHandler: (kind) => handlers.has(kind),
    async get(id) {
      const job = await engine.jobOf(id)
      return job ? taskOf(job, STATE[await job.getState()] ?? "pending") : undefined
    },
    follow: (kind) => followKind(engine, kind),
    async retry(id) {
      const job = await engine.jobOf(id)
      if (!job || (await job.getState()) !== "failed") return false
      await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true })
      return true
    },
    drain(options) {
      if (stopped) return Promise.resolve(0)
      // BullMQ hands out the next task of a kind, not a given one: `own` drains only the kinds this process queued, and
      // `ids` the kinds of the tasks named. A re-run of `webhooks receive` names the task an earlier run queued: with
      // `own` alone it drained nothing, and the task waited for a worker (review).
      if (options?.ids?.length) return (draining ?? Promise.resolve(0)).catch(() => 0).then(async () => drainKinds(await namedKinds(engine, options.ids!, options.own ? ownKinds : new Set())))
      const kinds = [...handlers.keys()].filter((kind) => !options?.own || ownKinds.has(kind))
      if (options?.own) return (draining ?? Promise.resolve(0)).catch(() => 0).then(() => drainKinds(kinds))
      draining ??= drainKinds(kinds).finally(() => (draining = undefined))
      return draining
    },
    async pending() {
      let n = 0
      for (const kind of new Set([...handlers.keys(), ...queues.keys()])) {
        const c = await engine.queueFor(kind).getJobCounts("wait", "prioritized", "delayed")
        n += (c.wait ?? 0) + (c.prioritized ?? 0) + (c.delayed ?? 0)
      }
      return n
    },
    async work({ signal, kinds, concurrency }: WorkOptions) {
      const stop = new AbortController()
      const workers = (kinds ?? [...handlers.keys()]).filter((k) => handlers.has(k)).map((kind) => engine.workerOf(kind, (job, token) => engine.run(job, stop.signal, token), concurrency))
      for (const w of workers) running.add(w)
      await new Promise<void>((resolve) => (signal.aborted ? resolve() : signal.addEventListener("abort", () => resolve(), { once: true })))
      // Running tasks are told to stop; each throws and is retried, by this worker's successor or another.
      stop.abort()
      stopped = true
      await Promise.all(workers.map((w) => closedWithin(w.close(), () => cut(w)).finally(() => running.delete(w))))
    },
    async close() {
      if (closed) return
      closed = true
      await draining?.catch(() => {})
      await Promise.all([...drainers.values(), ...running].map((w) => closedWithin(w.close(true).catch(engine.onError("close")), () => cut(w))))
      await Promise.all([...queues.values()].map((q) => closedWithin(q.close().catch(engine.onError("close")), () => cut(q))))
      await closedWithin(connection.quit(), () => connection.disconnect())
    },
  }
}
