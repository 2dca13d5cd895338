import * as v from "valibot"
import { renewalMargin, tokenLife, type TokenSet } from "./token-life.ts"
import type { Storage } from "unstorage"
import type { Clock } from "../clock.ts"
import type { Coordinator } from "../coordination.ts"
import { CxoneAuthError, CxoneHttpError, CxonePermissionError, CxoneRateLimitError } from "../errors.ts"
import { parseJson, type Send } from "./http.ts"
import { decodeClaims } from "./jwt.ts"
import { parseRetryAfter } from "./retry.ts"
import { clientAuthTo } from "./client-auth.ts"
import { retryTransient } from "./transient-retry.ts"

export { refusedYoung, renewalMargin, type TokenSet } from "./token-life.ts"

/** Seconds as a JSON number or a string of digits (`"3600"`): token servers send both. */
const Seconds = v.union([
  v.pipe(v.number(), v.minValue(0)),
  v.pipe(v.string(), v.regex(/^\s*\d+(\.\d+)?\s*$/), v.transform(Number)),
])

const TokenResponse = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  token_type: v.optional(v.string()),
  expires_in: v.optional(v.nullable(Seconds)),
  refresh_token: v.optional(v.nullable(v.string())),
  id_token: v.optional(v.nullable(v.string())),
})

/**
 * The token body in the casing of NICE's regional/UserHub variants (`accessToken`, `refreshToken`, `idToken`:
 * cxone-api.md 1.4, SDK-COMMON `auth-token.js`) is read as the OAuth one; snake_case wins when both are sent.
 */
function snakeToken(body: unknown): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body
  const b = body as Record<string, unknown>
  const pick = (snake: string, camel: string) => (b[snake] !== undefined ? b[snake] : b[camel])
  return { ...b, access_token: pick("access_token", "accessToken"), refresh_token: pick("refresh_token", "refreshToken"), id_token: pick("id_token", "idToken"), expires_in: pick("expires_in", "expiresIn") }
}

const OAuthError = v.object({ error: v.string() })
const KNOWN_OAUTH_ERRORS = new Set([
  "invalid_request", "invalid_client", "invalid_grant", "unauthorized_client", "unsupported_grant_type", "invalid_scope",
])

export type Grant =
  | { type: "password"; username: string; password: string }
  | { type: "refresh_token"; refreshToken: string }
  | { type: "client_credentials"; scope?: string }

export interface TokenEndpoint {
  url: string
  clientId?: string
  clientSecret?: string
  clientAuth: "basic" | "post"
  timeoutMs?: number
  /** Says which settings to check when the server refuses the credentials. */
  hint: string
  /** The setting that switches `clientAuth`, named when the client itself is refused. */
  clientAuthSetting?: string
}

/** One value as application/x-www-form-urlencoded writes it: a space is `+`, `+ / : %` are escaped. */
const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2)

/**
 * `client_secret_basic` per RFC 6749 §2.3.1: the client id and secret are
 * form-encoded first, then joined with `:` and base64-encoded, so a `:` or
 * `%` in either survives and the header is always ASCII.
 */
export const basicCredentials = (clientId: string, clientSecret: string) =>
  `Basic ${btoa(`${formEncode(clientId)}:${formEncode(clientSecret)}`)}`

