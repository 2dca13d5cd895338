import type { Clock } from "../clock.ts"
import { ConfigError } from "../errors.ts"
import type { TenantConfig } from "./config.ts"
import { authMethodsOf } from "./client-auth.ts"
import { discoverOidc, discoverTenant } from "./discovery.ts"
import type { Send } from "./http.ts"
import { claimedTenant } from "./tenant-claim.ts"
import type { TokenManager } from "./tokens.ts"
import { retryTransient } from "./transient-retry.ts"
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

/** Where tokens come from: the endpoint, and the client authentications the tenant lists (unknown when configured). */
export interface TokenEndpointFound {
  url: string
  authMethods?: string[]
}

/** The token endpoint: the configured one, else the issuer's OpenID document's (looked up once), with its methods. */
export function lazyTokenEndpoint(send: Send, tenant: TenantConfig, clock: Clock): () => Promise<TokenEndpointFound> {
  const configured = tenant.endpoints.token
  if (configured) return () => Promise.resolve({ url: configured })
  return keepOnSuccess(async () => {
    const doc = await retryTransient(clock, () => discoverOidc(send, tenant.issuer, tenant.timeoutMs, tenant.issuerFrom))
    return { url: doc.token_endpoint, authMethods: authMethodsOf(doc.token_endpoint_auth_methods_supported) }
  })
}

/**
 * The tenant id: the `tenantId` claim of the tenant's token, or the configured one when the token carries none. A
 * configured id another than the token's was refused by the token manager (tenant-claim.ts), before discovery.
 */
async function tenantIdOf(tenant: TenantConfig, tokens: TokenManager): Promise<string> {
  await tokens.get()
  // The token's own spelling (a configured id in capitals named no tenant at discovery).
  const claimed = claimedTenant(tokens.current())
  if (claimed) return claimed
  if (tenant.tenantId) return tenant.tenantId
  throw new ConfigError("cxone", "the token carries no tenantId claim: set CXEDGE_TENANT_ID")
}

/**
 * The API host without an ACD path a configuration may end with (`https://api-l35.niceincontact.com/incontactapi/services/v31.0/`
 * as a public integration writes it): the ACD path is added per call, at the pinned version, so kept it came twice
 * (`.../v31.0/inContactAPI/services/v34.0/...`, a 404 on every call). Any other path (a gateway's) is kept.
 */
export function withoutAcdPath(url: string): string {
  return url.replace(/\/+incontactapi\/+services\/+v\d+(\.\d+)?\/*$/i, "")
}

export interface TenantInfoOptions {
  send: Send
  tenant: TenantConfig
  tokenEndpoint: () => Promise<TokenEndpointFound>
  tokens: TokenManager
  clock: Clock
}

/**
 * The tenant's hosts from its cxone-configuration document, looked up once
 * and kept; configured endpoints win over discovered ones.
 */
export function lazyTenantInfo({ send, tenant, tokenEndpoint, tokens, clock }: TenantInfoOptions): () => Promise<TenantInfo> {
  return keepOnSuccess(async () => {
    const endpoint = (await tokenEndpoint()).url
    const tenantId = await tenantIdOf(tenant, tokens)
    const configuration = await retryTransient(clock, () => discoverTenant(send, tenant.issuer, tenantId, tenant.timeoutMs))
    const api = withoutAcdPath(tenant.endpoints.api ?? configuration.api_endpoint)
    return {
      tenantId,
      issuer: tenant.issuer,
      tokenEndpoint: endpoint,
      configuration,
      hosts: { api, dfo: tenant.endpoints.dfo ?? api, privacy: tenant.endpoints.privacy ?? api },
    }
  })
}
