import { createHash } from "node:crypto"
import type { Storage } from "unstorage"
import type { Clock } from "../clock.ts"
import type { Coordinator } from "../coordination.ts"
import { ConfigError } from "../errors.ts"
import type { RecordsConfig, TenantConfig } from "./config.ts"
import type { Send } from "./http.ts"
import { chooseClientAuth } from "./client-auth.ts"
import { sameTenant } from "./tenant-claim.ts"
import type { TokenEndpointFound } from "./tenant-info.ts"
import { createTokenManager, requestToken, type TokenEndpoint, type TokenManager } from "./tokens.ts"
import type { ClientTokens } from "./types.ts"

export interface TenantTokensOptions {
  tenant: TenantConfig
  send: Send
  storage: Storage
  clock: Clock
  coordinator?: Coordinator
  /** The tenant's cache key (tenantKey): tokens are cached under it. */
  key: string
  tokenEndpoint: () => Promise<TokenEndpointFound>
}

function cxoneTokens(o: TenantTokensOptions): TokenManager {
  const { tenant, send, clock } = o
  const clientAuthSetting = tenant.clientAuthFrom ?? "CXEDGE_CLIENT_AUTH"
  const endpoint = async (): Promise<TokenEndpoint> => {
    const found = await o.tokenEndpoint()
    return {
      url: found.url,
      clientId: tenant.clientId,
      clientSecret: tenant.clientSecret,
      // Without a client there is nothing to authenticate, whatever the tenant lists.
      clientAuth: tenant.clientId ? chooseClientAuth(tenant.clientAuth, found.authMethods, clientAuthSetting) : (tenant.clientAuth ?? "basic"),
      timeoutMs: tenant.timeoutMs,
      hint: "check CXEDGE_ACCESS_KEY_ID, CXEDGE_ACCESS_KEY_SECRET, CXEDGE_CLIENT_ID and CXEDGE_CLIENT_SECRET",
      clientAuthSetting,
    }
  }
  return createTokenManager({
    storage: o.storage,
    cacheKey: `${o.key}:cxone`,
    credential: credentialOf(tenant.accessKeyId, tenant.accessKeySecret, tenant.clientId, tenant.clientSecret),
    clock,
    coordinator: o.coordinator,
    skewMs: tenant.refreshSkewMs,
    check: sameTenant(tenant),
    async obtain() {
      const at = await endpoint()
      if (tenant.grant === "client_credentials") return requestToken(send, at, { type: "client_credentials" }, clock.now())
      if (!tenant.accessKeyId || !tenant.accessKeySecret) {
        throw new ConfigError("cxone", "no access key configured: set CXEDGE_ACCESS_KEY_ID and CXEDGE_ACCESS_KEY_SECRET")
      }
      return requestToken(send, at, { type: "password", username: tenant.accessKeyId, password: tenant.accessKeySecret }, clock.now())
    },
    async refresh(refreshToken) {
      return requestToken(send, await endpoint(), { type: "refresh_token", refreshToken }, clock.now())
    },
  })
}

function recordsTokens(o: TenantTokensOptions, records: RecordsConfig): TokenManager {
  const endpoint: TokenEndpoint = {
    url: records.tokenUrl ?? `${records.baseUrl.replace(/\/$/, "")}/api/v2/oauth/token`,
    clientId: records.clientId,
    clientSecret: records.clientSecret,
    clientAuth: "post",
    timeoutMs: o.tenant.timeoutMs,
    hint: "check CXEDGE_RECORDS_CLIENT_ID and CXEDGE_RECORDS_CLIENT_SECRET",
  }
  return createTokenManager({
    storage: o.storage,
    cacheKey: `${o.key}:records`,
    credential: credentialOf(records.clientId, records.clientSecret),
    clock: o.clock,
    coordinator: o.coordinator,
    skewMs: o.tenant.refreshSkewMs,
    check: sameTenant(o.tenant),
    obtain: () => requestToken(o.send, endpoint, { type: "client_credentials", scope: records.scope }, o.clock.now()),
  })
}

/** The tenant's token managers: CXone's (password or client_credentials grant), and the records API's when configured. */
export function createTenantTokens(options: TenantTokensOptions): ClientTokens {
  const records = options.tenant.records
  return { cxone: cxoneTokens(options), records: records ? recordsTokens(options, records) : undefined }
}

/** A digest of a grant's credentials for the token cache (tokens.ts `credential`): one way, never the secrets. */
const credentialOf = (...parts: (string | undefined)[]) => createHash("sha256").update(`cxedge/token-credential\u0000${parts.map((p) => p ?? "").join("\u0000")}`).digest("base64url").slice(0, 22)
