import * as v from "valibot"
import type { Clock, Random } from "../clock.ts"
import { CircuitOpenError, CxoneNetworkError, ValidationError } from "../errors.ts"
import type { Logger } from "../log.ts"
import type { Counter, Histogram, Metrics } from "../metrics.ts"
import type { Breaker } from "./breaker.ts"
import type { TenantConfig } from "./config.ts"
import { requestParts } from "./endpoints.ts"
import { parseJson, type RawResponse, type Send } from "./http.ts"
import type { Limiter } from "./limiter.ts"
import type { Operation } from "./operation.ts"
import { parseRateHeaders } from "./rate-headers.ts"
import { issueRule } from "../route-input.ts"
import { failureOf, hostGuessed, permissionRefusal, proxyRefusal, unexpectedShape, waitTooLong } from "./response-errors.ts"
import { decideRetry, parseRetryAfter, type RetryPolicy } from "./retry.ts"
import { refusedYoung, type TokenManager } from "./tokens.ts"
import type { CallOptions, ClientTokens, CxoneResponse, RequestFn } from "./types.ts"

/** What the request loop is built from: the client's parts, shared by every call. */
export interface RequestLoopOptions {
  tenant: TenantConfig
  metrics: Metrics
  clock: Clock
  random: Random
  log: Logger
  policy: RetryPolicy
  send: Send
  limiter: Limiter
  breaker: Breaker
  tokens: ClientTokens
  baseUrl: (op: Operation) => Promise<string>
}

interface Exchange {
  op: Operation
  url: string
  query: Record<string, unknown>
  /** The JSON body, serialized once for every attempt. */
  body: string | undefined
  /** The access token, taken once the limiter lets the call go: a call can wait longer than a short-lived token lives. */
  token: () => string | Promise<string>
  headers: Record<string, string> | undefined
}

/** The most times one call renews a refused token (a different token each time). */
const MAX_RENEWALS = 3

/** One operation's metric handles, looked up once instead of on every request (each made on first use, as before). */
interface OpMeters {
  status(status: number | "network"): Counter
  duration(): Histogram
  rateLimited(): Counter
  retries(): Counter
  circuitOpen(): Counter
}

function opMeters(metrics: Metrics, op: string): OpMeters {
  const labels = { op }
  const byStatus = new Map<number | "network", Counter>()
  const once = <T>(make: () => T) => {
    let made: T | undefined
    return () => (made ??= make())
  }
  return {
    status(status) {
      let c = byStatus.get(status)
      if (!c) byStatus.set(status, (c = metrics.counter("cxedge_requests_total", { op, status: String(status) })))
      return c
    },
    duration: once(() => metrics.histogram("cxedge_request_duration_seconds", labels)),
    rateLimited: once(() => metrics.counter("cxedge_rate_limited_total", labels)),
    retries: once(() => metrics.counter("cxedge_retries_total", labels)),
    circuitOpen: once(() => metrics.counter("cxedge_circuit_open_total", labels)),
  }
}

/**
 * `answeredAt`: when the answer came (clock time). The tenant judged the token no later than that, so a refusal can
 * tell how old the token could at most have been: an exchange may wait in a connection queue after it is sent.
 */
type Sent = { response: RawResponse; retryAfterMs: number | undefined; token: string; answeredAt: number } | { error: unknown }

function validInput(op: Operation, input: unknown): Record<string, unknown> {
  const parsed = v.safeParse(op.input, input)
  if (parsed.success) return parsed.output as Record<string, unknown>
  const path = v.getDotPath(parsed.issues[0]) ?? "(input)"
  throw new ValidationError(op.id, `invalid input at ${path}: ${issueRule(parsed.issues[0])}`, path)
}

function validOutput<O>(op: Operation<unknown, O>, response: RawResponse): CxoneResponse<O> {
  const parsed = v.safeParse(op.output, parseJson(op.id, response))
  if (!parsed.success) throw unexpectedShape(op, response.status, v.getDotPath(parsed.issues[0]) ?? "(body)")
  return { status: response.status, data: parsed.output, headers: response.headers }
}

