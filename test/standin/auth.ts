import type { IncomingMessage } from "node:http"

/**
 * The stand-in's global authentication (cxone-api.md §1, §2): the OIDC document, the password and refresh_token grants
 * on /auth/token (form-encoded, client by HTTP Basic or form fields), JWTs with the §1.4 claims, and §1.5 errors
 * (401 for a bad client, 400 for a bad grant). Signatures are not real: nothing in the client verifies them.
 */

export const CREDENTIALS = {
  // Access keys end in "=" padding and hold "+" and "/": a client that does not form-encode them fails (§1.3).
  accessKeyId: "SIAKEY+Q2/9xZ0aT4l7QwErTy+uIoP/asDfGhJkL==",
  accessKeySecret: "s3cr+t/Key=Pad==",
  clientId: "standin-app@acme",
  clientSecret: "client+secret/with:colon%",
}

export const TENANT = {
  tenantId: "11eb660f-4c6d-34a0-8733-0242ac110002",
  tenant: "acme_standin",
  icBUId: 4600123,
  icClusterId: "B32",
  userId: "2b7f6c1e-9a51-4d0c-9f7e-1c2d3e4f5a6b",
}

const b64url = (v: string | Buffer) => Buffer.from(v).toString("base64url")
export function jwt(claims: Record<string, unknown>): string {
  return `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid: "default" }))}.${b64url(JSON.stringify(claims))}.${b64url("not-a-real-signature")}`
}

export interface AuthState {
  /** Access token lifetime (3600 s per cxone-api.md §1.4; shorter to make a client refresh). */
  lifetimeSec: number
  /** After this many API calls every access token issued so far is revoked once (a 401 before `expires_in`). */
  revokeAfterCalls?: number
  calls: number
  issued: Set<string>
  refreshTokens: Set<string>
  grants: { grant: string; clientAuth: "basic" | "post" }[]
}

export function oidcDocument(origin: string) {
  return {
    issuer: origin,
    authorization_endpoint: `${origin}/auth/authorize`,
    token_endpoint: `${origin}/auth/token`,
    userinfo_endpoint: `${origin}/auth/userinfo`,
    jwks_uri: `${origin}/auth/jwks`,
    end_session_endpoint: `${origin}/auth/authorize/logout`,
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    token_endpoint_auth_signing_alg_values_supported: ["RS256"],
    scopes_supported: ["openid"],
    response_types_supported: ["code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    request_object_signing_alg_values_supported: ["none"],
    display_values_supported: ["page", "popup"],
    claim_types_supported: ["normal"],
    code_challenge_methods_supported: ["S256"],
  }
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> }
const noStore = { "Cache-Control": "no-store", Pragma: "no-cache" }
const oauthError = (status: number, error: string, error_description: string): Reply => ({ status, body: { error, error_description }, headers: noStore })

/** RFC 6749 §2.3.1: id and secret are form-encoded before the Basic header joins them. */
function basicClient(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header?.startsWith("Basic ")) return undefined
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8")
  const at = decoded.indexOf(":")
  if (at < 0) return undefined
  const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, " "))
  return { id: dec(decoded.slice(0, at)), secret: dec(decoded.slice(at + 1)) }
}

function mint(state: AuthState, origin: string, now: number): Reply {
  const iat = Math.floor(now / 1000)
  const common = { aud: CREDENTIALS.clientId, icBUId: TENANT.icBUId, tenantId: TENANT.tenantId, tenant: TENANT.tenant, icClusterId: TENANT.icClusterId, given_name: "Api", family_name: "User", name: "api.user@acme", iat }
  const access = jwt({ ...common, sub: `user:${TENANT.userId}`, iss: origin.replace("127.0.0.1", "localhost"), role: { legacyId: "Administrator", id: "r-1", secondaryRoles: [] }, exp: iat + state.lifetimeSec, jti: crypto.randomUUID() })
  const refresh = jwt({ aud: CREDENTIALS.clientId, iss: origin, id: TENANT.userId, sessionId: crypto.randomUUID(), iat, exp: iat + 7200 })
  state.issued.add(access)
  state.refreshTokens.add(refresh)
  const idToken = jwt({ ...common, sub: `user:${TENANT.userId}`, userId: TENANT.userId, icDomain: "nice-incontact.com", iss: origin, exp: iat + state.lifetimeSec })
  return {
    status: 200,
    headers: noStore,
    body: { access_token: access, token_type: "Bearer", expires_in: state.lifetimeSec, refresh_token: refresh, id_token: idToken, issued_token_type: "urn:ietf:params:oauth:token-type:access_token" },
  }
}

/** POST /auth/token. */
export function tokenEndpoint(state: AuthState, req: IncomingMessage, raw: string, origin: string, now: number): Reply {
  if (!String(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded")) {
    return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded")
  }
  const form = new URLSearchParams(raw)
  const basic = basicClient(req.headers.authorization)
  const client = basic ?? (form.get("client_id") ? { id: form.get("client_id")!, secret: form.get("client_secret") ?? "" } : undefined)
  if (!client || client.id !== CREDENTIALS.clientId || client.secret !== CREDENTIALS.clientSecret) return oauthError(401, "invalid_client", "Client authentication failed")
  const grant = form.get("grant_type") ?? ""
  state.grants.push({ grant, clientAuth: basic ? "basic" : "post" })
  if (grant === "password") {
    if (form.get("username") !== CREDENTIALS.accessKeyId || form.get("password") !== CREDENTIALS.accessKeySecret) return oauthError(400, "invalid_grant", "Invalid access key")
    return mint(state, origin, now)
  }
  if (grant === "refresh_token") {
    const token = form.get("refresh_token") ?? ""
    if (!state.refreshTokens.delete(token)) return oauthError(400, "invalid_grant", "Invalid refresh token")
    return mint(state, origin, now)
  }
  // §1.2: client_credentials is not offered by the CXone auth server.
  return oauthError(400, "unsupported_grant_type", `grant_type ${grant || "(none)"} is not supported`)
}

/** A bearer the stand-in issued and has not revoked; counts the call, and revokes every token once at `revokeAfterCalls`. */
export function bearerValid(state: AuthState, header: string | undefined): boolean {
  state.calls++
  if (state.revokeAfterCalls !== undefined && state.calls === state.revokeAfterCalls) state.issued.clear()
  return !!header?.startsWith("Bearer ") && state.issued.has(header.slice(7))
}
