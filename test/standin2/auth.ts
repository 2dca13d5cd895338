// Global auth host of the second stand-in: OIDC discovery, cxone-configuration, /auth/token, /auth/jwks
// (cxone-api.md sections 1 and 2). Choices that differ from the obvious reading are listed in README.md.
import { BU_ID, CREDS, OWNER, TENANT_ID, USER_ID } from "./seed"
import type { State } from "./state"

const b64url = (b: Uint8Array | string) =>
  Buffer.from(typeof b === "string" ? new TextEncoder().encode(b) : b).toString("base64url")

export async function makeKeys() {
  const pair = (await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  )) as CryptoKeyPair
  const jwk = await crypto.subtle.exportKey("jwk", pair.publicKey)
  return { privateKey: pair.privateKey, jwk: { kty: "RSA", kid: "s2-2026", alg: "RS256", use: "sig", n: jwk.n, e: jwk.e } }
}

async function sign(state: State, claims: Record<string, unknown>): Promise<string> {
  const head = b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "s2-2026" }))
  const body = b64url(JSON.stringify(claims))
  const sig = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", state.keys.privateKey, new TextEncoder().encode(`${head}.${body}`))
  return `${head}.${body}.${b64url(new Uint8Array(sig))}`
}

const noStore = { "Cache-Control": "no-store", Pragma: "no-cache", "Content-Type": "application/json; charset=utf-8" }
const oauthError = (status: number, error: string, description: string) =>
  new Response(JSON.stringify({ error, error_description: description }), { status, headers: noStore })

export function discovery(state: State): Response {
  const iss = state.urls.issuer
  return Response.json({
    issuer: iss,
    authorization_endpoint: `${iss}/auth/authorize`,
    token_endpoint: state.urls.tokenEndpoint,
    userinfo_endpoint: `${iss}/auth/userinfo`,
    jwks_uri: `${iss}/auth/jwks`,
    end_session_endpoint: `${iss}/auth/authorize/logout`,
    token_endpoint_auth_methods_supported: state.knobs.clientAuth === "both" ? ["client_secret_basic", "client_secret_post"] : [`client_secret_${state.knobs.clientAuth}`],
    token_endpoint_auth_signing_alg_values_supported: ["RS256"],
    scopes_supported: ["openid"],
    response_types_supported: ["code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    claims_supported: ["tenantId", "icBUId", "icClusterId"],
    x_standin: "standin2",
  })
}

export function cxoneConfiguration(state: State, url: URL): Response {
  const tid = url.searchParams.get("tenantId")
  if (!tid) return Response.json({ error: "tenantId is required" }, { status: 400 })
  if (tid.toLowerCase() !== TENANT_ID) return new Response("Not Found", { status: 404 })
  return Response.json({
    private: false,
    area: "eu1",
    cluster: "E41",
    region: "eu-central",
    domain: "niceincontact.com",
    acdDomain: "nice-incontact.com",
    uhDomain: "nice-incontact.com",
    globaldomain: "niceincontact.com",
    // a trailing slash on the API host: a URL, the doc does not say it has no path
    api_endpoint: `${state.urls.api}/`,
    auth_endpoint: state.urls.issuer,
    ui_endpoint: "https://eu1.nice-incontact.example",
    tenantId: TENANT_ID.toUpperCase(),
    technicalContact: state.envContact,
    featureFlags: { dfo3: true },
  })
}

function clientFrom(req: Request, form: URLSearchParams): { id?: string; secret?: string; how?: "basic" | "post" } {
  const h = req.headers.get("authorization")
  if (h?.toLowerCase().startsWith("basic ")) {
    const raw = Buffer.from(h.slice(6).trim(), "base64").toString("utf8")
    const i = raw.indexOf(":")
    const dec = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, " "))
      } catch {
        return s
      }
    }
    return { id: dec(raw.slice(0, i)), secret: dec(raw.slice(i + 1)), how: "basic" }
  }
  if (form.get("client_secret")) return { id: form.get("client_id") ?? undefined, secret: form.get("client_secret")!, how: "post" }
  return {}
}

