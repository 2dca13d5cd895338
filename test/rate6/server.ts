import { seeded, type Gate } from "./limits.ts"
import { KEYS, seedRecords, TENANT_ID, type Contact } from "./tenant.ts"

/** How a gate's refusal is said, and what else the answers carry. */
export interface Knobs {
  gate: Gate
  /** 429 (the usual), or 503 as some gateways throttle. */
  refusal: 429 | 503
  /** Retry-After on a refusal: the seconds until a call is taken again (rounded up), or none at all. */
  retryAfter: boolean
  /**
   * X-RateLimit-Limit/Remaining/Reset on every records answer: none; the gate's own figures ("honest"); an hourly
   * quota of 36,000 counted honestly that is not what binds ("hourly"); or the gate's figures ten times over ("inflated").
   */
  headers: "none" | "honest" | "hourly" | "inflated"
  /** The share of records calls answered 500, 502 or 503 at random, before any work (faults, not throttling). */
  faults: number
  /** How long each records call takes to answer. */
  serviceMs: number
  contacts: number
}

/** One records call as the tenant saw it: when, what, and how it was answered. */
export interface Seen {
  at: number
  method: string
  status: number
  kind: "ok" | "refused" | "fault"
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })
const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
const jwt = (claims: Record<string, unknown>) => `${b64url({ alg: "RS256", typ: "JWT", kid: "default" })}.${b64url(claims)}.c2lnbmF0dXJl`

export const defaults = (gate: Gate): Knobs => ({ gate, refusal: 429, retryAfter: true, headers: "none", faults: 0, serviceMs: 20, contacts: 300 })

