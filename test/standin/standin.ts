import { apiHandler } from "./acd.ts"
import { CREDENTIALS, oidcDocument, TENANT, tokenEndpoint } from "./auth.ts"
import { dfoHandler } from "./dfo.ts"
import { listen, type Reply } from "./http.ts"
import { createState, type StandinState } from "./state.ts"

export { CREDENTIALS, TENANT }

/**
 * An independent CXone stand-in on three loopback listeners: the global host (OIDC and cxone-configuration
 * discovery, /auth/token), the tenant's API host (ACD v34.0 and Privacy) and the DFO host. Written from
 * cxone-api.md alone.
 */
export async function startStandin(options: { now?: () => number; tokenLifetimeSec?: number; revokeAfterCalls?: number } = {}) {
  const now = options.now ?? Date.now
  const log: { method: string; path: string; status: number; host: string }[] = []
  let apiOrigin = ""
  const state: StandinState = createState(now, () => apiOrigin, { lifetimeSec: options.tokenLifetimeSec, revokeAfterCalls: options.revokeAfterCalls })
  const api = await listen(apiHandler(state), log, "api")
  apiOrigin = api.origin
  const dfo = await listen(dfoHandler(state), log, "dfo")
  const global = await listen((req, url, raw): Reply => {
    if (req.method === "GET" && url.pathname === "/.well-known/openid-configuration") return { status: 200, body: oidcDocument(global.origin) }
    if (req.method === "GET" && url.pathname === "/.well-known/cxone-configuration") {
      const id = url.searchParams.get("tenantId")
      if (!id) return { status: 400, body: { error: "invalid_request", error_description: "tenantId is required" } }
      if (id !== TENANT.tenantId) return { status: 404, body: { error: "not_found", error_description: "Unknown tenant" } }
      return {
        status: 200,
        body: {
          private: false, area: "na1", cluster: "B32", domain: "niceincontact.com", acdDomain: "nice-incontact.com", uhDomain: "nice-incontact.com",
          ui_endpoint: "https://na1.nice-incontact.com", auth_endpoint: "https://na1.nice-incontact.com", api_endpoint: api.origin,
          tenantId: TENANT.tenantId, region: "us-west-2", globaldomain: "niceincontact.com",
        },
      }
    }
    if (req.method === "POST" && url.pathname === "/auth/token") return tokenEndpoint(state.auth, req, raw, global.origin, now())
    if (req.method === "GET" && url.pathname === "/auth/jwks") return { status: 200, body: { keys: [{ kty: "RSA", kid: "default", alg: "RS256", use: "sig", n: "standin", e: "AQAB" }] } }
    return { status: 404, body: { error: "not_found", error_description: `no route ${url.pathname}` } }
  }, log, "global")
  return {
    issuer: global.origin,
    apiOrigin: api.origin,
    dfoOrigin: dfo.origin,
    state,
    log,
    async close() {
      await Promise.all([global.close(), api.close(), dfo.close()])
    },
  }
}
export type Standin = Awaited<ReturnType<typeof startStandin>>

/** The environment a user sets to point cxedge at the stand-in (its issuer, the access key, DFO's own host, an audit key). */
export function cxedgeEnv(standin: Standin, auditKey = Buffer.alloc(32, 7).toString("base64")): Record<string, string> {
  return {
    CXEDGE_ISSUER: standin.issuer,
    CXEDGE_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
    CXEDGE_ACCESS_KEY_SECRET: CREDENTIALS.accessKeySecret,
    CXEDGE_CLIENT_ID: CREDENTIALS.clientId,
    CXEDGE_CLIENT_SECRET: CREDENTIALS.clientSecret,
    CXEDGE_DFO_URL: standin.dfoOrigin,
    CXEDGE_AUDIT_KEY: auditKey,
  }
}
