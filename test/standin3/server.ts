import { gzipSync } from "node:zlib"
import { KEYS, TENANT_ID, type State } from "./tenant.ts"

const b64u = (s: string) => Buffer.from(s).toString("base64url")
const ACD = /^\/incontactapi\/+services\/v(\d+)\.0(\/.*)$/i

/** JSON with ids as bare numbers, as the ACD and the records API send them (beyond 2^53 too). */
const bare = (value: unknown) => JSON.stringify(value).replace(/"(id|contactId)":"(\d+)"/g, '"$1":$2')

export interface StandIn { origin: string; state: State; stop(): void }

/** Serves `state` on 127.0.0.1, port 0: discovery, both token endpoints, the records API, ACD completed contacts, Privacy, DFO. */
export function serveStandIn(state: State): StandIn {
  const valid = new Set<string>()
  const revoked = new Set<string>()
  let api = 0
  let revokedOnce = false
  let slowDone = false
  let erasureFailed = false
  let origin = ""
  const mint = (aud: string) => {
    const now = Math.floor(Date.now() / 1000)
    const claims = { sub: "user:5f0c6a1e-0000-4000-8000-000000000046", tenantId: TENANT_ID, icBUId: 4600046, icClusterId: "B32", aud, iat: now, exp: now + 3600, n: ++state.tokensIssued }
    const token = `${b64u(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "default" }))}.${b64u(JSON.stringify(claims))}.c2ln`
    valid.add(token)
    return token
  }
  const json = (status: number, body: unknown, headers: Record<string, string> = {}, raw = false) =>
    new Response(raw ? (body as string) : bare(body), { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } })
  const tokenError = (status: number, error: string) => json(status, { error, error_description: "The request was refused." }, { "cache-control": "no-store", pragma: "no-cache" })

  async function token(req: Request, records: boolean): Promise<Response> {
    if (state.faults.tokenDelayMs) await Bun.sleep(state.faults.tokenDelayMs)
    const form = new URLSearchParams(await req.text())
    let id = form.get("client_id")
    let secret = form.get("client_secret")
    const basic = req.headers.get("authorization")?.match(/^Basic (.+)$/i)
    if (basic) {
      const [u, p] = Buffer.from(basic[1]!, "base64").toString().split(":")
      id = decodeURIComponent((u ?? "").replace(/\+/g, " "))
      secret = decodeURIComponent((p ?? "").replace(/\+/g, " "))
    }
    const want = records ? [KEYS.recordsClientId, KEYS.recordsClientSecret] : [KEYS.clientId, KEYS.clientSecret]
    if (id !== want[0] || secret !== want[1]) return tokenError(401, "invalid_client")
    const grant = form.get("grant_type")
    if (records) {
      if (grant !== "client_credentials") return tokenError(400, "unsupported_grant_type")
      return json(200, { access_token: mint("records"), token_type: "Bearer", expires_in: 3600 })
    }
    if (grant === "password" && (form.get("username") !== KEYS.accessKeyId || form.get("password") !== KEYS.accessKeySecret)) return tokenError(400, "invalid_grant")
    if (grant === "refresh_token" && !valid.has(form.get("refresh_token") ?? "")) return tokenError(400, "invalid_grant")
    if (grant !== "password" && grant !== "refresh_token") return tokenError(400, "unsupported_grant_type")
    const access = mint(KEYS.clientId)
    return json(200, { access_token: access, token_type: "Bearer", expires_in: 3600, refresh_token: mint("refresh"), id_token: mint(KEYS.clientId), issued_token_type: "urn:ietf:params:oauth:token-type:access_token" }, { "cache-control": "no-store", pragma: "no-cache" })
  }

  // Each request (method and URL) is refused at most once, so a client's retries always suffice: the tests see
  // whether it waits and retries, not whether its retry budget outlasts a dense fault pattern.
  const refused = new Set<string>()
  function fault(key: string): Response | undefined {
    const f = state.faults
    if ((f.throttleEvery || f.htmlEvery) && refused.has(key)) return undefined
    const injected = throttle(f) ?? unavailable(f)
    if (injected) refused.add(key)
    return injected
  }
  function throttle(f: State["faults"]): Response | undefined {
    if (f.throttleEvery && api % f.throttleEvery === 0) {
      const headers: Record<string, string> = { "content-type": "application/json" }
      if (f.retryAfter === "seconds") headers["retry-after"] = "1"
      if (f.retryAfter === "date") headers["retry-after"] = new Date(Date.now() + 2000).toUTCString()
      return new Response(JSON.stringify({ message: "Too many requests", route: "throttled" }), { status: 429, headers })
    }
    return undefined
  }
  function unavailable(f: State["faults"]): Response | undefined {
    if (f.htmlEvery && api % f.htmlEvery === 0) {
      return new Response("<html><head><title>503 Service Temporarily Unavailable</title></head><body><center><h1>503 Service Temporarily Unavailable</h1></center></body></html>", { status: 503, headers: { "content-type": "text/html" } })
    }
    return undefined
  }

  async function route(req: Request, url: URL): Promise<Response> {
    const path = url.pathname
    if (req.method === "GET" && path === "/.well-known/openid-configuration") {
      return json(200, { issuer: origin, token_endpoint: `${origin}/auth/token`, authorization_endpoint: `${origin}/auth/authorize`, jwks_uri: `${origin}/auth/jwks`, token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"], scopes_supported: ["openid"] })
    }
    if (req.method === "GET" && path === "/.well-known/cxone-configuration") {
      if (url.searchParams.get("tenantId") !== TENANT_ID) return new Response(null, { status: 404 })
      return json(200, { private: false, area: "na1", cluster: "B32", domain: "niceincontact.com", acdDomain: "nice-incontact.com", uhDomain: "nice-incontact.com", ui_endpoint: origin, auth_endpoint: origin, api_endpoint: origin, tenantId: TENANT_ID })
    }
    if (req.method === "POST" && path === "/auth/token") return token(req, false)
    if (req.method === "POST" && path === "/api/v2/oauth/token") return token(req, true)

    api++
    const bearer = req.headers.get("authorization")?.match(/^Bearer (.+)$/)?.[1]
    if (!bearer || !valid.has(bearer) || revoked.has(bearer)) return json(401, { error: "invalid_token", error_description: "Token expired or invalid" })
    if (state.faults.revokeAfter && !revokedOnce && api >= state.faults.revokeAfter) {
      revokedOnce = true
      for (const t of valid) revoked.add(t)
      return json(401, { error: "invalid_token", error_description: "Token expired or invalid" })
    }
    const injected = fault(`${req.method} ${url.pathname}${url.search}`)
    if (injected) return injected
    const res = (await records(req, url)) ?? (await acd(url)) ?? (await privacy(req, url)) ?? (await dfo(req, url)) ?? json(404, { message: "Not found" })
    // Done, then answered late: a write a timed-out client gave up on has still happened.
    const slow = state.faults.slow
    if (slow && !slowDone && path.includes(slow.path)) {
      slowDone = true
      await Bun.sleep(slow.ms)
    }
    return res
  }

  async function records(req: Request, url: URL): Promise<Response | undefined> {
    const etag = state.faults.etag !== false
    if (req.method === "GET" && url.pathname === "/api/v1/contacts") {
      const ids = [...state.records.keys()]
      const size = Number(url.searchParams.get("pageSize") ?? 50)
      const from = Number(url.searchParams.get("pageToken")?.slice(2) ?? 0)
      const page = ids.slice(from, from + size).map((id) => state.records.get(id)!)
      const body = { contacts: page.map((c) => ({ id: c.id, ...c.data, ...(etag ? { _etag: `"v${c.version}"` } : {}) })), ...(from + size < ids.length ? { pageToken: `o:${from + size}` } : {}) }
      const res = json(200, body)
      const doomed = state.faults.deleteAfterList
      if (doomed && page.some((c) => c.id === doomed)) state.records.delete(doomed)
      return res
    }
    const m = url.pathname.match(/^\/api\/v1\/contacts\/([^/]+)$/)
    if (!m) return undefined
    const c = state.records.get(decodeURIComponent(m[1]!))
    if (!c) return json(404, { message: "Contact not found" })
    const headers: Record<string, string> = etag ? { etag: `"v${c.version}"` } : {}
    if (req.method === "GET") return json(200, { id: c.id, ...c.data }, headers)
    if (req.method !== "PATCH") return json(405, { message: "Method not allowed" })
    const match = req.headers.get("if-match")
    if (!match) return json(428, { message: "If-Match is required" })
    if (match !== "*" && match !== `"v${c.version}"`) return json(412, { message: "Precondition failed" })
    const patch = (await req.json()) as Record<string, unknown>
    for (const [k, value] of Object.entries(patch)) value === null ? delete c.data[k] : (c.data[k] = value)
    c.version++
    state.patches.set(c.id, (state.patches.get(c.id) ?? 0) + 1)
    return json(200, { id: c.id, ...c.data }, etag ? { etag: `"v${c.version}"` } : {})
  }

  async function acd(url: URL): Promise<Response | undefined> {
    const m = url.pathname.match(ACD)
    if (!m || !/^\/contacts\/completed\/?$/i.test(m[2]!)) return undefined
    const q = (name: string) => url.searchParams.get(name) ?? url.searchParams.get(name.toLowerCase()) ?? undefined
    const start = Date.parse(q("startDate") ?? "1970-01-01T00:00:00Z")
    const end = Date.parse(q("endDate") ?? "2100-01-01T00:00:00Z")
    const from = q("fromAddress")
    const rows = state.completed
      .filter((c) => Date.parse(c.contactStartDate) >= start && Date.parse(c.contactStartDate) < end && (!from || c.fromAddress === from))
      .sort((a, b) => Date.parse(a.contactStartDate) - Date.parse(b.contactStartDate))
    const skip = state.faults.ignoreSkip ? 0 : Number(q("skip") ?? 0)
    const top = Math.min(Number(q("top") ?? 10_000), state.faults.topCap ?? 10_000)
    const page = rows.slice(skip, skip + top)
    if (page.length === 0) return new Response(null, { status: 204 })
    const f = state.faults
    const nextUrl = new URL(url)
    nextUrl.searchParams.set("skip", String(skip + page.length))
    nextUrl.searchParams.set("top", String(top))
    const more = skip + page.length < rows.length
    const body = {
      _links: { self: url.toString(), next: f.paging === "links" && more ? nextUrl.toString() : null, previous: null },
      businessUnitId: 4600046,
      completedContacts: f.sevenDigits ? page.map((c) => ({ ...c, contactStartDate: new Date(c.contactStartDate).toISOString().replace(/\.(\d{3})Z$/, ".$14567Z") })) : page,
      lastPollTime: new Date().toISOString(),
      ...(f.totals === "missing" ? {} : { totalRecords: f.totals === "wrong" ? page.length : rows.length }),
    }
    return json(200, body)
  }

  async function privacy(req: Request, url: URL): Promise<Response | undefined> {
    if (url.pathname !== "/privacy/v1/erasure") return undefined
    if (req.method !== "POST") return json(405, { message: "Method not allowed" })
    if (state.faults.failFirstErasure && !erasureFailed) {
      erasureFailed = true
      return new Response("<html><body><h1>503 Service Unavailable</h1></body></html>", { status: 503, headers: { "content-type": "text/html" } })
    }
    const body = (await req.json()) as { subjectIdentifier?: string; subjectIdentifierType?: string }
    if (!body.subjectIdentifier || !["PHONENO", "EMAIL", "USER"].includes(body.subjectIdentifierType ?? "")) return json(400, { code: 400, details: "invalid subject", entityType: "GDPR", errors: [], hostName: "gdpr-1" })
    state.erasures.push({ subjectIdentifier: body.subjectIdentifier, subjectIdentifierType: body.subjectIdentifierType! })
    return json(200, { requestId: crypto.randomUUID() })
  }

  async function dfo(req: Request, url: URL): Promise<Response | undefined> {
    const h = url.pathname.match(/^\/dfo\/3\.0\/contacts\/([^/]+)\/history$/)
    if (h && req.method === "GET") {
      const ids = state.faults.dfoGone === decodeURIComponent(h[1]!) ? undefined : state.history.get(decodeURIComponent(h[1]!))
      if (!ids) return json(404, { errors: [{ message: "Contact not found", errorCode: "NOT_FOUND" }], uid: crypto.randomUUID() })
      const size = Number(url.searchParams.get("size") ?? 50)
      const page = Number(url.searchParams.get("page") ?? 1)
      const slice = ids.slice((page - 1) * size, page * size)
      return json(200, { data: slice.map((id) => ({ id, messageContent: { type: "TEXT", text: state.messages.get(id) }, createdAt: "2026-11-02T10:00:00.000Z" })), hits: ids.length })
    }
    const msg = url.pathname.match(/^\/dfo\/3\.0\/messages\/([^/]+)(?:\/(content-removal|author-name-removal))?$/)
    if (!msg) return undefined
    const id = decodeURIComponent(msg[1]!)
    if (!state.messages.has(id)) return json(404, { errors: [{ message: "Message not found" }], uid: crypto.randomUUID() })
    if (!msg[2] && req.method === "GET") return json(200, { id, messageContent: { type: "TEXT", text: state.messages.get(id) } })
    if (msg[2] && req.method === "POST") {
      if (state.removals.some((r) => r.messageId === id && r.kind === msg[2])) return json(409, { errors: [{ message: "Already removed" }], uid: crypto.randomUUID() })
      state.removals.push({ messageId: id, kind: msg[2] })
      return new Response(null, { status: 201 })
    }
    return json(405, { errors: [{ message: "Method not allowed" }], uid: crypto.randomUUID() })
  }

  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    idleTimeout: 0,
    async fetch(req) {
      const url = new URL(req.url)
      const at = Date.now()
      let res = await route(req, url)
      state.log.push({ method: req.method, path: url.pathname + url.search, at, done: Date.now(), status: res.status })
      if (state.faults.gzip && res.body && /gzip/.test(req.headers.get("accept-encoding") ?? "")) {
        const bytes = gzipSync(new Uint8Array(await res.arrayBuffer()))
        const headers = new Headers(res.headers)
        headers.set("content-encoding", "gzip")
        res = new Response(bytes, { status: res.status, headers })
      }
      return res
    },
  })
  origin = `http://127.0.0.1:${server.port}`
  return { origin, state, stop: () => server.stop(true) }
}
