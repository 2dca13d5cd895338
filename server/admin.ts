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
    // The scheme is case-insensitive and may be followed by more than one space (RFC 9110 §11.1, §11.4):
    // "bearer TOKEN" with the right token was refused as no valid token.
    const bearer = /^bearer +(\S+) *$/i.exec(header)
    const given = new TextEncoder().encode(bearer?.[1] ?? "")
    const ok = given.length === expected.length && timingSafeEqual(given, expected)
    // A header of another form (the token alone, Basic) is told the form; the header is never quoted (it may be a secret).
    // The admin token in quotes (Bearer "TOKEN", copied from a .env line) or with the scheme twice (Bearer Bearer TOKEN,
    // a client that adds it to a value holding it) was "a valid admin bearer token is required": said what is wrong, not taken.
    const inner = /^bearer +(?:"(\S+)"|'(\S+)'|bearer +(\S+)) *$/i.exec(header)
    const wrapped = new TextEncoder().encode(inner?.[1] ?? inner?.[2] ?? inner?.[3] ?? "")
    const near = !ok && wrapped.length === expected.length && timingSafeEqual(wrapped, expected)
    const message = near
      ? inner?.[3] ? "the Authorization header says Bearer twice: send Authorization: Bearer followed by the admin token, once" : "the admin token is in quotes: send Authorization: Bearer followed by the token without them"
      : header && !bearer && !inner ? otherForm(header) : elsewhere(c.req.raw) ?? "a valid admin bearer token is required"
    if (!ok) return c.json({ error: "unauthorized", message }, 401, { "www-authenticate": 'Bearer realm="cxedge"' })
    await next()
  }
}

// Other schemes' names, which may be said (the first word of a header of no scheme may be the token: never said).
const SCHEMES = ["basic", "token", "digest", "apikey", "api-key", "bot", "jwt", "hmac", "negotiate", "key"]

/**
 * A header that is not `Bearer TOKEN`, told what it is: the header twice (`Bearer A, Bearer B`, as a proxy joins a
 * header sent twice) or another scheme by its name ("not Bearer and a token" told neither). Never the header itself.
 */
function otherForm(header: string): string {
  const values = header.split(",").filter((part) => part.trim())
  if (values.length > 1 && values.every((part) => /^\s*bearer\s/i.test(part))) return `the Authorization header holds ${values.length} Bearer tokens (the header sent more than once, or joined by a proxy): send Authorization: Bearer followed by the admin token, once`
  const scheme = /^\s*([A-Za-z-]+)(?:\s|$)/.exec(header)?.[1]
  if (scheme && SCHEMES.includes(scheme.toLowerCase())) return `the Authorization header uses the ${scheme} scheme: the admin routes take Bearer, so send Authorization: Bearer followed by the admin token`
  return "the Authorization header is not Bearer and a token: send Authorization: Bearer followed by the admin token"
}

// Where other APIs take a key: a token sent there is never read (and, in a query, lands in access logs).
const KEY_HEADERS = ["x-api-key", "x-admin-token", "x-auth-token", "api-key", "token"]
const KEY_PARAMS = ["access_token", "token", "api_key", "apikey", "key"]

/** With no Authorization header: a token sent in another header or in the query string, told where it goes (never quoted). */
function elsewhere(request: Request): string | undefined {
  if (request.headers.get("authorization")) return undefined
  const header = KEY_HEADERS.find((h) => request.headers.get(h))
  if (header) return `the admin token goes in the Authorization header, not ${header}: send Authorization: Bearer followed by the token`
  const params = new URL(request.url).searchParams
  const param = KEY_PARAMS.find((p) => params.has(p))
  if (param) return `the admin token goes in the Authorization header, not the query (?${param}=, which access logs keep): send Authorization: Bearer followed by the token, and change the token if the URL was logged`
  return undefined
}
