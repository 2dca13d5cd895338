import type { Clock } from "../clock.ts"

export interface TokenSet {
  accessToken: string
  refreshToken?: string
  idToken?: string
  expiresAt: number
  refreshExpiresAt?: number
  /** When the token was requested: with `expiresAt`, its lifetime, which bounds how early it is renewed. */
  issuedAt?: number
  /** The digest of the credentials it was granted for (TokenManagerOptions.credential). */
  credential?: string
}

/** A token is renewed this long before it expires: the configured skew, but never more than a tenth of its lifetime. */
export function renewalMargin(expiresAt: number, issuedAt: number | undefined, skewMs: number): number {
  if (issuedAt === undefined || expiresAt <= issuedAt) return skewMs
  return Math.min(skewMs, (expiresAt - issuedAt) / 10)
}

/**
 * Refused too young to have aged: within the first half of its stated life, less a second (the tenant's clock, or its
 * rounding to whole seconds, cannot explain it). Such a refusal is the access key's permission, not the token's age.
 */
export function refusedYoung(t: TokenSet, at: number): boolean {
  return t.issuedAt !== undefined && at - t.issuedAt < (t.expiresAt - t.issuedAt) / 2 - 1000
}

/** Of a life learned from refusals, the share a token is used for: the refusal came with the answer, after it died. */
const LEARNED_SHARE = 0.75
/** How early a token whose `exp` is written in whole seconds may expire. */
const ROUNDED_MS = 1000

/**
 * When a token is fresh: until its renewal margin, and before the shortest life the tenant has been seen to give one
 * (learned from refusals; until one, the stated life holds).
 */
export function tokenLife(clock: Clock, skewMs: number) {
  let lifeSeen = Infinity
  return {
    fresh(t: TokenSet | null | undefined): t is TokenSet {
      if (!t) return false
      if (t.issuedAt !== undefined && t.issuedAt + lifeSeen * LEARNED_SHARE <= clock.now()) return false
      return t.expiresAt - renewalMargin(t.expiresAt, t.issuedAt, skewMs) > clock.now()
    },
    /**
     * Up to a second early is an `exp` in whole seconds: one renewal absorbs it, and learning it would renew a 5 s
     * token every 3 s. Earlier than that, and not young, the tenant's gateway runs ahead of its token server.
     */
    refused(t: TokenSet, at: number) {
      if (t.issuedAt === undefined || refusedYoung(t, at)) return
      if (at < t.expiresAt - renewalMargin(t.expiresAt, t.issuedAt, skewMs) - ROUNDED_MS) lifeSeen = Math.min(lifeSeen, at - t.issuedAt)
    },
  }
}
