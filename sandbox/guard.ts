import type { MiddlewareHandler } from "hono"
import type { SandboxCore, SandboxEnv } from "./context.ts"
import { ALL_PERMISSIONS, type Permission, type Tenant } from "./state.ts"

export type ErrorShape = (status: number, error: string, description: string) => Response

export interface GuardOptions {
  /** The permission a caller's access key must hold; null for any. */
  permission: Permission | null
  /** "records" accepts only tokens from the records API's token endpoint. */
  audience: "cxone" | "records"
  error: ErrorShape
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The response a handler returns when the fault injector drops the connection. */
export const DROP_HEADER = "x-sandbox-drop"

/**
 * Bearer check (signature, expiry, revocation, audience, permission), then
 * the tenant's fault knobs: rate limit, dropped connection, latency, 5xx,
 * and after the handler an ambiguous 500 or a malformed body.
 */
export function guard(core: SandboxCore, options: GuardOptions): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? ""
    const claims = header.startsWith("Bearer ") ? await core.signer.verify(header.slice(7)) : undefined
    const tenant = claims ? core.tenants.find((t) => t.id === claims.tenantId) : undefined
    if (!claims || !tenant) return options.error(401, "invalid_token", "missing or invalid bearer token")
    if ((claims.exp as number) * 1000 < core.now() || (claims.iat as number) * 1000 < tenant.revokedBefore) {
      return options.error(401, "invalid_token", "token expired")
    }
    if ((claims.typ === "records") !== (options.audience === "records")) return options.error(401, "invalid_token", "token not valid for this API")
    const perms = permissionsOf(tenant, claims)
    if (options.permission && !perms.includes(options.permission)) {
      return options.error(403, "forbidden", "the user's role lacks the permission")
    }
    c.set("tenant", tenant)
    c.set("claims", claims)
    c.set("perms", perms)
    c.set("wrote", false)

    const f = tenant.faults
    tenant.stats.requests++
    if (f.rateLimit) {
      const b = tenant.bucket
      const now = core.now()
      if (Number.isNaN(b.tokens)) b.tokens = f.rateLimit.burst
      b.tokens = Math.min(f.rateLimit.burst, b.tokens + ((now - b.last) / 1000) * f.rateLimit.rps)
      b.last = now
      if (b.tokens < 1) {
        tenant.stats.rateLimited++
        const res = options.error(429, "too_many_requests", "rate limit exceeded")
        if (f.rateLimit.retryAfter) res.headers.set("retry-after", String(Math.max(1, Math.ceil((1 - b.tokens) / f.rateLimit.rps))))
        return res
      }
      b.tokens -= 1
    }
    if (f.dropRatio > 0 && tenant.rnd() < f.dropRatio) {
      tenant.stats.dropped++
      return new Response(null, { status: 502, headers: { [DROP_HEADER]: "1" } })
    }
    const [lo, hi] = f.latencyMs
    if (hi > 0) await sleep(lo + tenant.rnd() * (hi - lo))
    if (f.errorRatio > 0 && tenant.rnd() < f.errorRatio) {
      tenant.stats.errors++
      return options.error(503, "service_unavailable", "temporary failure")
    }
    await next()
    if (c.get("wrote") && f.ambiguousRatio > 0 && tenant.rnd() < f.ambiguousRatio) {
      tenant.stats.errors++
      c.res = options.error(500, "internal_error", "temporary failure")
      return
    }
    if (c.res.status < 300 && c.res.status !== 204 && f.malformedRatio > 0 && tenant.rnd() < f.malformedRatio) {
      tenant.stats.malformed++
      c.res = new Response('{"truncated": [', { status: c.res.status, headers: { "content-type": "application/json" } })
    }
  }
}

function permissionsOf(tenant: Tenant, claims: Record<string, unknown>): Permission[] {
  const sub = String(claims.sub ?? "")
  if (!sub.startsWith("user:")) return [...ALL_PERMISSIONS]
  return tenant.accessKeys.find((k) => k.userId === sub.slice(5))?.permissions ?? []
}
