// Cloudflare Workers handlers. Portable plugins only: no fs, no audit-file.
import kvDriver from "unstorage/drivers/cloudflare-kv-binding"
import { ConfigError, createAuditKey, describeError, createCxedgeStorage, createKeyRing, createRuntime, refuseUnsignedAudit, settingsFrom, settingsWithPlugins, type CxedgeConfig, type PluginSpec, type Runtime } from "../core/index.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { createApp } from "./app.ts"
import { jsonLogger, logLevelOf } from "./log.ts"
import { createCloudflareTaskQueue, type CloudflareTaskQueue, type QueueBatch, type QueueProducer } from "./queue-cloudflare.ts"

export { createCloudflareTaskQueue, type CloudflareQueueOptions, type CloudflareTaskQueue, type QueueBatch, type QueueMessage, type QueueProducer, type TaskMessage } from "./queue-cloudflare.ts"

/** The part of Workers' ExecutionContext this entry uses (no @cloudflare/workers-types needed). */
export interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
  passThroughOnException(): void
}

export interface WorkerBindings {
  CXEDGE_KV?: unknown
  /** A Queue producer binding: when present, Cloudflare Queues carry the tasks (server/queue-cloudflare.ts). */
  CXEDGE_QUEUE?: unknown
  [name: string]: unknown
}

export interface WorkerOptions {
  /**
   * The plugins to load: built-in names and plugin objects (a third-party
   * plugin is imported statically by the entry, since a Worker cannot import
   * by name at run time). Default: the config's list (`CXEDGE_PLUGINS`), else
   * every portable built-in.
   */
  plugins?: PluginSpec[]
  /** With a CXEDGE_QUEUE binding: seconds before a failed task's first retry, doubled on each further one (0 to 43200, default 10). */
  retryDelaySeconds?: number
  /**
   * The config file's other keys (`settings`, `limits`, `retry`, `breaker`,
   * `tenant`), as `cxedge build worker` copies them in; the Worker's vars win
   * over them, as the environment wins over a file. Checked when the Worker
   * boots, like a file: a secret here is refused (secrets belong in vars).
   */
  config?: Omit<CxedgeConfig, "plugins" | "storage">
}

/** The Worker's handlers: `fetch` (the app), `queue` (runs or drains tasks) and `scheduled` (retries and queued work). */
export interface CxedgeWorker {
  fetch(request: Request, env: WorkerBindings, ctx: ExecutionContext): Promise<Response>
  queue(batch: QueueBatch, env: WorkerBindings): Promise<void>
  scheduled(event: unknown, env: WorkerBindings, ctx: ExecutionContext): Promise<void>
}

/** Queue names as Cloudflare allows them. */
const QUEUE_NAME = /^[a-z0-9][a-z0-9-]{0,62}$/

/** The CXEDGE_QUEUE producer and CXEDGE_DEAD_LETTER_QUEUE name, checked: a mistyped binding fails at boot, not on the first task. */
function queueBindings(env: WorkerBindings): { producer?: QueueProducer; deadLetterQueue?: string } {
  const producer = env.CXEDGE_QUEUE
  if (producer !== undefined && typeof (producer as QueueProducer).send !== "function") {
    throw new ConfigError("worker", "CXEDGE_QUEUE is not a Queue producer binding: declare it under [[queues.producers]] in wrangler.toml (binding = \"CXEDGE_QUEUE\"), not under [vars]")
  }
  const dlq = env.CXEDGE_DEAD_LETTER_QUEUE
  if (dlq !== undefined && (typeof dlq !== "string" || !QUEUE_NAME.test(dlq))) {
    throw new ConfigError("worker", `CXEDGE_DEAD_LETTER_QUEUE ${JSON.stringify(String(dlq)).slice(0, 70)} is not a queue name: use the dead_letter_queue name from wrangler.toml (lower-case letters, digits and dashes)`)
  }
  if (dlq !== undefined && producer === undefined) {
    throw new ConfigError("worker", "CXEDGE_DEAD_LETTER_QUEUE is set but CXEDGE_QUEUE is not bound: add the [[queues.producers]] binding, or remove the variable")
  }
  return { producer: producer as QueueProducer | undefined, deadLetterQueue: dlq }
}

