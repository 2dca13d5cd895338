import { ConfigError } from "../errors.ts"
import { CLIENT_AUTHS } from "./config.ts"

type ClientAuth = (typeof CLIENT_AUTHS)[number]

/** The OAuth name of each way cxedge sends the client (RFC 8414 `token_endpoint_auth_methods_supported`). */
const OAUTH_NAME: Record<ClientAuth, string> = { basic: "client_secret_basic", post: "client_secret_post" }

/** The methods a discovery document lists, when it lists any as an array of strings. */
export function authMethodsOf(listed: unknown): string[] | undefined {
  if (!Array.isArray(listed)) return undefined
  const methods = listed.filter((m): m is string => typeof m === "string")
  return methods.length ? methods : undefined
}

/**
 * How the client authenticates at the token endpoint: the user's choice, always (cxone-api.md 1.3: the method is
 * chosen per app when it is registered, and discovery speaks for the whole tenant, so an app may take a method the
 * document does not list); unset, the first the tenant lists of basic then post, or basic when it lists nothing. Unset
 * while the tenant lists neither is refused before any token request, saying how to force one. A refused client's
 * message already names the other method (tokens.ts).
 */
/** How to set a client authentication where it is set: `CXEDGE_CLIENT_AUTH=post`, or `cxedge.config.ts: tenant.clientAuth to "post"`. */
export const clientAuthTo = (setting: string, value: ClientAuth): string => (/^[A-Z][A-Z0-9_]*$/.test(setting) ? `${setting}=${value}` : `${setting} to "${value}"`)

export function chooseClientAuth(chosen: ClientAuth | undefined, methods: string[] | undefined, setting: string): ClientAuth {
  if (!methods) return chosen ?? "basic"
  if (chosen) return chosen
  const offered = CLIENT_AUTHS.filter((a) => methods.includes(OAUTH_NAME[a]))
  if (offered[0]) return offered[0]
  const listed = methods.map((m) => JSON.stringify(m.slice(0, 40))).slice(0, 6).join(", ")
  throw new ConfigError("cxone", `the tenant's OpenID discovery lists only ${listed} in token_endpoint_auth_methods_supported, and cxedge sends the client as client_secret_basic or client_secret_post: if the app takes one of them anyway, set ${clientAuthTo(setting, "basic")} or ${clientAuthTo(setting, "post")}`)
}
