import { createHash, timingSafeEqual } from "node:crypto"
import type { Context } from "hono"
import { verifyWebhook } from "../../core/index.ts"
import { ipAllowed, parseIpRanges, type IpRange } from "./ip-range.ts"

/**
 * Who may call `POST /webhooks/cxone/contact-ended`. A Studio REST API
 * action (or a Snippet's GetRESTProxy) can set static headers but cannot
 * compute an HMAC, so it sends `Authorization: Bearer <token>`; a proxy that
 * can sign sends a Standard Webhooks signature instead. Either configured
 * mode admits a request; an optional allowlist of source ranges is checked
 * first, before any of the body is read.
 */
export interface CalloutAuthOptions {
  /** Accepted bearer tokens (CXEDGE_CALLOUT_TOKENS); several while one is rotated out. */
  tokens: readonly string[]
  /** `whsec_...` signing secrets (CXEDGE_CALLOUT_SECRETS). */
  secrets: readonly string[]
  /** Source addresses or CIDR ranges (CXEDGE_CALLOUT_ALLOW_IPS); none means any source. */
  allowIps?: readonly string[]
  /** How many proxies in front append to X-Forwarded-For (CXEDGE_TRUST_PROXY); 0 trusts none. */
  trustProxy?: number
}

export type Refusal = { status: 400 | 401 | 403; error: string; message: string; headers?: Record<string, string> }

const digest = (text: string) => createHash("sha256").update(text).digest()

/**
 * The client's address. With no trusted proxy it is the peer the runtime
 * adapter reports (the socket, or CF-Connecting-IP on Workers). With N
 * trusted proxies it is the N-th address from the right of X-Forwarded-For,
 * each proxy having appended the address it received the request from; a
 * header with fewer entries did not come through them, so it is unknown.
 */
export function clientAddress(c: Context, trustProxy = 0): string | undefined {
  if (trustProxy === 0) return c.get("peerAddress")
  const hops = (c.req.header("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean)
  return hops.length >= trustProxy ? hops[hops.length - trustProxy] : undefined
}

/**
 * The checks, options normalised once: `before` runs on the headers alone,
 * `signature` on the body when only a signature can still admit the request.
 *
 * @example
 * const auth = createCalloutAuth({ tokens: ["<32+ chars>"], secrets: [], allowIps: ["203.0.113.0/24"] })
 * const early = auth.before(c) // a Refusal, "admitted", or "signature"
 */
export function createCalloutAuth(options: CalloutAuthOptions) {
  const ranges: IpRange[] | undefined = options.allowIps?.length ? parseIpRanges(options.allowIps, "contactEnded.allowIps") : undefined
  // Hashing both sides gives equal lengths, so the compare never exits early on a length and leaks nothing about it.
  const expected = options.tokens.map(digest)
  const modes = [
    options.tokens.length ? "Authorization: Bearer <a token from CXEDGE_CALLOUT_TOKENS>" : "",
    options.secrets.length ? "a Standard Webhooks signature (webhook-id, webhook-timestamp, webhook-signature) made with a secret from CXEDGE_CALLOUT_SECRETS" : "",
  ].filter(Boolean)
  const expects = `send ${modes.join(", or ")}`
  const challenge = options.tokens.length ? { "www-authenticate": 'Bearer realm="cxedge-callout"' } : undefined
  const unauthorized = (what: string): Refusal => ({ status: 401, error: "unauthorized", message: `${what}: ${expects}`, headers: challenge })

  /** True when the Authorization header carries one of the tokens (scheme case-insensitive, RFC 7235). */
  function bearerMatches(header: string | undefined): boolean {
    const m = /^bearer +(\S+) *$/i.exec(header ?? "")
    if (!m || !expected.length) return false
    const given = digest(m[1]!)
    let ok = false
    // Every token is compared, so the time taken does not say which one matched.
    for (const e of expected) ok = timingSafeEqual(given, e) || ok
    return ok
  }

  return {
    /** False with neither tokens nor secrets: the route is off. */
    enabled: expected.length > 0 || options.secrets.length > 0,

    /** Before the body: the source address, then the bearer token. `"signature"` when only a signature can still admit it. */
    before(c: Context): Refusal | "admitted" | "signature" {
      if (ranges && !ipAllowed(ranges, clientAddress(c, options.trustProxy))) {
        // The caller's address is personal data: never echoed or logged.
        return { status: 403, error: "forbidden", message: "this source address is not allowed to call the callout: add its range to CXEDGE_CALLOUT_ALLOW_IPS (behind a proxy, set CXEDGE_TRUST_PROXY)" }
      }
      const authorization = c.req.header("authorization")
      if (bearerMatches(authorization)) return "admitted"
      if (options.secrets.length && c.req.header("webhook-signature") !== undefined) return "signature"
      if (authorization === undefined) return unauthorized("the callout carries no credentials")
      if (!/^bearer(\s|$)/i.test(authorization)) return unauthorized("the callout's Authorization header is not a Bearer token")
      if (/^bearer\s*$/i.test(authorization)) return unauthorized("the callout's Authorization header has no token after Bearer")
      return unauthorized(expected.length ? "the callout's bearer token matches no configured token" : "bearer tokens are not enabled for the callout")
    },

    /** After the body, for a signed request: the Standard Webhooks verdict. */
    signature(c: Context, body: string, nowMs: number): Refusal | undefined {
      const verdict = verifyWebhook([...options.secrets], body, (n) => c.req.header(n), { toleranceSec: 300, nowMs })
      return verdict.ok ? undefined : { status: verdict.status, error: verdict.error, message: verdict.message }
    },
  }
}