/**
 * The breaker refused a call: a `wait` caller sleeps until the cool-down
 * ends (then looks again); any other caller gets a CircuitOpenError.
 */
async function breakerRefused(o: RequestLoopOptions, op: Operation, meters: OpMeters, options: CallOptions): Promise<void> {
  meters.circuitOpen().inc()
  if (options.whenOpen !== "wait") {
    throw new CircuitOpenError({ operation: op.id, message: `${op.id}: too many failures from the tenant, calls paused for a cool-down: retry shortly` })
  }
  // Half-open with its one probe out: look again shortly.
  await o.clock.sleep(Math.max(50, (o.breaker.retryAt() ?? o.clock.now() + 100) - o.clock.now()))
}

/** The exchange's headers, in one object (the caller's win). */
function headersOf(x: Exchange, token: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: "application/json", Authorization: `Bearer ${token}` }
  if (x.body !== undefined) headers["Content-Type"] = "application/json"
  if (x.headers) for (const k in x.headers) headers[k] = x.headers[k]!
  return headers
}

/** One HTTP exchange under a limiter permit; its outcome feeds the limiter, the breaker and the metrics. */
async function exchange(o: RequestLoopOptions, x: Exchange, meters: OpMeters): Promise<Sent> {
  const permit = await o.limiter.acquire()
  let token: string
  try {
    token = await x.token()
  } catch (error) {
    permit.release({ latencyMs: 0 })
    throw error
  }
  const started = performance.now()
  let response: RawResponse
  try {
    response = await o.send(x.op.id, {
      method: x.op.method,
      url: x.url,
      query: x.query,
      body: x.body,
      timeoutMs: o.tenant.timeoutMs,
      headers: headersOf(x, token),
    })
  } catch (error) {
    permit.release({ latencyMs: performance.now() - started })
    o.breaker.record(false)
    meters.status("network").inc()
    return { error }
  }
  const latencyMs = performance.now() - started
  const answeredAt = o.clock.now()
  const status = response.status
  // Retry-After means something on a refusal or a failure only: no header lookup on a success.
  const retryAfterMs = status >= 400 ? parseRetryAfter(response.headers.get("retry-after"), o.clock.now(), response.headers.get("date")) : undefined
  permit.release({ status, latencyMs, retryAfterMs, quota: parseRateHeaders(response.headers, o.clock.now()) })
  o.breaker.record(status < 500)
  meters.status(status).inc()
  meters.duration().observe(latencyMs)
  if (status === 429) meters.rateLimited().inc()
  return { response, retryAfterMs, token, answeredAt }
}

/**
 * What one call does with a 401. A refused token is renewed. A call that waited (a 429, a 5xx, the limiter's queue)
 * may outlive a short-lived token again, or be handed one another call renewed a while ago: each newly refused token
 * is renewed too, at most MAX_RENEWALS times in a row; then the refusal is final. Any other answer between two
 * refusals (`answered`) starts the count again: the retry policy already bounds a call's 429s and 5xx, and a 2 s token
 * can age out behind every back-off of one call. A young token (refused in the first
 * half of its life, counted from when it was asked for to when the refusal came) cannot have aged: a 401 on one is
 * renewed once a call, and a second is the user's permission, not the token; so is a 401 on the token in use for an
 * operation already refused so (`denied`, shared by the client's calls).
 */
function tokenRefusals(tokens: TokenManager, denied: Set<string>, opId: string) {
  let renewals = 0
  let inARow = 0
  const refused = new Set<string>()
  const answered = () => {
    inARow = 0
  }
  const verdict = (used: string, answeredAt: number): "renew" | "permission" | "final" => {
    const current = tokens.current()
    const isCurrent = current?.accessToken === used
    // Young: the tenant's clock or its rounding to whole seconds (a token issued at x.9 s with a 2 s life expires 1.1 s
    // later) cannot have expired it yet.
    const young = isCurrent && refusedYoung(current, answeredAt)
    if ((isCurrent && denied.has(opId)) || (young && renewals > 0)) {
      denied.add(opId)
      return "permission"
    }
    if (refused.has(used) || inARow >= MAX_RENEWALS) return "final"
    renewals++
    inARow++
    refused.add(used)
    tokens.invalidate(used, answeredAt)
    return "renew"
  }
  return { verdict, answered }
}

