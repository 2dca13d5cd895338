import type { Hono } from "hono"
import { ConfigError, type Plugin, type Runtime } from "../core/index.ts"

// Hono runs the first route registered for a method and path: a plugin's `GET /metrics` or a second plugin's
// `POST /v1/inspect` was never reached, and nothing said so. Each route is owned by core or by one plugin.

const key = (method: string, path: string) => `${method} ${path.replace(/:[^/{}]+(\{[^}]*\})?/g, ":")}`

/** The method-and-path keys of the routes added since `from` (middleware, method ALL, left out). */
function added(app: Hono<any>, from: number): Map<string, string> {
  const out = new Map<string, string>()
  for (const route of app.routes.slice(from)) if (route.method !== "ALL") out.set(key(route.method, route.path), `${route.method} ${route.path}`)
  return out
}

/**
 * Registers every plugin's routes after core's, refusing a route core or an earlier plugin already has
 * (naming both), before the server answers anything.
 */
export function mountPluginRoutes(app: Hono<any>, rt: Runtime): void {
  const owners = new Map<string, string>([...added(app, 0).keys()].map((k) => [k, "core"]))
  for (const plugin of rt.plugins as readonly Plugin[]) {
    if (!plugin.routes) continue
    const before = app.routes.length
    plugin.routes(app, rt, rt.state(plugin))
    for (const [k, shown] of added(app, before)) {
      const owner = owners.get(k)
      if (owner !== undefined) {
        throw new ConfigError("runtime", owner === "core" ? `plugin "${plugin.name}" declares the route ${shown}, which cxedge serves itself: move it under the plugin's own path (/${plugin.name}/...)` : `plugins "${owner}" and "${plugin.name}" both declare the route ${shown}: only the first would answer; load only one, or move one`)
      }
      owners.set(k, plugin.name)
    }
  }
}
