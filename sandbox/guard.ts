import type { MiddlewareHandler } from "hono"
import type { SandboxCore, SandboxEnv } from "./context.ts"
import { ALL_PERMISSIONS, type Permission, type RateLimit, type Tenant } from "./state.ts"

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
      const wait = refusal(tenant, f.rateLimit, core.now())
      if (wait !== undefined) {
        tenant.stats.rateLimited++
        const res = options.error(429, "too_many_requests", "rate limit exceeded")
        if (f.rateLimit.retryAfter) res.headers.set("retry-after", String(Math.max(1, Math.ceil(wait))))
        return res
      }
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

/** Seconds until the limit takes a request again, or undefined when this one is taken (and counted). */
function refusal(tenant: Tenant, limit: RateLimit, now: number): number | undefined {
  const b = tenant.bucket
  if (limit.windowSec) {
    const span = limit.windowSec * 1000
    const window = Math.floor(now / span)
    if (b.window !== window) {
      b.window = window
      b.count = 0
    }
    if ((b.count ?? 0) >= Math.max(1, Math.floor(limit.rps * limit.windowSec))) return ((window + 1) * span - now) / 1000
    b.count = (b.count ?? 0) + 1
    return undefined
  }
  const burst = limit.burst ?? 1
  if (Number.isNaN(b.tokens)) b.tokens = burst
  b.tokens = Math.min(burst, b.tokens + ((now - b.last) / 1000) * limit.rps)
  b.last = now
  if (b.tokens < 1) return (1 - b.tokens) / limit.rps
  b.tokens -= 1
  return undefined
}

function permissionsOf(tenant: Tenant, claims: Record<string, unknown>): Permission[] {
  const sub = String(claims.sub ?? "")
  if (!sub.startsWith("user:")) return [...ALL_PERMISSIONS]
  return tenant.accessKeys.find((k) => k.userId === sub.slice(5))?.permissions ?? []
}
