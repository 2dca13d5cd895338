/**
 * `@cxedge/toolkit/server`: cxedge's HTTP face for Bun and Node, to mount in
 * a team's own Hono app. (A Cloudflare Worker uses `@cxedge/toolkit/worker`.)
 *
 * @example
 * import { Hono } from "hono"
 * import { createApp, openRuntime, startWorkerLoop } from "@cxedge/toolkit/server"
 *
 * const rt = await openRuntime() // the environment and cxedge.config, as the CLI reads them
 * const app = new Hono()
 * app.route("/privacy", createApp(rt, { adminToken: process.env.CXEDGE_ADMIN_TOKEN }))
 * startWorkerLoop(rt) // runs the work webhooks queue
 */
import { createRuntime, type Env, type Logger, type Runtime } from "../core/index.ts"
import { loadSettings } from "../node/config.ts"
import { openNodeRuntime } from "../node/runtime.ts"
import { nodeBuiltins } from "../plugins/manifest-node.ts"
import { jsonLogger, logLevelOf } from "./log.ts"

export { createApp } from "./app.ts"
export type { AppOptions } from "./app.ts"
export { startWorkerLoop } from "./loop.ts"
export { jsonLogger } from "./log.ts"
export { createRuntime }
export type { RuntimeOptions } from "../core/index.ts"

/** Every built-in plugin by name, for `createRuntime(config, { builtins })`. */
export const builtinPlugins = nodeBuiltins

export interface OpenRuntimeOptions {
  /** Default `process.env`. */
  env?: Env
  /** Where `cxedge.config.*` is looked for (default the working directory). */
  cwd?: string
  /** Default: JSON lines on stderr at CXEDGE_LOG_LEVEL. */
  log?: Logger
}

/**
 * A runtime configured as the CLI and the servers configure theirs: the
 * environment, `CXEDGE_SECRETS_FILE` and `cxedge.config.*`, storage checked
 * before use, and the embedded sandbox tenant when no tenant is configured.
 * Dispose it (`rt.dispose()`) when the app stops.
 */
export async function openRuntime(options: OpenRuntimeOptions = {}): Promise<Runtime> {
  const env = options.env ?? (process.env as Env)
  const log = options.log ?? jsonLogger(logLevelOf(env))
  const { rt } = await openNodeRuntime(await loadSettings({}, env, options.cwd), env, log)
  return rt
}
