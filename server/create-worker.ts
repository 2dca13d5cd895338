// Cloudflare Workers handlers. Portable plugins only: no fs, no audit-file.
import kvDriver from "unstorage/drivers/cloudflare-kv-binding"
import { createAuditKey, createCxedgeStorage, createKeyRing, createRuntime, refuseUnsignedAudit, settingsFrom, settingsWithPlugins, type PluginSpec, type Runtime } from "../core/index.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { createApp } from "./app.ts"
import { jsonLogger, logLevelOf } from "./log.ts"

/** The part of Workers' ExecutionContext this entry uses (no @cloudflare/workers-types needed). */
export interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
  passThroughOnException(): void
}

export interface WorkerBindings {
  CXEDGE_KV?: unknown
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
}

/** The Worker's handlers: `fetch` (the app), `queue` (drains tasks) and `scheduled` (retries and queued work). */
export interface CxedgeWorker {
  fetch(request: Request, env: WorkerBindings, ctx: ExecutionContext): Promise<Response>
  queue(batch: { messages: { ack(): void }[] }, env: WorkerBindings): Promise<void>
  scheduled(event: unknown, env: WorkerBindings, ctx: ExecutionContext): Promise<void>
}

/**
 * A Cloudflare Worker serving cxedge, with one runtime per isolate built
 * from the bindings on first use. `cxedge build worker` writes an entry that
 * calls it with the plugins a config file names.
 *
 * @example
 * import { createWorker } from "@cxedge/toolkit/worker"
 * import initials from "cxedge-plugin-initials"
 * export default createWorker({ plugins: ["tenant", "anonymize", initials] })
 */
export function createWorker(options: WorkerOptions = {}): CxedgeWorker {
  let booted: Promise<{ rt: Runtime; app: ReturnType<typeof createApp> }> | undefined

  function boot(env: WorkerBindings) {
    booted ??= (async () => {
      const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string"))
      const base = settingsFrom(vars)
      const plugins = options.plugins ?? base.config.plugins ?? defaultPlugins
      // Each plugin reads its own variables (core/plugin-env.ts): resolve the plugins first.
      const settings = await settingsWithPlugins({ ...base, config: { ...base.config, plugins } }, vars, { builtins, defaults: defaultPlugins })
      const log = jsonLogger(logLevelOf(vars))
      const storage = createCxedgeStorage(env.CXEDGE_KV ? kvDriver({ binding: env.CXEDGE_KV as never }) : undefined)
      const keys = createKeyRing(settings.keys, settings.keyId)
      const rt = await createRuntime(
        { ...settings.config, plugins },
        { storage, log, builtins, keys, auditKey: settings.auditKey ? createAuditKey(settings.auditKey, keys) : undefined },
      )
      await refuseUnsignedAudit(rt)
      // Cloudflare sets CF-Connecting-IP to the address it was connected from; a client cannot forge it through Cloudflare.
      const app = createApp(rt, { adminToken: settings.adminToken, peerAddress: (c) => c.req.header("cf-connecting-ip") })
      return { rt, app }
    })().catch((error) => {
      booted = undefined
      throw error
    })
    return booted
  }

  return {
    async fetch(request, env, ctx) {
      try {
        const { app } = await boot(env)
        return app.fetch(request, env, ctx as never)
      } catch (error) {
        return Response.json({ error: "configuration", message: (error as Error).message }, { status: 500 })
      }
    },
    async queue(batch, env) {
      const { rt } = await boot(env)
      await rt.tasks.drain()
      for (const m of batch.messages) m.ack()
    },
    async scheduled(_event, env, ctx) {
      const { rt } = await boot(env)
      ctx.waitUntil(rt.hooks.emit("runtime:tick", { at: Date.now() }).then(() => rt.tasks.drain()))
    },
  }
}