async function issue(state: State): Promise<Response> {
  const now = Math.floor(Date.now() / 1000)
  const life = state.knobs.tokenLifetimeSec
  state.tokenSerial++
  const common = { tenantId: TENANT_ID, icBUId: BU_ID, icClusterId: "E41", tenant: "standin2", aud: CREDS.clientId, iat: now, exp: now + life }
  const access = await sign(state, {
    ...common,
    iss: "https://auth.standin2.nice-incontact.example",
    sub: `user:${USER_ID}`,
    role: { legacyId: "Administrator", id: "role-1", lastUpdateTime: now, secondaryRoles: [] },
    given_name: OWNER.given,
    family_name: OWNER.family,
    name: OWNER.login,
    jti: `a${state.tokenSerial}`,
  })
  const id = await sign(state, { ...common, iss: state.urls.issuer, sub: `user:${USER_ID}`, userId: USER_ID, given_name: OWNER.given, family_name: OWNER.family, name: OWNER.login, icDomain: "nice-incontact.com" })
  const refresh = await sign(state, { aud: CREDS.clientId, iss: state.urls.issuer, id: USER_ID, sessionId: `s${state.tokenSerial}`, iat: now, exp: now + state.knobs.refreshLifetimeSec })
  state.access.set(access, (now + life) * 1000 - state.knobs.gatewayAheadMs)
  state.refresh.clear() // rotated: only the newest refresh token is valid
  state.refresh.set(refresh, (now + state.knobs.refreshLifetimeSec) * 1000)
  state.issued.push(access, refresh, id)
  return new Response(
    JSON.stringify({
      access_token: access,
      token_type: "bearer",
      expires_in: String(life), // a string: the doc shows a number, JSON clients meet both
      refresh_token: refresh,
      refresh_token_expires_in: String(state.knobs.refreshLifetimeSec),
      id_token: id,
      issued_token_type: "urn:ietf:params:oauth:token-type:access_token",
      scope: "openid",
    }),
    { status: 200, headers: noStore },
  )
}

export async function token(state: State, req: Request): Promise<Response> {
  state.calls.push("token")
  const ct = req.headers.get("content-type") ?? ""
  if (!ct.includes("application/x-www-form-urlencoded")) return oauthError(400, "invalid_request", "form encoding required")
  const form = new URLSearchParams(await req.text())
  const client = clientFrom(req, form)
  const allowed = state.knobs.clientAuth === "both" || state.knobs.clientAuth === client.how
  if (!allowed || client.id !== CREDS.clientId || client.secret !== CREDS.clientSecret)
    return oauthError(401, "invalid_client", "client authentication failed")
  const grant = form.get("grant_type")
  if (grant === "password") {
    if (form.get("username") !== CREDS.accessKeyId || form.get("password") !== CREDS.accessKeySecret)
      return oauthError(401, "invalid_grant", "access key rejected") // CAMUNDA: 401 invalid_grant
    state.grants.password++
    return issue(state)
  }
  if (grant === "refresh_token") {
    const rt = form.get("refresh_token") ?? ""
    const exp = state.refresh.get(rt)
    if (!form.get("client_id")) return oauthError(400, "invalid_request", "client_id is required")
    if (!exp || exp < Date.now()) return oauthError(400, "invalid_grant", "refresh token unknown, used or expired")
    state.grants.refresh++
    return issue(state)
  }
  return oauthError(400, "unsupported_grant_type", `grant ${grant ?? "(none)"} is not supported`)
}

export function jwks(state: State): Response {
  return Response.json({ keys: [state.keys.jwk] })
}

/** 401 unless the bearer is a live access token this stand-in issued. */
export function checkBearer(state: State, req: Request): Response | null {
  const h = req.headers.get("authorization") ?? ""
  const m = /^bearer\s+(.+)$/i.exec(h)
  const exp = m ? state.access.get(m[1]!.trim()) : undefined
  const path = new URL(req.url).pathname
  if (exp && exp > Date.now() && !state.knobs.deny401.some((part) => path.includes(part))) return null
  state.unauthorized++
  return new Response(JSON.stringify({ error: "invalid_token", error_description: "token expired or unknown" }), { status: 401, headers: { "Content-Type": "application/json" } })
}
