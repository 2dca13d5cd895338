import { ConfigError } from "../errors.ts"
import type { TenantConfig } from "./config.ts"
import { decodeClaims } from "./jwt.ts"
import type { TokenSet } from "./token-life.ts"

/** The tenant a token was granted for: its `tenantId` claim (the access token's over the id token's), if it has one. */
export function claimedTenant(t: TokenSet | undefined): string | undefined {
  const claims = { ...decodeClaims(t?.idToken ?? ""), ...decodeClaims(t?.accessToken ?? "") }
  return typeof claims.tenantId === "string" && claims.tenantId ? claims.tenantId : undefined
}

/**
 * Refuses a token granted for another tenant than the configured `tenantId`, whichever grant it came from (CXone's,
 * the records API's). Asked of every token before it is used: the check made only before discovery let a records-API
 * job, which discovers nothing, write the credentials' tenant while CXEDGE_TENANT_ID named another. Neither id is shown.
 */
export function sameTenant(tenant: Pick<TenantConfig, "tenantId">): (t: TokenSet) => void {
  return (t) => {
    const claimed = claimedTenant(t)
    if (tenant.tenantId && claimed && tenant.tenantId.toLowerCase() !== claimed.toLowerCase()) {
      throw new ConfigError("cxone", "CXEDGE_TENANT_ID (or tenant.tenantId) is not the tenant the credentials belong to (the token's tenantId claim names another): set it to the tenant of these credentials, or unset it to read it from the token")
    }
  }
}
