import { Hono } from "hono"
import { oauthError, type SandboxCore, type SandboxEnv } from "../context.ts"
import type { Tenant } from "../state.ts"

/** Global host: OIDC and cxone-configuration discovery, /auth/token, /auth/jwks. */
export function globalRoutes(core: SandboxCore) {
  const app = new Hono<SandboxEnv>()

  app.get("/.well-known/openid-configuration", (c) => {
    const origin = new URL(c.req.url).origin
    return c.json({
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
      code_challenge_methods_supported: ["S256"],
    })
  })

  app.get("/.well-known/cxone-configuration", (c) => {
    const tenant = core.tenants.find((t) => t.id === c.req.query("tenantId"))
    if (!tenant) return c.json({ error: "not_found", error_description: "unknown tenant" }, 404)
    const origin = new URL(c.req.url).origin
    return c.json({
      private: false,
      area: tenant.area,
      cluster: tenant.cluster,
      domain: "niceincontact.com",
      acdDomain: "nice-incontact.com",
      uhDomain: "nice-incontact.com",
      ui_endpoint: origin,
      auth_endpoint: origin,
      api_endpoint: origin,
      tenantId: tenant.id,
    })
  })

  app.get("/auth/jwks", async (c) => c.json(await core.signer.jwks()))

  app.post("/auth/token", async (c) => {
    const type = c.req.header("content-type") ?? ""
    if (!type.includes("application/x-www-form-urlencoded")) {
      return oauthError(400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded")
    }
    const form = new URLSearchParams(await c.req.text())
    const client = clientAuth(c.req.header("authorization"), form)
    const grant = form.get("grant_type")
    const owner = client ? core.tenants.find((t) => t.clients.some((k) => k.id === client.id && k.secret === client.secret)) : undefined
    if (client && !owner) return oauthError(401, "invalid_client", "client authentication failed")
    const origin = new URL(c.req.url).origin

    if (grant === "password") {
      const username = form.get("username") ?? ""
      const password = form.get("password") ?? ""
      const tenant = core.tenants.find((t) => t.accessKeys.some((k) => k.id === username && k.secret === password))
      const key = tenant?.accessKeys.find((k) => k.id === username)
      if (!tenant || !key || (owner && owner !== tenant)) return oauthError(400, "invalid_grant", "invalid access key")
      return c.json(await issue(core, tenant, key.userId, client?.id ?? "public", origin, "password"), 200, noStore)
    }
    if (grant === "refresh_token") {
      const claims = await core.signer.verify(form.get("refresh_token") ?? "")
      const tenant = claims && core.tenants.find((t) => t.id === claims.tenantId)
      const now = core.now() / 1000
      if (!claims || !tenant || claims.typ !== "refresh" || (claims.exp as number) < now || (claims.iat as number) * 1000 < tenant.revokedBefore) {
        return oauthError(400, "invalid_grant", "refresh token is invalid or expired")
      }
      return c.json(await issue(core, tenant, String(claims.id), client?.id ?? String(claims.aud), origin, "refresh_token"), 200, noStore)
    }
    if (grant === "client_credentials") {
      if (!owner?.allowClientCredentials) return oauthError(400, "unsupported_grant_type", "client_credentials is not offered")
      return c.json(await issue(core, owner, `client:${client!.id}`, client!.id, origin, "client_credentials"), 200, noStore)
    }
    return oauthError(400, "unsupported_grant_type", "grant_type is not supported")
  })
  return app
}

const noStore = { "cache-control": "no-store", pragma: "no-cache" }

/** Undoes application/x-www-form-urlencoded: `+` is a space, then percent-escapes. */
const formDecode = (value: string) => decodeURIComponent(value.replace(/\+/g, " "))

/**
 * The client's credentials, from HTTP Basic or the form body. Basic is
 * decoded as RFC 6749 §2.3.1 says a server must: base64, split at the first
 * `:`, then each half form-decoded. A client that sends a raw `+`, `%` or
 * `:` in its secret is refused here, as a compliant server refuses it.
 */
export function clientAuth(header: string | undefined, form: URLSearchParams): { id: string; secret: string } | undefined {
  if (header?.startsWith("Basic ")) {
    try {
      const decoded = atob(header.slice(6))
      const at = decoded.indexOf(":")
      if (at > 0) return { id: formDecode(decoded.slice(0, at)), secret: formDecode(decoded.slice(at + 1)) }
    } catch {}
    return { id: "", secret: "" }
  }
  const id = form.get("client_id")
  const secret = form.get("client_secret")
  return id && secret ? { id, secret } : undefined
}

async function issue(core: SandboxCore, tenant: Tenant, userId: string, clientId: string, origin: string, grant: string) {
  const iat = Math.floor(core.now() / 1000)
  const life = tenant.faults.tokenLifetimeSec
  const common = { tenantId: tenant.id, tenant: tenant.name, icBUId: tenant.businessUnitId, icClusterId: tenant.cluster, aud: clientId, iat }
  tenant.stats.tokens++
  tenant.stats.byGrant[grant] = (tenant.stats.byGrant[grant] ?? 0) + 1
  const jti = crypto.randomUUID()
  return {
    access_token: await core.signer.sign({ ...common, sub: `user:${userId}`, iss: origin, name: `api-user@${tenant.name}`, role: { id: "Administrator" }, exp: iat + life, jti }),
    token_type: "Bearer",
    expires_in: life,
    refresh_token: await core.signer.sign({ aud: clientId, iss: origin, id: userId, tenantId: tenant.id, sessionId: jti, typ: "refresh", iat, exp: iat + tenant.faults.refreshLifetimeSec }),
    id_token: await core.signer.sign({ ...common, sub: `user:${userId}`, userId, icDomain: "nice-incontact.com", iss: origin, exp: iat + life }),
    issued_token_type: "urn:ietf:params:oauth:token-type:access_token",
  }
}
