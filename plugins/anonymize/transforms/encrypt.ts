import { createCipheriv, createDecipheriv, timingSafeEqual } from "node:crypto"
import * as v from "valibot"
import { defineTransform, ValidationError, type KeyRing } from "../../../core/index.ts"
import { kindOf } from "../matrix/index.ts"
import { hmacSha256, subkey } from "./keys.ts"
import { notExact } from "./exact.ts"

const TOKEN = /^([a-z]{1,8})_([a-z0-9]{1,16})_([A-Za-z0-9_-]{38,})$/

/**
 * Deterministic authenticated encryption (the SIV construction): the nonce
 * is an HMAC of the plaintext under its own subkey, then AES-256-GCM with
 * the key id as associated data. Equal inputs give equal tokens (joins keep
 * working) and `decrypt` verifies both the tag and the synthetic nonce.
 */
export function encryptValue(keys: KeyRing, keyId: string, plaintext: string, prefix = "enc"): string {
  const iv = hmacSha256(subkey(keys, keyId, "siv"), plaintext).subarray(0, 12)
  const cipher = createCipheriv("aes-256-gcm", subkey(keys, keyId, "aead"), iv)
  cipher.setAAD(Buffer.from(keyId))
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()])
  return `${prefix}_${keyId}_${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`
}

/** Reverses `encryptValue`; a token that was altered or made with another key is refused. */
export function decryptValue(keys: KeyRing, token: string): string {
  const m = TOKEN.exec(token.trim())
  if (!m) {
    misshapen(token.trim())
    // A pseudonym (tok_k1_ and 22 characters: an hmac's 16 bytes) or a subject token (sub_) has the same shape, shorter:
    // it was "not an encrypt token", with no word that nothing can turn it back.
    const short = /^([a-z]{1,8})_[a-z0-9]{1,16}_[A-Za-z0-9_-]{11,37}$/.exec(token.trim())
    // enc_ cut short is an encrypt token copied in part, said below as any other too short.
    if (short?.[1] === "enc") throw new ValidationError("decrypt", "the token is too short to be an encrypt token (cut off when copied?): check the TOKEN argument", undefined, "E_USAGE")
    throw new ValidationError("decrypt", short
      ? "the token is a keyed pseudonym (an hmac, as pseudonymize, scrub's hmac mode and hold subjects write), not an encrypt token: it is one-way and cannot be decrypted; only the encrypt transform's enc_ tokens can"
      : "not an encrypt token (expected enc_<keyId>_<base64url>): check the TOKEN argument", undefined, "E_USAGE")
  }
  const keyId = m[2]!
  // Said with the key ids there are (ids, never keys): "cannot be decrypted here" left the user to guess what would do.
  if (!keys.get(keyId)) throw new ValidationError("decrypt", `key "${keyId}" is not in CXEDGE_HMAC_KEYS (its keys here: ${keys.ids().join(", ") || "none"}): the token cannot be decrypted here; decrypt where that key is set, or add it to CXEDGE_HMAC_KEYS`, undefined, "E_KEY")
  const raw = strictBase64Url(m[3]!)
  if (raw === undefined) throw damaged(keyId)
  if (raw.length < 28) throw new ValidationError("decrypt", "the token is too short to be an encrypt token (cut off when copied?): check the TOKEN argument", undefined, "E_USAGE")
  const iv = raw.subarray(0, 12)
  const tag = raw.subarray(raw.length - 16)
  try {
    const decipher = createDecipheriv("aes-256-gcm", subkey(keys, keyId, "aead"), iv)
    decipher.setAAD(Buffer.from(keyId))
    decipher.setAuthTag(tag)
    const plain = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8")
    if (!timingSafeEqual(iv, hmacSha256(subkey(keys, keyId, "siv"), plain).subarray(0, 12))) throw new Error("nonce")
    return plain
  } catch {
    // A token cut short when copied fails here too (past the length check above), and was not said to be one.
    throw damaged(keyId)
  }
}

const damaged = (keyId: string) =>
  new ValidationError("decrypt", `the token does not verify under key "${keyId}": it was cut short or altered when copied, or made with another key of that id: copy the whole token again, or decrypt where the key that made it is set`, undefined, "E_TOKEN")

