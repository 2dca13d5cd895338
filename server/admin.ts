import { timingSafeEqual } from "node:crypto"
import type { MiddlewareHandler } from "hono"

/**
 * Bearer-token guard for admin routes (`/v1/*`). The token is compared in
 * constant time; with none configured the routes are off and say so.
 *
 * @example
 * app.use("/v1/*", adminAuth({ token: env.CXEDGE_ADMIN_TOKEN }))
 */
export function adminAuth(options: { token?: string }): MiddlewareHandler {
  const expected = options.token ? new TextEncoder().encode(options.token) : undefined
  return async function adminAuth(c, next) {
    if (!expected) return c.json({ error: "admin_disabled", message: "admin routes are off: set CXEDGE_ADMIN_TOKEN to enable them" }, 503)
    const header = c.req.header("authorization") ?? ""
    const given = new TextEncoder().encode(header.startsWith("Bearer ") ? header.slice(7) : "")
    const ok = given.length === expected.length && timingSafeEqual(given, expected)
    if (!ok) return c.json({ error: "unauthorized", message: "a valid admin bearer token is required" }, 401, { "www-authenticate": 'Bearer realm="cxedge"' })
    await next()
  }
}
