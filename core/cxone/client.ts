import { systemClock } from "../clock.ts"
import { silentLogger } from "../log.ts"
import { createBreaker, defaultBreakerOptions } from "./breaker.ts"
import { tenantKey } from "./config.ts"
import { createBaseUrl } from "./endpoints.ts"
import { createSend } from "./http.ts"
import { decodeClaims, PUBLIC_CLAIMS } from "./jwt.ts"
import { createLimiter, type RateMemory, type SharedBudget } from "./limiter.ts"
import { rememberedRate } from "./rate-memory.ts"
import { pages } from "./pages.ts"
import { createRequestLoop } from "./request-loop.ts"
import { defaultRetryPolicy } from "./retry.ts"
import { lazyTenantInfo, lazyTokenEndpoint } from "./tenant-info.ts"
import { createTenantTokens } from "./tenant-tokens.ts"
import type { CallOptions, CxoneClient, CxoneClientOptions } from "./types.ts"

/** On redis, the instances' shared bucket: the rate one finds is the budget of all. */
function sharedBudget({ sharedLimits, coordinator }: CxoneClientOptions, key: string): SharedBudget | undefined {
  if (!sharedLimits || !coordinator) return undefined
  return {
    take: (rps, burst) => coordinator.take(key, rps, burst),
    agree: async (rps, change) => (coordinator.agree ? coordinator.agree(key, rps, change) : rps),
  }
}

/** The rate found for this tenant, kept in core's `limits` namespace so the next run starts near it. */
function rateMemory({ storage }: CxoneClientOptions, key: string): RateMemory {
  const limits = storage.namespace("limits")
  return {
    load: async () => rememberedRate(await limits.getItem<unknown>(key)),
    save: (rate) => limits.setItem(key, rate),
  }
}

/**
 * The same client with `whenOpen: "wait"` on every call, paging included:
 * what a job's sources and targets use, so an open breaker pauses the job
 * instead of failing its contacts.
 */
export function pauseWhenOpen(client: CxoneClient): CxoneClient {
  const wait = (options?: CallOptions): CallOptions => ({ whenOpen: "wait", ...options })
  return {
    ...client,
    request: (op, input, options) => client.request(op, input, wait(options)),
    call: (op, input, options) => client.call(op, input, wait(options)),
    paginate: (op, input, options) => client.paginate(op, input, wait(options)),
  }
}

/**
 * A permit never released (its request cancelled on Workers) stops counting once its request would have timed out; a
 * tenant with no timeout (built by hand: the config always sets one) sends with no deadline, so its permits count 10 min.
 */
const leaseOf = (timeoutMs: number | undefined) => (timeoutMs === undefined ? 600_000 : timeoutMs + 10_000)

/**
 * The CXone client: discovery, tokens, and one request pipeline (limiter,
 * circuit breaker, retry policy, response validation, metrics) that every
 * operation goes through.
 *
 * @example
 * const client = createCxoneClient({ tenant, storage, metrics })
 * for await (const page of client.paginate(completedContacts, { startDate, endDate })) { ... }
 */
export function createCxoneClient(options: CxoneClientOptions): CxoneClient {
  const { tenant, metrics, coordinator } = options
  const clock = options.clock ?? systemClock
  const send = createSend(options.fetch)
  const key = tenantKey(tenant)
  const limiter = createLimiter({ maxConcurrency: 16, initialConcurrency: 4, leaseMs: leaseOf(tenant.timeoutMs), maxPauseMs: options.retry?.retryAfterCapMs, onPause: (ms) => options.log?.warn(`the tenant's rate-limit headers ask every call to wait: pausing ${Math.ceil(ms / 1000)} s (at most retry.retryAfterCapMs)`), ...options.limiter, shared: sharedBudget(options, key), memory: rateMemory(options, key) }, clock)
  const breaker = createBreaker({ ...defaultBreakerOptions, ...options.breaker }, clock)
  const tokenEndpoint = lazyTokenEndpoint(send, tenant, clock)
  const tokens = createTenantTokens({ tenant, send, storage: options.storage.tokens, clock, coordinator, key, tokenEndpoint })
  const discover = lazyTenantInfo({ send, tenant, tokenEndpoint, tokens: tokens.cxone, clock })
  const request = createRequestLoop({
    tenant,
    metrics,
    clock,
    random: options.random ?? Math.random,
    log: options.log ?? silentLogger,
    policy: { ...defaultRetryPolicy, ...options.retry },
    send,
    limiter,
    breaker,
    tokens,
    baseUrl: createBaseUrl(tenant, discover),
  })

  return {
    tenant,
    request,
    async call(op, input, callOptions) {
      return (await request(op, input, callOptions)).data
    },
    paginate: (op, input, callOptions) => pages(request, op, input, callOptions),
    discover,
    async whoami() {
      await tokens.cxone.get()
      const t = tokens.cxone.current()!
      const claims = { ...decodeClaims(t.idToken ?? ""), ...decodeClaims(t.accessToken) }
      return Object.fromEntries(Object.entries(claims).filter(([k]) => PUBLIC_CLAIMS.includes(k)))
    },
    tokens,
    limiter,
    breaker,
  }
}
