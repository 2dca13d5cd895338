import { Hono } from "hono"
import { describeError, type CxedgeError, type Runtime } from "../core/index.ts"
import { adminAuth } from "./admin.ts"

export interface AppOptions {
  /** Bearer token for `/v1/*` admin routes; without one they answer 503 and say how to enable them. */
  adminToken?: string
}

const STATUS: Record<string, number> = { E_VALIDATION: 400, E_USAGE: 400, E_NOT_FOUND: 404, E_PERMISSION: 502, E_AUTH: 502, E_CONFIG: 500 }

/**
 * The HTTP face of a runtime: `/healthz`, admin routes under `/v1/*` behind
 * a bearer token, and every plugin's routes. Each runtime entry (Bun, Node,
 * Workers) serves this app's `fetch`.
 *
 * @example
 * const app = createApp(await createRuntime(config, { builtins }), { adminToken: env.CXEDGE_ADMIN_TOKEN })
 * export default { fetch: app.fetch }
 */
export function createApp(rt: Runtime, options: AppOptions = {}): Hono {
  const app = new Hono()
  app.get("/healthz", (c) => c.json({ status: "ok", plugins: rt.plugins.map((p) => p.name) }))
  app.use("/v1/*", adminAuth({ token: options.adminToken }))
  for (const plugin of rt.plugins) plugin.routes?.(app, rt)
  app.notFound((c) => c.json({ error: "not_found", message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` }, 404))
  app.onError((error, c) => {
    const code = (error as CxedgeError).code
    const status = STATUS[code] ?? (code?.startsWith("E_") ? 502 : 500)
    if (status >= 500) rt.log.error(describeError(error))
    return c.json({ error: code?.toLowerCase().replace(/^e_/, "") ?? "internal_error", message: describeError(error) }, status as 500)
  })
  return app
}
