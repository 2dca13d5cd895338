import { CHUNKED, listen, type Cut } from "./listen.ts"
import { defaultKnobs, KEYS, OWNER, rawJson, seedContacts, TENANT_ID, type Contact, type Fault, type Knobs } from "./tenant.ts"

/** One request as the tenant (or the foreign host) saw it. */
export interface Seen {
  host: "tenant" | "foreign"
  method: string
  path: string
  /** The Authorization header, whatever it was. */
  auth: string | null
  status: number
  /** When it came, by our clock. */
  at: number
}

const enc = new TextEncoder()
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
/** A JWT whose claims cxedge may read (cxone-api.md 1.4); nobody checks its signature. */
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: "RS256", typ: "JWT", kid: "default" })}.${b64url(claims)}.c2lnbmF0dXJl`
const ACD = /^\/incontactapi\/+services\/+v\d+\.0(\/.*)$/i
const LOGIN_PAGE = "<!DOCTYPE html><html><head><title>Sign in - Corporate Proxy</title></head><body><form action=/login>User <input name=u></form></body></html>"

/** Serves one tenant on 127.0.0.1, port 0, and a second host that must never see a token ("foreign"). */
export async function startStandin(overrides: Partial<Knobs> = {}, contactCount = 12) {
  const knobs: Knobs = { ...defaultKnobs(), ...overrides }
  const now = () => Date.now() + knobs.clockSkewMs
  const contacts = seedContacts(contactCount, Date.now())
  const seen: Seen[] = []
  const writes = { erasures: [] as unknown[], scripts: [] as string[], transcripts: [] as string[] }
  const issued = new Set<string>()
  const used = new Map<string, number>()
  let tokenRequests = 0
  let pageNo = 0

  const tenant = await listen((req) => handle(req, "tenant"))
  const foreign = await listen((req) => handle(req, "foreign"))
  const origin = `http://127.0.0.1:${tenant.port}`
  const foreignOrigin = `http://127.0.0.1:${foreign.port}`

  /** Whether a fault applies to this path now (and counts it). */
  function hits(fault: Fault | undefined, path: string): boolean {
    if (!fault || !path.toLowerCase().includes(fault.match)) return false
    const key = JSON.stringify(fault)
    const n = used.get(key) ?? 0
    if (n >= fault.times) return false
    used.set(key, n + 1)
    return true
  }

  function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
    const text = body === undefined ? "" : typeof body === "string" ? body : rawJson(body)
    const all: Record<string, string> = { "content-type": "application/json; charset=utf-8", date: new Date(now()).toUTCString(), ...headers }
    if (status === 204 || status === 304) return new Response(null, { status, headers: all })
    if (knobs.encoding === "gzip") return new Response(Bun.gzipSync(enc.encode(text)), { status, headers: { ...all, "content-encoding": "gzip" } })
    if (knobs.encoding === "chunked") return new Response(text, { status, headers: { ...all, [CHUNKED]: "1" } })
    return new Response(text, { status, headers: all })
  }

  function token(): Record<string, unknown> {
    const iat = Math.floor(now() / 1000)
    const access = jwt({ sub: "user:5e5e", tenantId: TENANT_ID, icBUId: 4455, icClusterId: "S5", name: OWNER.login, given_name: OWNER.name, iat, exp: iat + 3600, n: Math.random() })
    issued.add(access)
    return { access_token: access, token_type: "Bearer", expires_in: 3600, refresh_token: jwt({ id: "r", iat, exp: iat + 7200, n: Math.random() }), id_token: jwt({ tenantId: TENANT_ID, iat, exp: iat + 3600 }) }
  }

  async function tokenEndpoint(req: Request): Promise<Response> {
    tokenRequests++
    const form = new URLSearchParams(await req.text())
    const basic = req.headers.get("authorization")
    const [id, secret] = basic?.startsWith("Basic ") ? Buffer.from(basic.slice(6), "base64").toString().split(":").map(decodeURIComponent) : [form.get("client_id"), form.get("client_secret")]
    if (id !== KEYS.clientId || secret !== KEYS.clientSecret) return answer(401, { error: "invalid_client", error_description: "bad client" })
    const grant = form.get("grant_type")
    if (grant === "password" && form.get("username") === KEYS.accessKeyId && form.get("password") === KEYS.accessKeySecret) return answer(200, token(), { "cache-control": "no-store" })
    if (grant === "refresh_token" && form.get("refresh_token")) return answer(200, token(), { "cache-control": "no-store" })
    return answer(400, { error: "invalid_grant", error_description: "bad grant" })
  }

  function discovery(path: string, url: URL, host: string): Response | undefined {
    if (path === "/.well-known/openid-configuration") {
      return answer(200, { issuer: origin, token_endpoint: `${origin}/auth/token`, jwks_uri: `${origin}/auth/jwks`, token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"], scopes_supported: ["openid"] })
    }
    if (path === "/.well-known/cxone-configuration") {
      if (url.searchParams.get("tenantId")?.toLowerCase() !== TENANT_ID) return answer(404, { error: "tenant not found" })
      const api = knobs.apiEndpoint ? knobs.apiEndpoint(origin) : `${origin}${knobs.pathPrefix}`
      return answer(200, { private: false, area: "s5", cluster: "S5", domain: "example.test", acdDomain: "example.test", uhDomain: "example.test", api_endpoint: api, auth_endpoint: `${host}/auth`, ui_endpoint: `${host}/ui`, tenantId: TENANT_ID })
    }
    return undefined
  }

  /** A network fault in place of the answer, when one applies here. */
  function networkFault(path: string): Response | Cut | undefined {
    const n = knobs.network
    if (!n || !hits(n, path)) return undefined
    const date = new Date(now()).toUTCString()
    if (n.kind === "html200") return new Response(LOGIN_PAGE, { headers: { "content-type": "text/html", date } })
    if (n.kind === "proxy401") return new Response(LOGIN_PAGE, { status: 401, headers: { "content-type": "text/html", "www-authenticate": 'Basic realm="corp-proxy"', date } })
    if (n.kind === "proxy407") return new Response(LOGIN_PAGE, { status: 407, headers: { "content-type": "text/html", "proxy-authenticate": 'Basic realm="corp-proxy"', date } })
    return { cut: n.kind, start: `{"completedContacts":[{"contactId":9007199254740993,"firstName":"${contacts[0]!.firstName}",` }
  }

  function completed(url: URL, self: string): Response {
    const start = Date.parse(url.searchParams.get("startDate") ?? "") || -Infinity
    const end = Date.parse(url.searchParams.get("endDate") ?? "") || Infinity
    const inWindow = contacts.filter((c) => {
      const at = Date.parse(c.contactStartDate as string)
      const from = url.searchParams.get("fromAddress")
      return at >= start && at < end && (!from || knobs.ignoresFilter || c.fromAddress === from)
    })
    const skip = knobs.ignoreTopSkip ? 0 : Number(url.searchParams.get("skip") ?? 0)
    const top = Number(url.searchParams.get("top") ?? 100)
    const size = knobs.ignoreTopSkip ? inWindow.length : knobs.pageSize ?? top
    const page = inWindow.slice(skip, skip + size)
    if (page.length === 0) return answer(204, undefined)
    pageNo++
    const body: Record<string, unknown> = { businessUnitId: 4455, completedContacts: page, totalRecords: inWindow.length + (knobs.totalDrifts ? pageNo : 0), lastPollTime: new Date(now()).toISOString() }
    const more = skip + page.length < inWindow.length
    const nextPath = `${url.pathname}?skip=${skip + page.length}&top=${top}`
    if (more && knobs.nextLink !== "none") body._links = { self, next: knobs.nextLink === "foreign" ? `${foreignOrigin}${nextPath}` : knobs.nextLink === "repeat" ? self : `${origin}${nextPath}` }
    return answer(200, body)
  }

  function acd(req: Request, url: URL, rest: string, self: string): Response | Promise<Response> {
    if (req.method === "GET" && rest === "/contacts/completed") return completed(url, self)
    if (req.method === "POST" && rest === "/scripts/start") {
      writes.scripts.push(url.search)
      return answer(200, { contactId: { digits: "9007199254740995", asString: knobs.scriptId === "string" } })
    }
    if (req.method === "GET" && rest === "/skills/activity") {
      const serverTime = new Date(now()).toISOString()
      const queued = new Date(now() - 45_000).toISOString()
      return answer(200, { skillActivity: [{ skillId: 4101, skillName: "Billing", queueCount: 2, agentsAvailable: 3, serviceLevel: 92, serverTime, earliestQueueTime: queued }], lastPollTime: serverTime })
    }
    return answer(404, { error: "not_found" })
  }

  async function api(req: Request, url: URL, path: string): Promise<Response> {
    const bearer = req.headers.get("authorization")?.replace(/^bearer /i, "")
    if (!bearer || !issued.has(bearer)) return answer(401, { error: "invalid_token" })
    if (hits(knobs.throttle, path)) return answer(429, { message: "too many requests", route: path }, { "retry-after": new Date(now() + 2000).toUTCString() })
    if (knobs.failWithPii && hits(knobs.failWithPii, path)) {
      const c = contacts[1]!
      const said = `no row for ${c.firstName} ${c.lastName} ${c.fromAddress}`
      return answer(knobs.failWithPii.status, { error: "InternalError", error_description: said, errors: [{ message: said }] }, { icStatusDescription: said })
    }
    const acdPath = ACD.exec(path)
    if (acdPath) return acd(req, url, acdPath[1]!, `${origin}${url.pathname}${url.search}`)
    if (req.method === "POST" && path === "/privacy/v1/erasure") {
      writes.erasures.push(await req.json())
      return answer(200, { requestId: crypto.randomUUID() })
    }
    const transcript = /^\/dfo\/3\.0\/contacts\/(\d+)\/transcript$/.exec(path)
    if (req.method === "POST" && transcript) {
      writes.transcripts.push(transcript[1]!)
      return answer(201, undefined)
    }
    return answer(404, { error: "not_found" })
  }

  async function route(req: Request, host: Seen["host"]): Promise<Response | Cut> {
    const url = new URL(req.url)
    let path = url.pathname
    if (host === "tenant" && knobs.pathPrefix && !path.startsWith("/.well-known") && !path.startsWith("/auth")) {
      if (!path.startsWith(knobs.pathPrefix)) return answer(404, { error: "no such gateway route" })
      path = path.slice(knobs.pathPrefix.length)
    }
    const other = host === "tenant" ? foreignOrigin : origin
    if (knobs.discoveryRedirect && host === "tenant" && path.startsWith("/.well-known/")) return new Response(null, { status: knobs.discoveryRedirect, headers: { location: `${other}${path}${url.search}` } })
    const doc = discovery(path, url, host === "tenant" ? origin : foreignOrigin)
    if (doc) return doc
    if (path === "/auth/token" && req.method === "POST") return tokenEndpoint(req)
    return networkFault(path) ?? api(req, url, path)
  }

  async function handle(req: Request, host: Seen["host"]): Promise<Response | Cut> {
    const url = new URL(req.url)
    const response = host === "foreign" && !url.pathname.startsWith("/.well-known/") ? answer(404, { error: "not here" }) : await route(req, host)
    seen.push({ host, method: req.method, path: `${url.pathname}${url.search}`, auth: req.headers.get("authorization"), status: "cut" in response ? 200 : response.status, at: Date.now() })
    return response
  }

  return {
    origin,
    foreignOrigin,
    contacts,
    seen,
    writes,
    /** Every access token the tenant issued: none may appear in any output. */
    tokens: () => [...issued],
    tokenRequests: () => tokenRequests,
    stop() {
      tenant.stop()
      foreign.stop()
    },
  }
}

export type Standin = Awaited<ReturnType<typeof startStandin>>
export type { Contact }
