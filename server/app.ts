import { Hono } from "hono"
import { describeError, type Runtime } from "../core/index.ts"

/**
 * The HTTP face of a runtime: `/healthz` plus every plugin's routes. Each
 * runtime entry (Bun, Node, Workers) serves this app's `fetch`.
 *
 * @example
 * const app = createApp(await createRuntime(config, { builtins }))
 * export default { fetch: app.fetch }
 */
export function createApp(rt: Runtime): Hono {
  const app = new Hono()
  app.get("/healthz", (c) => c.json({ status: "ok", plugins: rt.plugins.map((p) => p.name) }))
  for (const plugin of rt.plugins) plugin.routes?.(app, rt)
  app.notFound((c) => c.json({ error: "not_found", message: `no route ${c.req.method} ${new URL(c.req.url).pathname}` }, 404))
  app.onError((error, c) => {
    rt.log.error(describeError(error))
    return c.json({ error: "internal_error", message: describeError(error) }, 500)
  })
  return app
}