/** Requests one token; errors name the OAuth error code and what to check, never the credentials. */
export async function requestToken(send: Send, endpoint: TokenEndpoint, grant: Grant, now: number): Promise<TokenSet> {
  const form = new URLSearchParams({ grant_type: grant.type })
  if (grant.type === "password") form.set("username", grant.username), form.set("password", grant.password)
  if (grant.type === "refresh_token") form.set("refresh_token", grant.refreshToken)
  if (grant.type === "client_credentials" && grant.scope) form.set("scope", grant.scope)
  const headers: Record<string, string> = {
    "Content-Type": "application/x-www-form-urlencoded",
    Accept: "application/json",
  }
  if (endpoint.clientId) {
    if (endpoint.clientAuth === "basic") {
      headers.Authorization = basicCredentials(endpoint.clientId, endpoint.clientSecret ?? "")
    } else {
      form.set("client_id", endpoint.clientId)
      if (endpoint.clientSecret) form.set("client_secret", endpoint.clientSecret)
    }
    if (grant.type === "refresh_token") form.set("client_id", endpoint.clientId)
  }
  const operation = `auth.token.${grant.type}`
  const response = await send(operation, { method: "POST", url: endpoint.url, headers, body: form.toString(), timeoutMs: endpoint.timeoutMs })
  if (response.status >= 400) {
    // The reference allows 400 or 401, with the OAuth JSON body or none; a proxy may answer HTML. The status decides, the body only adds its code.
    let body: unknown
    try {
      body = parseJson(operation, response)
    } catch {}
    const parsed = v.safeParse(OAuthError, body)
    const code = parsed.success && KNOWN_OAUTH_ERRORS.has(parsed.output.error) ? parsed.output.error : "unknown_error"
    const clientRefused = code === "invalid_client" || (response.status === 401 && code === "unknown_error")
    const other = endpoint.clientAuth === "basic" ? "post" : "basic"
    const authHint = clientRefused && endpoint.clientId && endpoint.clientAuthSetting
      ? ` (the client was sent as ${endpoint.clientAuth === "basic" ? "HTTP Basic" : "form fields"}; if the app is registered for client_secret_${other}, set ${clientAuthTo(endpoint.clientAuthSetting, other)})`
      : ""
    const init = { operation, status: response.status, message: `token request refused (${response.status} ${code}): ${endpoint.hint}${authHint}` }
    if (response.status === 400 || response.status === 401) throw new CxoneAuthError(init)
    if (response.status === 403) throw new CxonePermissionError(init)
    if (response.status === 429) {
      const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"), now, response.headers.get("date"))
      throw new CxoneRateLimitError({ ...init, retryAfterMs, message: "the token endpoint is rate limiting (status 429): retry later" })
    }
    throw new CxoneHttpError({ ...init, message: `token endpoint failed with status ${response.status}: retry later` })
  }
  const parsed = v.safeParse(TokenResponse, snakeToken(parseJson(operation, response)))
  if (!parsed.success) {
    throw new CxoneHttpError({ operation, status: response.status, message: "the token endpoint answered without an access_token: check the token endpoint URL" }, "E_RESPONSE_SHAPE")
  }
  const t = parsed.output
  const claims = decodeClaims(t.access_token)
  const expiresAt = t.expires_in != null ? now + t.expires_in * 1000 : typeof claims?.exp === "number" ? claims.exp * 1000 : now + 3600_000
  const refreshClaims = t.refresh_token ? decodeClaims(t.refresh_token) : undefined
  return {
    accessToken: t.access_token,
    refreshToken: t.refresh_token ?? undefined,
    idToken: t.id_token ?? undefined,
    expiresAt,
    refreshExpiresAt: typeof refreshClaims?.exp === "number" ? refreshClaims.exp * 1000 : undefined,
    issuedAt: now,
  }
}

export interface TokenManagerOptions {
  storage: Storage
  cacheKey: string
  clock: Clock
  /** The most a token is renewed before it expires; a short-lived token is renewed a tenth of its lifetime early. */
  skewMs: number
  /** Instances sharing the token cache agree through this: one renews, the others read its token. */
  coordinator?: Coordinator
  /** A full grant (password or client_credentials). */
  obtain(): Promise<TokenSet>
  /** A refresh_token grant; absent for client_credentials. */
  refresh?(refreshToken: string): Promise<TokenSet>
  /**
   * A digest of the credentials the tokens are granted for (never a secret): a cached token granted for others is not
   * used. A mistyped or rotated secret was hidden by the cached token until it expired.
   */
  credential?: string
  /** Throws for a token that must not be used (granted for another tenant); asked of each token, cached or granted, before `get` answers it. */
  check?(token: TokenSet): void
}

export interface TokenManager {
  /** A valid access token, from cache when it is fresh; concurrent callers share one request. */
  get(): Promise<string>
  /** The cached access token while it is fresh (what `get` would answer at once), else undefined: no promise per call. */
  fresh?(): string | undefined
  current(): TokenSet | undefined
  /**
   * Drops the token if it is still the one that was refused; the next `get` renews. With `refusedAt` (when the 401
   * came), a token refused before its stated expiry but too old for a permission refusal teaches the life the tenant
   * really gives (a gateway whose clock runs ahead of the token server's): later tokens are renewed before that age.
   */
  invalidate(staleAccessToken: string, refusedAt?: number): void
  /** Number of token requests made, for tests and metrics. */
  requests(): number
}

