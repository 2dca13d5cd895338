import { ConfigError } from "../errors.ts"
import type { TenantConfig } from "./config.ts"
import { discoverOidc, discoverTenant } from "./discovery.ts"
import type { Send } from "./http.ts"
import { decodeClaims } from "./jwt.ts"
import type { TokenManager } from "./tokens.ts"
import type { TenantInfo } from "./types.ts"

/** Runs `load` once and keeps its answer; a failure is forgotten, so the next call tries again. */
function keepOnSuccess<T>(load: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined
  return () =>
    (kept ??= load().catch((error) => {
      kept = undefined
      throw error
    }))
}

/** The token endpoint: the configured one, else the issuer's OpenID document's (looked up once). */
export function lazyTokenEndpoint(send: Send, tenant: TenantConfig): () => Promise<string> {
  const configured = tenant.endpoints.token
  if (configured) return () => Promise.resolve(configured)
  return keepOnSuccess(async () => (await discoverOidc(send, tenant.issuer, tenant.timeoutMs)).token_endpoint)
}

/** The tenant id: configured, else the `tenantId` claim of the tenant's token. */
async function tenantIdOf(tenant: TenantConfig, tokens: TokenManager): Promise<string> {
  if (tenant.tenantId) return tenant.tenantId
  await tokens.get()
  const t = tokens.current()
  const claims = { ...decodeClaims(t?.idToken ?? ""), ...decodeClaims(t?.accessToken ?? "") }
  if (typeof claims.tenantId === "string" && claims.tenantId) return claims.tenantId
  throw new ConfigError("cxone", "the token carries no tenantId claim: set CXEDGE_TENANT_ID")
}

export interface TenantInfoOptions {
  send: Send
  tenant: TenantConfig
  tokenEndpoint: () => Promise<string>
  tokens: TokenManager
}

/**
 * The tenant's hosts from its cxone-configuration document, looked up once
 * and kept; configured endpoints win over discovered ones.
 */
export function lazyTenantInfo({ send, tenant, tokenEndpoint, tokens }: TenantInfoOptions): () => Promise<TenantInfo> {
  return keepOnSuccess(async () => {
    const endpoint = await tokenEndpoint()
    const tenantId = await tenantIdOf(tenant, tokens)
    const configuration = await discoverTenant(send, tenant.issuer, tenantId, tenant.timeoutMs)
    const api = tenant.endpoints.api ?? configuration.api_endpoint
    return {
      tenantId,
      issuer: tenant.issuer,
      tokenEndpoint: endpoint,
      configuration,
      hosts: { api, dfo: tenant.endpoints.dfo ?? api, privacy: tenant.endpoints.privacy ?? api },
    }
  })
}
