import * as v from "valibot"
import { systemClock, type Clock, type Random } from "../clock.ts"
import {
  CircuitOpenError, ConfigError, CxoneAuthError, CxoneHttpError, CxoneNetworkError, CxonePermissionError,
  CxoneRateLimitError, ValidationError,
} from "../errors.ts"
import type { Coordinator } from "../coordination.ts"
import { silentLogger, type Logger } from "../log.ts"
import type { Metrics } from "../metrics.ts"
import type { Operation, Paginator } from "./operation.ts"
import type { CxedgeStorage } from "../storage.ts"
import { createBreaker, defaultBreakerOptions, type Breaker, type BreakerOptions } from "./breaker.ts"
import { tenantKey, type TenantConfig } from "./config.ts"
import { discoverOidc, discoverTenant, type CxoneConfiguration } from "./discovery.ts"
import { createSend, parseJson, type RawResponse, type Send } from "./http.ts"
import { decodeClaims, PUBLIC_CLAIMS } from "./jwt.ts"
import { createLimiter, type Limiter, type LimiterOptions } from "./limiter.ts"
import { linkNext } from "./paginate.ts"
import { decideRetry, defaultRetryPolicy, parseRetryAfter, type RetryPolicy } from "./retry.ts"
import { createTokenManager, requestToken, type TokenManager } from "./tokens.ts"

export interface CxoneClientOptions {
  tenant: TenantConfig
  storage: CxedgeStorage
  metrics: Metrics
  fetch?: typeof fetch
  clock?: Clock
  random?: Random
  retry?: Partial<RetryPolicy>
  limiter?: Partial<LimiterOptions>
  breaker?: Partial<BreakerOptions>
  log?: Logger
  /** Shares the token refresh (and, with `sharedLimits`, the request budget) with other instances. */
  coordinator?: Coordinator
  sharedLimits?: boolean
}

export interface CallOptions {
  headers?: Record<string, string>
  /** The caller made a non-idempotent call safe to repeat (If-Match, a journal). */
  safe?: boolean
  /**
   * While the circuit breaker is open: `fail` at once (the default, for a
   * caller that answers someone), or `wait` for the cool-down (a job that
   * would rather pause than fail its contacts). Waiting spends no retry.
   */
  whenOpen?: "fail" | "wait"
}

export interface CxoneResponse<O> {
  status: number
  data: O
  headers: Headers
}

export interface TenantInfo {
  tenantId: string
  issuer: string
  tokenEndpoint: string
  configuration: CxoneConfiguration
  hosts: { api: string; dfo: string; privacy: string }
}