/**
 * The request pipeline every operation goes through: input validation, then
 * a loop of breaker, token, limiter and one exchange. A refused token is
 * renewed (tokenRefusals); network errors and retryable statuses are retried as the
 * policy decides; a success is validated against the operation's output.
 */
export function createRequestLoop(o: RequestLoopOptions): RequestFn {
  const metersByOp = new Map<string, OpMeters>()
  const metersOf = (op: Operation) => {
    let m = metersByOp.get(op.id)
    if (!m) metersByOp.set(op.id, (m = opMeters(o.metrics, op.id)))
    return m
  }
  // Discovery is kept once it succeeds, so an operation's base is too: no await per request after the first.
  const bases = new Map<Operation, string>()
  const baseOf = async (op: Operation) => {
    const base = await o.baseUrl(op)
    bases.set(op, base)
    return base
  }
  // Operations the tenant answered 401 with a just-issued token: a permission refusal, remembered so that later
  // calls of the same operation fail without asking for new tokens (a success forgets it). A call holding a token
  // already replaced still retries once with the current one, which costs no token request.
  const denied = new Set<string>()
  const backOff = async (meters: OpMeters, delayMs: number) => {
    meters.retries().inc()
    await o.clock.sleep(delayMs)
  }
  return async function request<I, O>(op: Operation<I, O>, input: I, options: CallOptions = {}): Promise<CxoneResponse<O>> {
    const { path, query, body: data } = requestParts(op, validInput(op, input))
    const body = data === undefined ? undefined : JSON.stringify(data)
    const url = (bases.get(op) ?? (await baseOf(op))) + path
    const tokens = op.api === "records" ? o.tokens.records! : o.tokens.cxone
    const safe = op.idempotent || !!options.safe
    const meters = metersOf(op)
    const refusal = tokenRefusals(tokens, denied, op.id)
    // Refusals did no work: a fault after several of them still has its own retries (a 503 after five 429s failed the call).
    let refusals = 0
    for (let attempt = 0; ; ) {
      if (!o.breaker.allow()) {
        await breakerRefused(o, op, meters, options)
        continue
      }
      const token = () => tokens.fresh?.() ?? tokens.get()
      const sent = await exchange(o, { op, url, query, body, token, headers: options.headers }, meters)
      if ("error" in sent) {
        const decision = decideRetry(o.policy, { attempt: attempt - refusals, networkError: sent.error instanceof CxoneNetworkError, safe }, o.random)
        if (!decision.retry) throw sent.error
        await backOff(meters, decision.delayMs)
        attempt++
        continue
      }
      const { response, retryAfterMs, token: used, answeredAt } = sent
      const status = response.status
      if (status !== 401) refusal.answered()
      else {
        const proxy = proxyRefusal(op, response)
        if (proxy) throw proxy
        const verdict = refusal.verdict(used, answeredAt)
        if (verdict === "permission") throw permissionRefusal(op, response)
        if (verdict === "renew") {
          o.log.debug(`${op.id}: token refused, renewing it`)
          continue
        }
      }
      if (status < 400 || status === 304) {
        denied.delete(op.id)
        return validOutput(op, response)
      }
      // A 429 whose Retry-After is past the cap is said at once: waiting the cap and asking again meets the same refusal.
      if (status === 429 && retryAfterMs !== undefined && retryAfterMs > o.policy.retryAfterCapMs) throw waitTooLong(op, retryAfterMs, o.policy.retryAfterCapMs)
      if (status !== 401 && status !== 403) {
        const decision = decideRetry(o.policy, { attempt: status === 429 ? attempt : attempt - refusals, status, safe, retryAfterMs }, o.random)
        if (decision.retry) {
          o.log.debug(`${op.id}: status ${status}, retry ${attempt + 1} in ${decision.delayMs} ms`)
          await backOff(meters, decision.delayMs)
          attempt++
          if (status === 429) refusals++
          continue
        }
      }
      throw failureOf(op, response, retryAfterMs, hostGuessed(op, o.tenant.endpoints), safe && attempt > 0)
    }
  }
}
