import * as v from "valibot"
import { ADDRESS_FORMS } from "../address-forms.ts"
import { twiceIn } from "../config-check.ts"

/** Where the seed's records API lives and how to get its client_credentials token. */
export const RecordsConfigSchema = v.object({
  baseUrl: v.pipe(v.string(), v.url()),
  tokenUrl: v.optional(v.pipe(v.string(), v.url())),
  clientId: v.pipe(v.string(), v.minLength(1)),
  clientSecret: v.pipe(v.string(), v.minLength(1)),
  scope: v.optional(v.string(), "contact:read contact:write"),
})

/**
 * One CXone tenant. Every URL comes from discovery or from here: nothing in
 * the client hard-codes a production host.
 */
/** The grants, client authentications and ACD version form the tenant accepts (env-config.ts names a wrong one by its variable). */
export const GRANTS = ["password", "client_credentials"] as const
export const CLIENT_AUTHS = ["basic", "post"] as const
export const ACD_VERSION = /^v\d+\.0$/

export const TenantConfigSchema = v.object({
  /** Global host serving the OIDC and cxone-configuration documents. */
  issuer: v.optional(v.pipe(v.string(), v.url()), "https://cxone.niceincontact.com"),
  /** Read from the token's claims when not set. */
  tenantId: v.optional(v.string()),
  grant: v.optional(v.picklist(GRANTS), "password"),
  accessKeyId: v.optional(v.string()),
  accessKeySecret: v.optional(v.string()),
  clientId: v.optional(v.string()),
  clientSecret: v.optional(v.string()),
  /** How the client authenticates at the token endpoint; unset, the first of basic and post that discovery lists (basic if it lists none). */
  clientAuth: v.optional(v.picklist(CLIENT_AUTHS)),
  /** Where clientAuth was set when a config file set it (`cxedge.config.ts: tenant.clientAuth`), so a refusal says where to change it; unset, CXEDGE_CLIENT_AUTH. */
  clientAuthFrom: v.optional(v.string()),
  /** Where the issuer was set when not by CXEDGE_ISSUER (`--issuer`, `cxedge.config.ts: tenant.issuer`), so a refusal says where to change it. */
  issuerFrom: v.optional(v.string()),
  /** Pinned version of the ACD (inContactAPI) family. */
  acdVersion: v.optional(v.pipe(v.string(), v.regex(ACD_VERSION)), "v34.0"),
  /** Overrides for hosts discovery cannot tell (the Privacy and DFO hosts are unknown publicly). */
  endpoints: v.optional(
    v.object({
      token: v.optional(v.pipe(v.string(), v.url())),
      api: v.optional(v.pipe(v.string(), v.url())),
      dfo: v.optional(v.pipe(v.string(), v.url())),
      privacy: v.optional(v.pipe(v.string(), v.url())),
    }),
    {},
  ),
  records: v.optional(RecordsConfigSchema),
  /** The forms a phone is asked for in the ACD's fromAddress filter (the stored form is not published; see address-forms.ts). */
  // A form named twice was asked for twice, each lookup of a phone sent once more for nothing.
  fromAddressForms: v.optional(v.pipe(v.array(v.picklist(ADDRESS_FORMS, "use e164, digits or national")), v.minLength(1, "name at least one form"), v.check((forms) => new Set(forms).size === forms.length, (issue) => `names ${JSON.stringify(twiceIn(issue.input as string[]))} twice: give each form once`)), ["e164", "digits", "national"]),
  /** Renew this long before expiry (CXone's own SDK renews 10 minutes early). */
  refreshSkewMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3_600_000)), 120_000),
  /** 0 or less would be no deadline at all (a hung tenant holds the job forever): refused. */
  timeoutMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(100, "must be at least 100 (milliseconds; the default is 30000)"), v.maxValue(600_000)), 30_000),
})

export type TenantConfig = v.InferOutput<typeof TenantConfigSchema>
export type TenantConfigInput = v.InferInput<typeof TenantConfigSchema>
export type RecordsConfig = v.InferOutput<typeof RecordsConfigSchema>

/** A stable key for caches: never contains a secret. */
export function tenantKey(config: TenantConfig): string {
  const host = new URL(config.issuer).host
  return `${host}:${config.tenantId ?? config.accessKeyId?.slice(0, 6) ?? "default"}`
}
