import * as v from "valibot"
import { CxoneHttpError } from "../errors.ts"
import { parseJson, type Send } from "./http.ts"

const OidcDocument = v.looseObject({
  issuer: v.optional(v.string()),
  token_endpoint: v.pipe(v.string(), v.url()),
  jwks_uri: v.optional(v.string()),
  /** Read by authMethodsOf: a malformed list is taken for none, not a failed discovery. */
  token_endpoint_auth_methods_supported: v.optional(v.unknown()),
})
export type OidcDocument = v.InferOutput<typeof OidcDocument>

const CxoneConfiguration = v.looseObject({
  tenantId: v.optional(v.string()),
  area: v.optional(v.string()),
  cluster: v.optional(v.string()),
  domain: v.optional(v.string()),
  acdDomain: v.optional(v.string()),
  uhDomain: v.optional(v.string()),
  api_endpoint: v.pipe(v.string(), v.url()),
  auth_endpoint: v.optional(v.string()),
  ui_endpoint: v.optional(v.string()),
  private: v.optional(v.boolean()),
})
export type CxoneConfiguration = v.InferOutput<typeof CxoneConfiguration>

async function getDocument<T>(send: Send, operation: string, url: string, schema: v.GenericSchema<T>, notFound: string, timeoutMs?: number): Promise<T> {
  const response = await send(operation, { method: "GET", url, headers: { Accept: "application/json" }, timeoutMs })
  if (response.status === 404) {
    throw new CxoneHttpError({ operation, status: 404, message: notFound }, "E_NOT_FOUND")
  }
  if (response.status >= 400) {
    throw new CxoneHttpError({ operation, status: response.status, message: `${operation} failed with status ${response.status}: check the issuer URL and retry` })
  }
  const parsed = v.safeParse(schema, parseJson(operation, response))
  if (!parsed.success) {
    const key = v.getDotPath(parsed.issues[0]) ?? "(root)"
    throw new CxoneHttpError({ operation, status: response.status, message: `${operation}: unexpected document (field ${key}): check the issuer URL` }, "E_RESPONSE_SHAPE")
  }
  return parsed.output
}

/** `GET {issuer}/.well-known/openid-configuration`: where the token endpoint is. */
export function discoverOidc(send: Send, issuer: string, timeoutMs?: number, from = "CXEDGE_ISSUER"): Promise<OidcDocument> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`
  const at = new URL(issuer)
  return getDocument(send, "discovery.oidc", url, OidcDocument, `no OpenID configuration at ${at.host}${at.pathname.replace(/\/$/, "")}: check ${from}`, timeoutMs)
}

/** `GET {issuer}/.well-known/cxone-configuration?tenantId=`: the tenant's area and hosts. */
export function discoverTenant(send: Send, issuer: string, tenantId: string, timeoutMs?: number): Promise<CxoneConfiguration> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/cxone-configuration?tenantId=${encodeURIComponent(tenantId)}`
  return getDocument(send, "discovery.tenant", url, CxoneConfiguration, `tenant ${tenantId} is unknown to ${new URL(issuer).host}: check CXEDGE_TENANT_ID`, timeoutMs)
}