/** The token cached under `cacheKey` when it was granted for `credential` (or none is given), else undefined. */
async function cachedFor(storage: Storage, cacheKey: string, credential: string | undefined): Promise<TokenSet | undefined> {
  const t = (await storage.getItem<TokenSet>(cacheKey)) ?? undefined
  return t && (credential === undefined || t.credential === credential) ? t : undefined
}

/** Whether `t` may be renewed with its refresh token: the manager refreshes, and the refresh token outlives its margin. */
function canRefresh(t: TokenSet | undefined, options: TokenManagerOptions, now: number): t is TokenSet & { refreshToken: string } {
  if (!t?.refreshToken || !options.refresh) return false
  const until = t.refreshExpiresAt ?? Infinity
  return until - renewalMargin(until, t.issuedAt, options.skewMs) > now
}

/**
 * Caches a token per tenant in storage (`tokens:`), renews it before expiry
 * (`skewMs` early, or a tenth of its lifetime if that is less: a fixed 120 s
 * margin would renew a 5 s token on every call) with the refresh token when
 * one is valid and a full grant otherwise, and lets exactly one renewal run
 * however many callers wait.
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
  let token: TokenSet | undefined
  let inflight: Promise<TokenSet> | undefined
  let count = 0
  const { storage, cacheKey, clock, coordinator } = options
  const { fresh, refused } = tokenLife(clock, options.skewMs)
  const refreshable = (t: TokenSet | undefined) => canRefresh(t, options, clock.now())
  const asked = () => void count++
  const stored = () => cachedFor(storage, cacheKey, options.credential)

  async function grant(previous: TokenSet | undefined): Promise<TokenSet> {
    count++
    let next: TokenSet | undefined
    const startedAt = clock.now()
    const viaRefresh = refreshable(previous)
    if (viaRefresh) {
      try {
        next = await retryTransient(clock, () => options.refresh!(previous.refreshToken), asked)
      } catch (error) {
        if (!(error instanceof CxoneAuthError)) throw error
      }
      // Answered without a new refresh token, the old one stays in use (RFC 6749 section 6: a new one, when sent, replaces it).
      if (next && !next.refreshToken) next = { ...next, refreshToken: previous.refreshToken, refreshExpiresAt: previous.refreshExpiresAt }
    }
    if (!next) {
      if (viaRefresh) count++
      next = await retryTransient(clock, options.obtain, asked)
    }
    // A grant that does not say when it was issued was issued no earlier than it was asked for.
    next = { ...next, ...(next.issuedAt === undefined && { issuedAt: startedAt }), ...(options.credential !== undefined && { credential: options.credential }) }
    await storage.setItem(cacheKey, next)
    return next
  }

  async function renew(stale: TokenSet | undefined): Promise<TokenSet> {
    // Another process (or an earlier run) may have renewed already: a fresh stored token wins.
    const cached = await stored()
    if (fresh(cached) && cached.accessToken !== stale?.accessToken) return cached
    if (!coordinator) return grant(cached ?? stale)
    const lock = `token:${cacheKey}`
    const deadline = clock.now() + 15_000
    while (!(await coordinator.claim(lock, 30_000))) {
      await clock.sleep(100)
      const theirs = await stored()
      if (fresh(theirs) && theirs.accessToken !== stale?.accessToken) return theirs
      if (clock.now() > deadline) break // the holder is gone; its lease will lapse
    }
    try {
      const again = await stored()
      if (fresh(again) && again.accessToken !== stale?.accessToken) return again
      return await grant(again ?? stale)
    } finally {
      await coordinator.release(lock)
    }
  }

  return {
    async get() {
      if (fresh(token)) return token.accessToken
      const stale = token
      inflight ??= renew(stale).finally(() => {
        inflight = undefined
      })
      const next = await inflight
      options.check?.(next)
      token = next
      return token.accessToken
    },
    fresh: () => (fresh(token) ? token.accessToken : undefined),
    current: () => token,
    invalidate(staleToken, refusedAt) {
      if (token?.accessToken !== staleToken) return
      if (refusedAt !== undefined) refused(token, refusedAt)
      token = { ...token, expiresAt: 0 }
    },
    requests: () => count,
  }
}
