import type { TenantInfo } from "../../core/index.ts"

/** The names of the environment values, whatever a tenant's discovery holds: a name outside them is refused before any call. */
export const ENV_KEYS = ["tenantId", "area", "cluster", "domain", "acdDomain", "uhDomain", "api_endpoint", "auth_endpoint", "ui_endpoint", "token_endpoint", "issuer"] as const

/** The environment values the starter pack's main.py prints, from discovery. */
export function environmentValues(info: TenantInfo): Record<string, string> {
  const c = info.configuration
  const values: Record<string, string | undefined> = {
    tenantId: info.tenantId,
    area: c.area,
    cluster: c.cluster,
    domain: c.domain,
    acdDomain: c.acdDomain,
    uhDomain: c.uhDomain,
    api_endpoint: c.api_endpoint,
    auth_endpoint: c.auth_endpoint,
    ui_endpoint: c.ui_endpoint,
    token_endpoint: info.tokenEndpoint,
    issuer: info.issuer,
  }
  return Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => e[1] !== undefined))
}