/** Serves one tenant on 127.0.0.1, port 0: discovery, both token endpoints and the records API behind `knobs.gate`. */
export function startStandin(overrides: Partial<Knobs> & { gate: Gate }) {
  const knobs: Knobs = { ...defaults(overrides.gate), ...overrides }
  const seed = seedRecords(knobs.contacts)
  const kept = new Map(seed.map((c) => [c.id, { now: structuredClone(c), version: 1 }]))
  const patches = new Map<string, number>()
  const wrong: string[] = []
  const seen: Seen[] = []
  const issued = new Set<string>()
  const random = seeded(knobs.contacts * 7 + 11)
  const t0 = Date.now()
  let hourlyUsed = 0
  const server = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: route })
  const origin = `http://127.0.0.1:${server.port}`

  function cxoneToken(): Response {
    const iat = Math.floor(Date.now() / 1000)
    const access = jwt({ sub: "user:r6", tenantId: TENANT_ID, icBUId: 6606, icClusterId: "R6", iat, exp: iat + 3600, n: Math.random() })
    issued.add(access)
    return json({ access_token: access, token_type: "Bearer", expires_in: 3600, refresh_token: jwt({ iat, exp: iat + 7200, n: Math.random() }), id_token: jwt({ tenantId: TENANT_ID, iat }) })
  }

  async function tokens(req: Request, path: string): Promise<Response | undefined> {
    if (req.method !== "POST") return undefined
    const form = new URLSearchParams(await req.text())
    if (path === "/api/v2/oauth/token") {
      if (form.get("client_id") !== KEYS.recordsClientId || form.get("client_secret") !== KEYS.recordsClientSecret) return json({ error: "invalid_client" }, 401)
      const access = `rec6-${crypto.randomUUID()}`
      issued.add(access)
      return json({ access_token: access, token_type: "bearer", expires_in: 3600 })
    }
    const basic = req.headers.get("authorization")
    const [id, secret] = basic?.startsWith("Basic ") ? Buffer.from(basic.slice(6), "base64").toString().split(":").map(decodeURIComponent) : [form.get("client_id"), form.get("client_secret")]
    if (id !== KEYS.clientId || secret !== KEYS.clientSecret) return json({ error: "invalid_client" }, 401)
    if (form.get("grant_type") === "password" && form.get("username") === KEYS.accessKeyId && form.get("password") === KEYS.accessKeySecret) return cxoneToken()
    if (form.get("grant_type") === "refresh_token") return cxoneToken()
    return json({ error: "invalid_grant" }, 400)
  }

  function discovery(path: string, url: URL): Response | undefined {
    if (path === "/.well-known/openid-configuration") return json({ issuer: origin, token_endpoint: `${origin}/auth/token`, token_endpoint_auth_methods_supported: ["client_secret_basic"], scopes_supported: ["openid"] })
    if (path !== "/.well-known/cxone-configuration") return undefined
    if (url.searchParams.get("tenantId") !== TENANT_ID) return json({ error: "tenant not found" }, 404)
    return json({ area: "r6", cluster: "R6", domain: "example.test", api_endpoint: origin, auth_endpoint: origin, tenantId: TENANT_ID })
  }

  const tag = (id: string, version: number) => `"${id}.${version}"`

  function records(req: Request, url: URL, rest: string, body: unknown): Response {
    if (rest === "/contacts" && req.method === "GET") {
      const size = Math.min(100, Number(url.searchParams.get("pageSize") ?? 50))
      const after = url.searchParams.get("pageToken") ?? ""
      const all = [...kept.values()].filter((k) => k.now.id > after)
      const page = all.slice(0, size).map((k) => ({ ...k.now, _etag: tag(k.now.id, k.version) }))
      return json({ contacts: page, ...(all.length > size ? { pageToken: page[page.length - 1]!.id } : {}) })
    }
    const id = decodeURIComponent(rest.slice("/contacts/".length))
    const k = kept.get(id)
    if (!k) return json({ error: "not_found" }, 404)
    if (req.method === "GET") return json(k.now, 200, { etag: tag(id, k.version) })
    if (req.method !== "PATCH") return json({ error: "method_not_allowed" }, 405)
    const ifMatch = req.headers.get("if-match")
    if (ifMatch !== "*" && ifMatch !== tag(id, k.version)) return json({ error: "precondition_failed" }, 412)
    if (!body || typeof body !== "object" || Array.isArray(body)) return json({ error: "bad_body" }, 400)
    const next: Contact = { ...k.now }
    for (const [key, value] of Object.entries(body)) {
      if (key === "id" || key === "_etag") continue
      if (value === null) delete next[key]
      else next[key] = value
    }
    // A write that changes what the matrix does not name, or a second write, is a wrong write.
    for (const key of Object.keys(body)) if (!["firstName", "lastName", "email", "phone", "id", "_etag"].includes(key)) wrong.push(`${id}: wrote ${key}`)
    if (patches.has(id)) wrong.push(`${id}: written again`)
    patches.set(id, (patches.get(id) ?? 0) + 1)
    k.now = next
    k.version++
    return json(next, 200, { etag: tag(id, k.version) })
  }

  function rateHeaders(now: number): Record<string, string> {
    if (knobs.headers === "hourly") {
      hourlyUsed++
      return { "x-ratelimit-limit": "36000", "x-ratelimit-remaining": String(36_000 - hourlyUsed), "x-ratelimit-reset": "3600" }
    }
    const q = knobs.gate.quota?.(now)
    if (knobs.headers === "none" || !q) return {}
    const times = knobs.headers === "inflated" ? 10 : 1
    return { "x-ratelimit-limit": String(q.limit * times), "x-ratelimit-remaining": String(q.remaining * times), "x-ratelimit-reset": String(q.resetSec) }
  }

  /** The gate, then the faults, then the work after the answer's delay. */
  async function gated(req: Request, url: URL, rest: string): Promise<{ answer: Response; kind: Seen["kind"] }> {
    const body = req.method === "PATCH" ? await req.json().catch(() => undefined) : undefined
    const now = Date.now()
    const verdict = knobs.gate.admit(now)
    if (!verdict.admitted) {
      const wait = Math.max(1, Math.ceil((verdict.untilMs - now) / 1000))
      return { answer: json({ message: "too many requests" }, knobs.refusal, { ...(knobs.retryAfter ? { "retry-after": String(wait) } : {}), ...rateHeaders(now) }), kind: "refused" }
    }
    try {
      await Bun.sleep(knobs.serviceMs + (knobs.gate.delayMs?.(now) ?? 0))
      if (random() < knobs.faults) return { answer: json({ error: "upstream failure" }, [500, 502, 503][Math.floor(random() * 3)]!), kind: "fault" }
      const answer = records(req, url, rest, body)
      for (const [h, v] of Object.entries(rateHeaders(now))) answer.headers.set(h, v)
      return { answer, kind: "ok" }
    } finally {
      knobs.gate.done?.()
    }
  }

  async function route(req: Request): Promise<Response> {
    const url = new URL(req.url)
    const path = url.pathname.replace(/\/{2,}/g, "/")
    const early = discovery(path, url) ?? (await tokens(req, path))
    if (early) return early
    const bearer = req.headers.get("authorization")?.replace(/^bearer /i, "")
    if (!bearer || !issued.has(bearer)) return json({ error: "invalid_token" }, 401)
    if (!path.startsWith("/api/v1/")) return json({ error: "not_found" }, 404)
    const { answer, kind } = await gated(req, url, path.slice("/api/v1".length))
    seen.push({ at: Date.now() - t0, method: req.method, status: answer.status, kind })
    return answer
  }

  return {
    origin,
    seed,
    seen,
    patches,
    wrong,
    t0,
    tokens: () => [...issued],
    /** The records as stored now. */
    stored: () => [...kept.values()].map((k) => k.now),
    refusedShare: () => seen.filter((s) => s.kind === "refused").length / Math.max(1, seen.length),
    stop: () => server.stop(true),
  }
}
export type Standin = ReturnType<typeof startStandin>
