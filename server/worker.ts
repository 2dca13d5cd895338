// Cloudflare Workers entry (wrangler.toml). Portable plugins only: no fs, no audit-file.
import kvDriver from "unstorage/drivers/cloudflare-kv-binding"
import { createAuditKey, createCxedgeStorage, createKeyRing, createRuntime, refuseUnsignedAudit, settingsFrom, settingsWithPlugins, type Runtime } from "../core/index.ts"
import { builtins, defaultPlugins } from "../plugins/manifest.ts"
import { createApp } from "./app.ts"
import { jsonLogger, logLevelOf } from "./log.ts"

/** The part of Workers' ExecutionContext this entry uses (no @cloudflare/workers-types needed). */
interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void
  passThroughOnException(): void
}

interface Bindings {
  CXEDGE_KV?: unknown
  [name: string]: unknown
}

let booted: Promise<{ rt: Runtime; app: ReturnType<typeof createApp> }> | undefined

/** One runtime per isolate, built from the bindings on first use. */
function boot(env: Bindings) {
  booted ??= (async () => {
    const vars = Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string"))
    const settings = await settingsWithPlugins(settingsFrom(vars), vars, { builtins, defaults: defaultPlugins })
    const log = jsonLogger(logLevelOf(vars))
    const storage = createCxedgeStorage(env.CXEDGE_KV ? kvDriver({ binding: env.CXEDGE_KV as never }) : undefined)
    const keys = createKeyRing(settings.keys, settings.keyId)
    const rt = await createRuntime(
      { ...settings.config, plugins: settings.config.plugins ?? defaultPlugins },
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

export default {
  async fetch(request: Request, env: Bindings, ctx: ExecutionContext) {
    try {
      const { app } = await boot(env)
      return app.fetch(request, env, ctx as never)
    } catch (error) {
      return Response.json({ error: "configuration", message: (error as Error).message }, { status: 500 })
    }
  },
  /** Cloudflare Queues consumer: each message names a task already stored; draining runs it. */
  async queue(batch: { messages: { ack(): void }[] }, env: Bindings) {
    const { rt } = await boot(env)
    await rt.tasks.drain()
    for (const m of batch.messages) m.ack()
  },
  /** A cron trigger retries consent deliveries and runs anything left queued. */
  async scheduled(_event: unknown, env: Bindings, ctx: ExecutionContext) {
    const { rt } = await boot(env)
    ctx.waitUntil(rt.hooks.emit("runtime:tick", { at: Date.now() }).then(() => rt.tasks.drain()))
  },
}
