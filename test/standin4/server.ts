import { acd, dfo } from "./cxone.ts"
import { createRecords } from "./records.ts"
import { defaultKnobs, emptyLog, KEYS, seedRecords, TENANT_ID, type Knobs } from "./tenant.ts"

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
/** A JWT whose claims cxedge may read (cxone-api.md 1.4); its signature is not checked by anyone here. */
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: "RS256", typ: "JWT", kid: "default" })}.${b64url(claims)}.c2lnbmF0dXJl`
const ACD = /^\/incontactapi\/+services\/+v34\.0(\/.*)$/i

/** Serves one tenant on 127.0.0.1, port 0. */
export function startStandin(overrides: Partial<Knobs> = {}) {
  const knobs: Knobs = { ...defaultKnobs(), ...overrides }
  const log = emptyLog()
  const records = createRecords(seedRecords(), knobs, log)
  const issued = new Set<string>()
  let throttled = 0
  const server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: route })
  const origin = `http://127.0.0.1:${server.port}`
  // Upper case and trailing slashes: legal in a URL, a trap for string comparisons.
  const shown = knobs.oddDiscovery ? `HTTP://LOCALHOST:${server.port}/` : origin

  function token(claimsExtra: Record<string, unknown> = {}): Record<string, unknown> {
    const iat = Math.floor(Date.now() / 1000)
    const access = jwt({ sub: "user:7f1c", tenantId: TENANT_ID, icBUId: -4401, icClusterId: "S4", given_name: "Ingrid", family_name: "Halvorsen", name: "ingrid.halvorsen@example.no", iat, exp: iat + 3600, n: Math.random(), ...claimsExtra })
    issued.add(access)
    if (!knobs.oddToken) return { access_token: access, token_type: "Bearer", expires_in: 3600, refresh_token: jwt({ id: "r", iat, exp: iat + 7200, n: Math.random() }), id_token: jwt({ tenantId: TENANT_ID, iat, exp: iat + 3600 }) }
    return { access_token: access, token_type: "bearer", expires_in: "3600", id_token: jwt({ tenantId: TENANT_ID, userId: "7f1c", name: "ingrid.halvorsen@example.no", iat, exp: iat + 3600 }), issued_token_type: "urn:ietf:params:oauth:token-type:access_token", scope: "openid", not_before_policy: 0 }
  }

  async function tokenEndpoint(req: Request): Promise<Response> {
    const form = new URLSearchParams(await req.text())
    const basic = req.headers.get("authorization")
    const [id, secret] = basic?.startsWith("Basic ")
      ? Buffer.from(basic.slice(6), "base64").toString().split(":").map(decodeURIComponent)
      : [form.get("client_id"), form.get("client_secret")]
    if (id !== KEYS.clientId || secret !== KEYS.clientSecret) return json({ error: "invalid_client", error_description: "bad client" }, 401)
    const grant = form.get("grant_type")
    if (grant === "password" && form.get("username") === KEYS.accessKeyId && form.get("password") === KEYS.accessKeySecret) return json(token(), 200, { "cache-control": "no-store" })
    if (grant === "refresh_token" && form.get("refresh_token")) return json(token(), 200, { "cache-control": "no-store" })
    return json({ error: "invalid_grant", error_description: "bad grant" }, 400)
  }

  async function recordsToken(req: Request): Promise<Response> {
    const form = new URLSearchParams(await req.text())
    if (form.get("client_id") !== KEYS.recordsClientId || form.get("client_secret") !== KEYS.recordsClientSecret) return json({ error: "invalid_client" }, 401)
    const access = `rec-${Math.random().toString(36).slice(2)}`
    issued.add(access)
    return json({ access_token: access, token_type: "bearer", expires_in: "3600" })
  }

  function discovery(path: string, url: URL): Response | undefined {
    if (path === "/.well-known/openid-configuration") {
      return json({ issuer: knobs.oddDiscovery ? shown : origin, token_endpoint: `${shown}${knobs.oddDiscovery ? "" : "/"}auth/token`, jwks_uri: `${origin}/auth/jwks`, token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"], scopes_supported: ["openid"] })
    }
    if (path === "/.well-known/cxone-configuration") {
      if (url.searchParams.get("tenantId")?.toLowerCase() !== TENANT_ID) return json({ error: "tenant not found" }, 404)
      return json({ private: false, area: "s4", cluster: "S4", domain: "example.test", acdDomain: "example.test", uhDomain: "example.test", api_endpoint: knobs.oddDiscovery ? shown : origin, auth_endpoint: shown, ui_endpoint: shown, tenantId: knobs.oddDiscovery ? TENANT_ID.toUpperCase() : TENANT_ID })
    }
    return undefined
  }

  function authorized(req: Request): boolean {
    const bearer = req.headers.get("authorization")?.replace(/^bearer /i, "")
    return !!bearer && issued.has(bearer)
  }

  async function dispatch(req: Request, url: URL, path: string): Promise<Response> {
    const found = discovery(path, url)
    if (found) return found
    if (path === "/auth/token" && req.method === "POST") return tokenEndpoint(req)
    if (path === "/api/v2/oauth/token" && req.method === "POST") return recordsToken(req)
    if (!authorized(req)) return json({ error: "invalid_token" }, 401)
    if (knobs.throttle && path.toLowerCase().includes(knobs.throttle.match) && throttled < knobs.throttle.times) {
      throttled++
      return json({ message: "too many requests", route: path }, 429, knobs.throttle.headers)
    }
    let answer: Response
    const acdPath = ACD.exec(path)
    if (path.startsWith("/api/v1/")) answer = await records.handle(req, url, path.slice("/api/v1".length))
    else if (acdPath) answer = acd(req, url, acdPath[1]!, knobs, log)
    else if (path.startsWith("/dfo/3.0/")) answer = await dfo(req, url, path.slice("/dfo/3.0".length), knobs, log)
    else if (path === "/privacy/v1/erasure" && req.method === "POST") answer = json({ requestId: crypto.randomUUID() })
    else answer = json({ error: "not_found" }, 404)
    if (answer.status < 400) for (const [k, v] of Object.entries(knobs.okHeaders)) answer.headers.set(k, v)
    return answer
  }

  async function route(req: Request): Promise<Response> {
    const url = new URL(req.url)
    // Trailing slashes in discovered hosts double up here: one slash is what a tenant would route.
    const path = url.pathname.replace(/\/{2,}/g, "/")
    const answer = await dispatch(req, url, path)
    log.requests.push({ method: req.method, path, raw: url.pathname, at: Date.now(), status: answer.status })
    return answer
  }

  return { origin, knobs, log, records, issued, stop: () => server.stop(true) }
}
export type Standin = ReturnType<typeof startStandin>