/**
 * The bytes `text` encodes, or undefined when another text would encode them: Buffer's decoder drops a last lone
 * character and the spare low bits of the last one, so a token with a character appended or a low bit changed decrypted.
 */
function strictBase64Url(text: string): Buffer | undefined {
  if (text.length % 4 === 1) return undefined
  const raw = Buffer.from(text, "base64url")
  return raw.toString("base64url") === text ? raw : undefined
}

// A token pasted with its quotes, or two pasted as one, was "not an encrypt token": no word of what was wrong with it.
function misshapen(text: string): void {
  const quote = /^["'`\u2018\u201c]|["'`\u2019\u201d]$/.exec(text)?.[0]
  if (quote && TOKEN.test(text.replace(/^["'`\u2018\u201c]+|["'`\u2019\u201d]+$/g, ""))) {
    throw new ValidationError("decrypt", `the token is inside quotes (${quote}): give it without them (the shell's own quotes are fine: cxedge decrypt "$TOKEN")`, undefined, "E_USAGE")
  }
  const parts = text.split(/[\s,;]+/).filter(Boolean)
  if (parts.length > 1 && parts.every((part) => TOKEN.test(part.replace(/^["'`]+|["'`]+$/g, "")))) {
    throw new ValidationError("decrypt", `the argument holds ${parts.length} tokens: decrypt one token at a time (cxedge decrypt "$TOKEN")`, undefined, "E_USAGE")
  }
}

/** Reversible, only when a matrix asks for it; `cxedge decrypt` re-identifies for authorised use. */
export const encrypt = defineTransform({
  name: "encrypt",
  description: "deterministic, reversible AES-256-GCM with a synthetic nonce (SIV)",
  params: v.object({
    keyId: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9]{1,16}$/))),
    prefix: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{1,8}$/)), "enc"),
  }),
  reversible: true,
  needsKey: true,
  apply(value, p, ctx) {
    if (typeof value !== "string") {
      throw new ValidationError("anonymize", `encrypt expects a string at ${ctx.path}, found ${kindOf(value)}`, ctx.path, "E_FIELD_TYPE")
    }
    const reason = notExact(value)
    if (reason) throw new ValidationError("anonymize", `encrypt cannot encrypt the value at ${ctx.path} so that it decrypts to itself: it is ${reason}`, ctx.path, "E_FIELD_FORMAT")
    return encryptValue(ctx.keys, p.keyId ?? ctx.keys.current, value, p.prefix)
  },
  recognizes: (value, p) => typeof value === "string" && value.startsWith(`${p.prefix}_`) && TOKEN.test(value),
  // With the contract's TEST_KEYS: iv = HMAC-SHA256(HKDF(key, "cxedge/siv/v1"), plaintext)[0..12], then
  // AES-256-GCM under HKDF(key, "cxedge/aead/v1") with the key id as AAD; token = base64url(iv | ciphertext | tag).
  // test/plugins/anonymize/transform-vectors.test.ts recomputes and decrypts each with node:crypto.
  vectors: [
    { in: "ada.okafor@example.com", params: { prefix: "enc" }, out: "enc_k1_qAfkgKxj_HeLY_q6PbqeJbYkeHteBpg4HNPTKAtKk-mFjFHZi8T8w8rpqCXDxRGHOpA" },
    { in: "ada.okafor@example.com", params: { keyId: "k2", prefix: "pii" }, out: "pii_k2_-04BUoO2sWmPqOFw30afGUOjBFX4vRlvlHE0E0sTtIMlZwqD6E39RmGaB4ZgKiy-NJA" },
    { in: "Zoë 😀", params: { prefix: "enc" }, out: "enc_k1_PJGkcMx49T_BaqpGwTVs-ys4ILsyn-rJygLL5ZfuVfH2OI2cSA" },
    { in: "", params: { prefix: "enc" }, out: "enc_k1_BeYpWQHZkgemyweHpXTg1W0AV1xocZdymLSQ3g" },
  ],
})
