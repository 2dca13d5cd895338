import type { Clock, Random } from "../clock.ts"
import type { Coordinator } from "../coordination.ts"
import type { Logger } from "../log.ts"
import type { Metrics } from "../metrics.ts"
import type { CxedgeStorage } from "../storage.ts"
import type { Breaker, BreakerOptions } from "./breaker.ts"
import type { TenantConfig } from "./config.ts"
import type { CxoneConfiguration } from "./discovery.ts"
import type { Limiter, LimiterOptions } from "./limiter.ts"
import type { Operation } from "./operation.ts"
import type { RetryPolicy } from "./retry.ts"
import type { TokenManager } from "./tokens.ts"

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

/** The tenant's token managers: CXone's own, and the records API's when one is configured. */
export interface ClientTokens {
  cxone: TokenManager
  records: TokenManager | undefined
}

/** One call of an operation through the pipeline, answering the status, the validated data and the headers. */
export type RequestFn = <I, O>(op: Operation<I, O>, input: I, options?: CallOptions) => Promise<CxoneResponse<O>>

export interface CxoneClient {
  readonly tenant: TenantConfig
  request<I, O>(op: Operation<I, O>, input: I, options?: CallOptions): Promise<CxoneResponse<O>>
  call<I, O>(op: Operation<I, O>, input: I, options?: CallOptions): Promise<O>
  /** Pages of items, lazily: memory holds one page at a time. */
  paginate<I, O>(op: Operation<I, O>, input: I, options?: CallOptions): AsyncGenerator<unknown[]>
  discover(): Promise<TenantInfo>
  /** Claims of the current access token that identify the caller; never the token. */
  whoami(): Promise<Record<string, unknown>>
  readonly tokens: ClientTokens
  readonly limiter: Limiter
  readonly breaker: Breaker
}
