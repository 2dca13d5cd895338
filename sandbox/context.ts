import type { Signer } from "./jwt.ts"
import type { ConsentState, Permission, Tenant } from "./state.ts"

export interface SandboxCore {
  tenants: Tenant[]
  signer: Signer
  consent: ConsentState
  now(): number
  /** Issued records-API tokens are JWTs too; this tells them apart. */
  find(idOrName: string): Tenant | undefined
}

export type SandboxEnv = {
  Variables: {
    tenant: Tenant
    claims: Record<string, unknown>
    perms: Permission[]
    /** Set by a handler that wrote state, so an ambiguous fault can answer 500 after the write. */
    wrote: boolean
  }
}

/** CXone's token-endpoint error shape, with its no-store headers. */
export const oauthError = (status: 400 | 401, error: string, description: string) =>
  new Response(JSON.stringify({ error, error_description: description }), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store", pragma: "no-cache" },
  })

/** ACD error shape. */
export const acdError = (status: number, error: string, description: string) =>
  Response.json({ error, error_description: description }, { status })

/** DFO error shape: `{errors:[...], uid}`. */
export const dfoError = (status: number, message: string, errorCode?: string, field?: string) =>
  Response.json({ errors: [{ message, ...(errorCode ? { errorCode } : {}), ...(field ? { field } : {}) }], uid: crypto.randomUUID() }, { status })
