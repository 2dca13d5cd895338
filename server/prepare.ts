import type { Env } from "../core/index.ts"
import { loadSettings } from "../node/config.ts"
import { openNodeRuntime } from "../node/runtime.ts"
import { createApp } from "./app.ts"
import { jsonLogger } from "./log.ts"
import { startWorkerLoop } from "./loop.ts"

/** What the Bun and Node entries share: settings from the environment, the runtime, the app, the worker loop. */
export async function prepareServer(env: Env) {
  const log = jsonLogger((env.CXEDGE_LOG_LEVEL as "debug" | "info" | "warn" | "error" | undefined) ?? "info")
  const { rt, settings } = await openNodeRuntime(await loadSettings({}, env), env, log)
  const app = createApp(rt, { adminToken: settings.adminToken })
  const loop = startWorkerLoop(rt)
  return {
    app,
    rt,
    log,
    port: Number(env.CXEDGE_PORT ?? env.PORT ?? 8080),
    hostname: env.CXEDGE_HOST ?? "127.0.0.1",
    async shutdown() {
      await loop.stop()
      await rt.dispose()
    },
  }
}
