import type { Context, Hono } from "hono"
import { PatternRouter } from "hono/router/pattern-router"

// A part of the path that is no route's word (an email, a phone number with or without its +, anything
// percent-encoded) may be a person's data, as in GET /v1/holds/ada@example.com or /v1/holds/07700900123: the answer,
// which a client or a proxy logs, shows it as {...}.
const phoneShaped = (part: string) => /^[\d.()-]+$/.test(part) && part.replace(/\D/g, "").length >= 7
const shownPath = (path: string) => path.split("/").map((part) => (/^[\w.~:-]{0,64}$/.test(part) && !phoneShaped(part) ? part : "{...}")).join("/")
const hidden = (shown: string) => (shown.includes("{...}") ? " (a part shown as {...} is not repeated: it looks like data, not a route's word)" : "")

/**
 * The app's `notFound` handler: a path that some route serves, asked with another method, answers 405 with
 * an `Allow` header (RFC 9110 §15.5.6) in the house `{error, message}` shape; any other path answers 404.
 * The table of paths is built at the first miss, after every plugin has added its routes. Middleware
 * (`app.use`, method ALL) is not a route: it serves no method of its own.
 */
export function methodNotAllowed(app: Hono) {
  let router: PatternRouter<string> | undefined
  const table = () => {
    if (router) return router
    router = new PatternRouter<string>()
    for (const route of app.routes) if (route.method !== "ALL") router.add("ALL", route.path, route.method)
    return router
  }
  return function notFound(c: Context) {
    const path = new URL(c.req.url).pathname
    const shown = shownPath(path)
    const methods = new Set(table().match(c.req.method, path)[0].map(([method]) => method))
    if (methods.has("GET")) methods.add("HEAD") // Hono answers HEAD from a GET route
    // The table matches /v1/holds/ to /v1/holds, which the app's router does not: GET /v1/holds/ was told "use HEAD or POST".
    if (methods.has(c.req.method) && path.length > 1 && path.endsWith("/")) {
      return c.json({ error: "not_found", message: `no route ${c.req.method} ${shown}: drop the trailing slash (${c.req.method} ${shown.replace(/\/+$/, "")})${hidden(shown)}` }, 404)
    }
    methods.delete(c.req.method)
    if (methods.size === 0) return c.json({ error: "not_found", message: `no route ${c.req.method} ${shown}${hidden(shown)}` }, 404)
    const allow = [...methods].sort()
    const listed = allow.length === 1 ? allow[0] : `${allow.slice(0, -1).join(", ")} or ${allow.at(-1)}`
    return c.json({ error: "method_not_allowed", message: `${c.req.method} is not allowed on ${shown}: use ${listed}${hidden(shown)}` }, 405, { allow: allow.join(", ") })
  }
}