/**
 * A Cloudflare Worker serving cxedge, with one runtime per isolate built
 * from the bindings on first use. With a CXEDGE_QUEUE producer binding, the
 * tasks (erasure requests, callout jobs) travel in Cloudflare Queues and
 * `queue()` runs them; without it they wait in KV for `scheduled()` and
 * the request that queued them. `cxedge build worker` writes an entry that
 * calls it with the plugins a config file names.
 *
 * @example
 * import { createWorker } from "@cxedge/toolkit/worker"
 * import initials from "cxedge-plugin-initials"
 * export default createWorker({ plugins: ["tenant", "anonymize", initials] })
 */
export function createWorker(options: WorkerOptions = {}): CxedgeWorker {
  const retryDelaySeconds = options.retryDelaySeconds
  if (retryDelaySeconds !== undefined && (!Number.isInteger(retryDelaySeconds) || retryDelaySeconds < 0 || retryDelaySeconds > 43_200)) {
    throw new ConfigError("worker", `createWorker: retryDelaySeconds ${JSON.stringify(retryDelaySeconds)} is not allowed: use a whole number of seconds from 0 to 43200`)
  }
  let booted: Promise<{ rt: Runtime; app: ReturnType<typeof createApp>; queue?: CloudflareTaskQueue }> | undefined

  function boot(env: WorkerBindings) {
    booted ??= (async () => {
      const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string"))
      const { producer, deadLetterQueue } = queueBindings(env)
      const base = settingsFrom(vars, options.config ?? {}, {}, "the Worker's config (cxedge build worker)")
      const plugins = options.plugins ?? base.config.plugins ?? defaultPlugins
      // Each plugin reads its own variables (core/plugin-env.ts): resolve the plugins first.
      const settings = await settingsWithPlugins({ ...base, config: { ...base.config, plugins } }, vars, { builtins, defaults: defaultPlugins })
      const log = jsonLogger(logLevelOf(vars))
      const storage = createCxedgeStorage(env.CXEDGE_KV ? kvDriver({ binding: env.CXEDGE_KV as never }) : undefined)
      const keys = createKeyRing(settings.keys, settings.keyId)
      const queue = producer ? createCloudflareTaskQueue(producer, storage.tasks, log, { retryDelaySeconds, deadLetterQueue }) : undefined
      const rt = await createRuntime(
        { ...settings.config, plugins },
        { storage, log, builtins, keys, env: vars, auditKey: settings.auditKey ? createAuditKey(settings.auditKey, keys) : undefined, taskQueue: queue && (() => queue) },
      )
      await refuseUnsignedAudit(rt)
      // Cloudflare sets CF-Connecting-IP to the address it was connected from; a client cannot forge it through Cloudflare.
      const app = createApp(rt, { adminToken: settings.adminToken, peerAddress: (c) => c.req.header("cf-connecting-ip") })
      return { rt, app, queue }
    })().catch((error) => {
      booted = undefined
      throw error
    })
    return booted
  }

  /** Background work an invocation started (a consent delivery pass) finishes before the invocation ends. */
  const settle = (rt: Runtime) => rt.hooks.emit("runtime:settle", { at: Date.now() }).catch((error) => rt.log.error(`settling the invocation failed: ${describeError(error)}`))

  return {
    async fetch(request, env, ctx) {
      try {
        const { app, rt } = await boot(env)
        const response = await app.fetch(request, env, ctx as never)
        ctx.waitUntil(settle(rt))
        return response
      } catch (error) {
        return Response.json({ error: "configuration", message: (error as Error).message }, { status: 500 })
      }
    },
    async queue(batch, env) {
      const { rt, queue } = await boot(env)
      if (queue) {
        await queue.consume(batch)
        return settle(rt)
      }
      // No producer binding: a message is only a wake-up for the tasks kept in KV.
      await rt.tasks.drain()
      for (const m of batch.messages) m.ack()
      await settle(rt)
    },
    async scheduled(_event, env, ctx) {
      const { rt } = await boot(env)
      ctx.waitUntil(rt.hooks.emit("runtime:tick", { at: Date.now() }).then(() => rt.tasks.drain()).then(() => settle(rt)))
    },
  }
}
