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
 * How the client authenticates at the token endpoint: the user's choice when the tenant's discovery lists it (or
 * lists nothing, cxone-api.md 1.3), else the first the tenant lists of basic then post. A choice the tenant does not
 * list while it lists the other is refused before any token request (the token endpoint would answer `invalid_client`,
 * which reads like a wrong secret); so is no choice when it lists neither. A choice then is the user's override.
 */
export function chooseClientAuth(chosen: ClientAuth | undefined, methods: string[] | undefined, setting: string): ClientAuth {
  if (!methods) return chosen ?? "basic"
  const offered = CLIENT_AUTHS.filter((a) => methods.includes(OAUTH_NAME[a]))
  const listed = methods.map((m) => JSON.stringify(m.slice(0, 40))).slice(0, 6).join(", ")
  if (chosen && offered[0] && !offered.includes(chosen)) {
    throw new ConfigError("cxone", `${setting}=${chosen} (${OAUTH_NAME[chosen]}), but the tenant's OpenID discovery lists only ${listed} in token_endpoint_auth_methods_supported: set ${setting}=${offered[0]}, or unset it and cxedge picks what the tenant lists`)
  }
  if (chosen) return chosen
  if (offered[0]) return offered[0]
  throw new ConfigError("cxone", `the tenant's OpenID discovery lists only ${listed} in token_endpoint_auth_methods_supported, and cxedge sends the client as client_secret_basic or client_secret_post: if the app takes one of them anyway, set ${setting}=basic or ${setting}=post`)
}
