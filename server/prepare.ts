import { describeError, hostFlag, intFlag, refuseQuotedValues, type Env } from "../core/index.ts"
import { loadSettings } from "../node/config.ts"
import { openNodeRuntime } from "../node/runtime.ts"
import { refuseMissingStorageDir } from "../node/storage-checks.ts"
import { createApp, type AppOptions } from "./app.ts"
import { jsonLogger, logLevelOf } from "./log.ts"
import { startWorkerLoop } from "./loop.ts"

/** What a server given a storage directory that does not exist is told to do. */
export const MISSING_STORE = "a server started there would see none of the jobs, holds and outbox stored elsewhere; check the path, or create the directory first (mkdir) to start a new store"

const PORTS = { min: 0, max: 65_535 }
/** CXEDGE_PORT, else PORT, else 8080 (0 picks a free one); anything else is refused in one line naming the variable. */
const portOf = (env: Env) => (env.CXEDGE_PORT ? intFlag("CXEDGE_PORT", env.CXEDGE_PORT, PORTS) : env.PORT ? intFlag("PORT", env.PORT, PORTS) : undefined) ?? 8080

/** `cxedge serve`'s flags that choose the configuration, read as every command reads them (over the environment). */
export interface ServeFlags {
  config?: string
  "storage-dir"?: string
}

/**
 * What the Bun and Node entries share: settings from the environment (and `cxedge serve`'s flags), the runtime, the
 * app, the worker loop. A `--storage-dir` that does not exist is refused before the runtime opens: a typo would start
 * a server on an empty store, blind to the jobs, holds and outbox kept where it was meant to look.
 */
export async function prepareServer(env: Env, appOptions: Pick<AppOptions, "peerAddress"> = {}, flags: ServeFlags = {}) {
  refuseQuotedValues(env)
  const port = portOf(env)
  const hostname = hostFlag("CXEDGE_HOST", env.CXEDGE_HOST || undefined) ?? "127.0.0.1"
  const log = jsonLogger(logLevelOf(env))
  const loaded = await loadSettings({ ...flags }, env)
  if (flags["storage-dir"] !== undefined) refuseMissingStorageDir(loaded.storage, MISSING_STORE)
  const { rt, settings } = await openNodeRuntime(loaded, env, log)
  const app = createApp(rt, { ...appOptions, adminToken: settings.adminToken })
  const loop = startWorkerLoop(rt)
  return {
    app,
    rt,
    log,
    port,
    hostname,
    async shutdown() {
      await loop.stop()
      await rt.dispose()
    },
  }
}

/**
 * A server that cannot start says why in one line, without a stack, and
 * exits 2 for configuration (a bad port or host, a port in use) or 1 otherwise.
 * For the entries (server/bun.ts, server/node.ts); `cxedge serve` lets the CLI report it.
 */
export function startupFailed(error: unknown): never {
  const code = (error as { code?: string } | undefined)?.code
  process.stderr.write(`${describeError(error)}\n`)
  process.exit(code === "E_CONFIG" || code === "E_USAGE" || code === "E_VALIDATION" ? 2 : 1)
}
