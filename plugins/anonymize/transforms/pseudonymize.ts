import { createHash } from "node:crypto"
import * as v from "valibot"
import { defineTransform, ValidationError } from "../../../core/index.ts"
import { kindOf } from "../matrix/index.ts"
import { pseudonymToken } from "../../../core/pseudonym.ts"
import { notExact } from "./exact.ts"

const KEY_ID = v.pipe(v.string(), v.regex(/^[a-z0-9]{1,16}$/))

const scalar = (name: string, value: unknown, path: string): string => {
  if (typeof value === "string") {
    const reason = notExact(value)
    if (reason) throw new ValidationError("anonymize", `${name} cannot key the value at ${path}: it is ${reason}`, path, "E_FIELD_FORMAT")
    return value
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value)
  throw new ValidationError("anonymize", `${name} expects a string or number at ${path}, found ${kindOf(value)}`, path, "E_FIELD_TYPE")
}

const patterns = new Map<string, RegExp>()
/** `tok_<keyId>_<base64url>`, compiled once per prefix. */
const tokenPattern = (prefix: string) => {
  let re = patterns.get(prefix)
  if (!re) patterns.set(prefix, (re = new RegExp(`^${prefix}_[a-z0-9]{1,16}_[A-Za-z0-9_-]{11,43}$`)))
  return re
}

const HmacParams = v.object({
  /** Key id in CXEDGE_HMAC_KEYS; the current key when absent. */
  keyId: v.optional(KEY_ID),
  prefix: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,8}$/)), "tok"),
  /** MAC bytes kept in the token (16 = 128 bits). */
  bytes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(8), v.maxValue(32)), 16),
  /** Separates pseudonym domains: the same value under two domains gives unrelated tokens. */
  // The MAC is over `domain\0value`: a domain holding \0 would give its tokens to another domain's values.
  domain: v.optional(v.pipe(v.string(), v.check((d) => !d.includes("\u0000"), "must not hold a NUL character (\\u0000), which separates the domain from the value"))),
})

/**
 * Keyed pseudonym: HMAC-SHA256 under a secret key held apart from the data
 * (ENISA: robust; a plain or salted hash is not). The token carries the key
 * id (`tok_k1_...`) so keys can rotate, and a value that already is a token
 * is left alone.
 */
export const hmac = defineTransform({
  name: "hmac",
  description: "keyed pseudonym tok_<keyId>_<base64url HMAC-SHA256>",
  params: HmacParams,
  reversible: false,
  needsKey: true,
  apply(value, p, ctx) {
    return pseudonymToken(ctx.keys, scalar("hmac", value, ctx.path), p)
  },
  recognizes: (value, p) => typeof value === "string" && tokenPattern(p.prefix).test(value),
  // With the contract's TEST_KEYS (k1 = "a" * 43, k2 = "b" * 43, base64url): the MAC is HMAC-SHA256 under
  // HKDF-SHA256(key, no salt, "cxedge/hmac/v1"), over `domain\0value` when a domain is set, cut to `bytes`
  // and base64url-encoded. test/plugins/anonymize/transform-vectors.test.ts recomputes each with node:crypto.
  vectors: [
    { in: "ada.okafor@example.com", params: { prefix: "tok", bytes: 16 }, out: "tok_k1_Z4YFDYDNvWh7041K7bCkSQ" },
    { in: "ada.okafor@example.com", params: { keyId: "k2", prefix: "tok", bytes: 16 }, out: "tok_k2_IhLxm7viYXg2_xELQrYcoQ" },
    { in: "+15550102030", params: { prefix: "tok", bytes: 32, domain: "crm" }, out: "tok_k1_1gSO3U9jtoajMs07SKMwC8xaa5a3eUy-qWnJjW8x0n4" },
    { in: "+15550102030", params: { prefix: "sub", bytes: 16 }, out: "sub_k1_6f0ehL-lbi7w9yRmQv5oIQ" },
    // A number is MACed as its decimal string.
    { in: 4111, params: { prefix: "tok", bytes: 16 }, out: "tok_k1_EscD_tMSSMy72bRXmXHMkQ" },
  ],
})

/** Python's str() for the scalars the seed hashed. */
const pythonStr = (value: unknown) => (value === true ? "True" : value === false ? "False" : String(value))

/**
 * The seed tutorial's salted SHA-256: hex of sha256("salt:value"). Kept for
 * compatibility only; loading it on a phone, email or name field warns that
 * it can be reversed by enumeration.
 */
export const hash = defineTransform({
  name: "hash",
  description: "salted SHA-256 hex, as the seed tutorial does it (weak for low-entropy fields)",
  params: v.object({
    salt: v.optional(v.string(), "cxone_privacy_v1"),
    algorithm: v.optional(v.literal("sha256"), "sha256"),
  }),
  reversible: false,
  apply(value, p, ctx) {
    if (typeof value !== "boolean") scalar("hash", value, ctx.path)
    return createHash("sha256").update(`${p.salt}:${pythonStr(value)}`, "utf8").digest("hex")
  },
  recognizes: (value) => typeof value === "string" && /^[0-9a-f]{64}$/.test(value),
  vectors: [
    // python3 -c 'import hashlib;print(hashlib.sha256(b"privacy_v2:ada.okafor@example.com").hexdigest())'
    { in: "ada.okafor@example.com", params: { salt: "privacy_v2", algorithm: "sha256" }, out: "4fb7a87eb9b59393e8b34cae34fcc57d06de0d8a94959b5fe53c3369ecd7333e" },
  ],
})