export interface CxoneClient {
  readonly tenant: TenantConfig
  request<I, O>(op: Operation<I, O>, input: I, options?: CallOptions): Promise<CxoneResponse<O>>
  call<I, O>(op: Operation<I, O>, input: I, options?: CallOptions): Promise<O>
  /** Pages of items, lazily: memory holds one page at a time. */
  paginate<I, O>(op: Operation<I, O>, input: I, options?: CallOptions): AsyncGenerator<unknown[]>
  discover(): Promise<TenantInfo>
  /** Claims of the current access token that identify the caller; never the token. */
  whoami(): Promise<Record<string, unknown>>
  readonly tokens: { cxone: TokenManager; records: TokenManager | undefined }
  readonly limiter: Limiter
  readonly breaker: Breaker
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

const SAFE_CODE = /^[A-Za-z][\w.-]{0,60}$/

/** The parts of an error body that are codes, not free text that might quote personal data. */
function serverDetail(body: unknown): { code?: string; field?: string; uid?: string } {
  if (!body || typeof body !== "object") return {}
  const b = body as Record<string, any>
  const first = Array.isArray(b.errors) ? b.errors[0] : undefined
  const code = [b.error, b.code, first?.errorCode].find((c) => typeof c === "string" && SAFE_CODE.test(c))
  const field = [b.field, first?.field].find((f) => typeof f === "string" && /^[\w.[\]*]{1,80}$/.test(f))
  const uid = typeof b.uid === "string" && /^[\w.-]{1,64}$/.test(b.uid) ? b.uid : undefined
  return { code, field, uid }
}

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
  const { tenant, metrics } = options
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const log = options.log ?? silentLogger
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry }
  const send: Send = createSend(options.fetch)
  const key = tenantKey(tenant)
  const coordinator = options.coordinator
  const shared = options.sharedLimits && coordinator ? (rps: number, burst: number) => coordinator.take(key, rps, burst) : undefined
  const limiter = createLimiter({ rps: 20, burst: 10, maxConcurrency: 16, initialConcurrency: 4, ...options.limiter, shared }, clock)
  const breaker = createBreaker({ ...defaultBreakerOptions, ...options.breaker }, clock)

  let oidc: Promise<string> | undefined
  const tokenEndpoint = () =>
    tenant.endpoints.token
      ? Promise.resolve(tenant.endpoints.token)
      : (oidc ??= discoverOidc(send, tenant.issuer, tenant.timeoutMs).then(
          (doc) => doc.token_endpoint,
          (error) => {
            oidc = undefined
            throw error
          },
        ))

  const cxoneEndpoint = async () => ({
    url: await tokenEndpoint(),
    clientId: tenant.clientId,
    clientSecret: tenant.clientSecret,
    clientAuth: tenant.clientAuth,
    timeoutMs: tenant.timeoutMs,
    hint: "check CXEDGE_ACCESS_KEY_ID, CXEDGE_ACCESS_KEY_SECRET, CXEDGE_CLIENT_ID and CXEDGE_CLIENT_SECRET",
    clientAuthSetting: "CXEDGE_CLIENT_AUTH",
  })

  const cxoneTokens = createTokenManager({
    storage: options.storage.tokens,
    cacheKey: `${key}:cxone`,
    clock,
    coordinator,
    skewMs: tenant.refreshSkewMs,
    async obtain() {
      const endpoint = await cxoneEndpoint()
      if (tenant.grant === "client_credentials") return requestToken(send, endpoint, { type: "client_credentials" }, clock.now())
      if (!tenant.accessKeyId || !tenant.accessKeySecret) {
        throw new ConfigError("cxone", "no access key configured: set CXEDGE_ACCESS_KEY_ID and CXEDGE_ACCESS_KEY_SECRET")
      }
      return requestToken(send, endpoint, { type: "password", username: tenant.accessKeyId, password: tenant.accessKeySecret }, clock.now())
    },
    async refresh(refreshToken) {
      return requestToken(send, await cxoneEndpoint(), { type: "refresh_token", refreshToken }, clock.now())
    },
  })

  const records = tenant.records
  const recordsTokens = records
    ? createTokenManager({
        storage: options.storage.tokens,
        cacheKey: `${key}:records`,
        clock,
        coordinator,
        skewMs: tenant.refreshSkewMs,
        obtain: () =>
          requestToken(
            send,
            {
              url: records.tokenUrl ?? `${records.baseUrl.replace(/\/$/, "")}/api/v2/oauth/token`,
              clientId: records.clientId,
              clientSecret: records.clientSecret,
              clientAuth: "post",
              timeoutMs: tenant.timeoutMs,
              hint: "check CXEDGE_RECORDS_CLIENT_ID and CXEDGE_RECORDS_CLIENT_SECRET",
            },
            { type: "client_credentials", scope: records.scope },
            clock.now(),
          ),
      })
    : undefined

  let info: Promise<TenantInfo> | undefined
  const discover = () =>
    (info ??= (async () => {
      const endpoint = await tokenEndpoint()
      let tenantId = tenant.tenantId
      if (!tenantId) {
        await cxoneTokens.get()
        const t = cxoneTokens.current()
        const claims = { ...decodeClaims(t?.idToken ?? ""), ...decodeClaims(t?.accessToken ?? "") }
        tenantId = typeof claims.tenantId === "string" ? claims.tenantId : undefined
        if (!tenantId) throw new ConfigError("cxone", "the token carries no tenantId claim: set CXEDGE_TENANT_ID")
      }
      const configuration = await discoverTenant(send, tenant.issuer, tenantId, tenant.timeoutMs)
      const api = tenant.endpoints.api ?? configuration.api_endpoint
      return {
        tenantId,
        issuer: tenant.issuer,
        tokenEndpoint: endpoint,
        configuration,
        hosts: { api, dfo: tenant.endpoints.dfo ?? api, privacy: tenant.endpoints.privacy ?? api },
      }
    })().catch((error) => {
      info = undefined
      throw error
    }))

  async function base(op: Operation): Promise<string> {
    if (op.api === "records") {
      if (!records) throw new ConfigError("cxone", `${op.id} needs the records API: set CXEDGE_RECORDS_URL, CXEDGE_RECORDS_CLIENT_ID and CXEDGE_RECORDS_CLIENT_SECRET`)
      return `${records.baseUrl.replace(/\/$/, "")}/api/v1`
    }
    if (op.api === "auth") return tenant.issuer.replace(/\/$/, "")
    const { hosts } = await discover()
    const trim = (u: string) => u.replace(/\/$/, "")
    if (op.api === "acd") return `${trim(hosts.api)}/inContactAPI/services/${op.version ?? tenant.acdVersion}`
    if (op.api === "dfo") return `${trim(hosts.dfo)}/dfo/3.0`
    return `${trim(hosts.privacy)}/privacy/v1`
  }

  function build(op: Operation, input: Record<string, unknown>) {
    const rest: Record<string, unknown> = { ...input }
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = rest[name]
      delete rest[name]
      if (value === undefined || value === null || value === "") {
        throw new ValidationError(op.id, `missing path parameter "${name}": pass it in the input`, name)
      }
      return encodeURIComponent(String(value))
    })
    const query: Record<string, unknown> = {}
    let body: unknown
    const readsOnly = op.method === "GET" || op.method === "DELETE"
    for (const [k, value] of Object.entries(rest)) {
      if (value === undefined) continue
      if (op.body === k) body = value
      else if (readsOnly || op.query?.includes(k)) query[k] = value
      else ((body ??= {}) as Record<string, unknown>)[k] = value
    }
    return { path, query, body }
  }

  function failure(op: Operation, response: RawResponse, retryAfterMs: number | undefined): CxoneHttpError {
    let body: unknown
    try {
      body = parseJson(op.id, response)
    } catch {}
    const { code, field, uid } = serverDetail(body)
    const status = response.status
    const detail = [code, field && `field ${field}`, uid && `uid ${uid}`].filter(Boolean).join(", ")
    const what = `${op.id} failed with status ${status}${detail ? ` (${detail})` : ""}`
    const init = { operation: op.id, status, retryAfterMs }
    if (status === 401) return new CxoneAuthError({ ...init, message: `${what}: the token was refused twice; check the access key` })
    if (status === 403) return new CxonePermissionError({ ...init, message: `${what}: the access key's role lacks the permission for this call` })
    if (status === 429) return new CxoneRateLimitError({ ...init, message: `${what}: the tenant's rate limit held after every retry; lower --rps or retry later` })
    const error = new CxoneHttpError(
      { ...init, message: `${what}: ${status === 404 ? "no such resource" : status === 412 ? "the record changed since it was read" : status >= 500 ? "the server kept failing; retry later" : "the request was refused"}` },
      status === 404 ? "E_NOT_FOUND" : status === 412 ? "E_PRECONDITION" : status >= 500 ? "E_SERVER" : "E_HTTP",
    )
    Object.assign(error, { serverCode: code, serverField: field, uid })
    return error
  }

  async function request<I, O>(op: Operation<I, O>, rawInput: I, callOptions: CallOptions = {}): Promise<CxoneResponse<O>> {
    const parsedInput = v.safeParse(op.input, rawInput)
    if (!parsedInput.success) {
      const path = v.getDotPath(parsedInput.issues[0]) ?? "(input)"
      throw new ValidationError(op.id, `invalid input at ${path}: ${parsedInput.issues[0].message}`, path)
    }
    const { path, query, body } = build(op, parsedInput.output as Record<string, unknown>)
    const url = await base(op)
    const tokens = op.api === "records" ? recordsTokens! : cxoneTokens
    const labels = { op: op.id }
    const safe = op.idempotent || !!callOptions.safe
    let refreshed = false
    for (let attempt = 0; ; ) {
      if (!breaker.allow()) {
        metrics.counter("cxedge_circuit_open_total", labels).inc()
        if (callOptions.whenOpen === "wait") {
          // Half-open with its one probe out: look again shortly.
          await clock.sleep(Math.max(50, (breaker.retryAt() ?? clock.now() + 100) - clock.now()))
          continue
        }
        throw new CircuitOpenError({ operation: op.id, message: `${op.id}: too many failures from the tenant, calls paused for a cool-down: retry shortly` })
      }
      const token = await tokens.get()
      const permit = await limiter.acquire()
      const started = performance.now()
      let response: RawResponse
      try {
        response = await send(op.id, {
          method: op.method,
          url: url + path,
          query,
          body: body === undefined ? undefined : JSON.stringify(body),
          timeoutMs: tenant.timeoutMs,
          headers: {
            Accept: "application/json",
            Authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { "Content-Type": "application/json" }),
            ...callOptions.headers,
          },
        })
      } catch (error) {
        const latencyMs = performance.now() - started
        permit.release({ latencyMs })
        breaker.record(false)
        metrics.counter("cxedge_requests_total", { ...labels, status: "network" }).inc()
        const decision = decideRetry(policy, { attempt, networkError: error instanceof CxoneNetworkError, safe }, random)
        if (!decision.retry) throw error
        metrics.counter("cxedge_retries_total", labels).inc()
        await clock.sleep(decision.delayMs)
        attempt++
        continue
      }
      const latencyMs = performance.now() - started
      const status = response.status
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), clock.now())
      permit.release({ status, latencyMs, retryAfterMs })
      breaker.record(status < 500)
      metrics.counter("cxedge_requests_total", { ...labels, status: String(status) }).inc()
      metrics.histogram("cxedge_request_duration_seconds", labels).observe(latencyMs)
      if (status === 429) metrics.counter("cxedge_rate_limited_total", labels).inc()

      if (status === 401 && !refreshed) {
        refreshed = true
        log.debug(`${op.id}: token refused, renewing once`)
        tokens.invalidate(token)
        continue
      }
      if (status < 400 || status === 304) {
        const data = parseJson(op.id, response)
        const parsed = v.safeParse(op.output, data)
        if (!parsed.success) {
          const where = v.getDotPath(parsed.issues[0]) ?? "(body)"
          // A write the server accepted has happened even if its answer cannot be read: say so, so nobody repeats it blindly.
          const wrote = !op.idempotent && op.method !== "GET" && status < 300
          throw new CxoneHttpError(
            {
              operation: op.id,
              status,
              message: wrote
                ? `${op.id}: the tenant accepted the call (status ${status}) but its answer was not understood (at ${where}): it has probably taken effect; check the tenant before repeating it`
                : `${op.id}: unexpected response (at ${where}): the tenant may serve another API version; pin one or report it`,
            },
            "E_RESPONSE_SHAPE",
          )
        }
        return { status, data: parsed.output, headers: response.headers }
      }
      if (status !== 401 && status !== 403) {
        const decision = decideRetry(policy, { attempt, status, safe, retryAfterMs }, random)
        if (decision.retry) {
          metrics.counter("cxedge_retries_total", labels).inc()
          log.debug(`${op.id}: status ${status}, retry ${attempt + 1} in ${decision.delayMs} ms`)
          await clock.sleep(decision.delayMs)
          attempt++
          continue
        }
      }
      throw failure(op, response, retryAfterMs)
    }
  }

  return {
    tenant,
    request,
    async call(op, input, callOptions) {
      return (await request(op, input, callOptions)).data
    },
    async *paginate(op, input, callOptions) {
      const paginator = op.paginate as Paginator<unknown> | undefined
      if (!paginator) throw new ConfigError(op.id, "this operation does not page: use call()")
      let next: Record<string, unknown> | undefined = input as Record<string, unknown>
      while (next) {
        const { data }: CxoneResponse<unknown> = await request(op, next as typeof input, callOptions)
        if (data === undefined) return
        const items = paginator.items(data)
        yield items
        next = items.length ? paginator.next(data, next, linkNext(data)) : undefined
      }
    },
    discover,
    async whoami() {
      await cxoneTokens.get()
      const t = cxoneTokens.current()!
      const claims = { ...decodeClaims(t.idToken ?? ""), ...decodeClaims(t.accessToken) }
      return Object.fromEntries(Object.entries(claims).filter(([k]) => PUBLIC_CLAIMS.includes(k)))
    },
    tokens: { cxone: cxoneTokens, records: recordsTokens },
    limiter,
    breaker,
  }
}
