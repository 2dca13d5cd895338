import { createHmac, hkdfSync } from "node:crypto"
import { ConfigError } from "./errors.ts"
import type { KeyRing } from "./keys.ts"

export type KeyPurpose = "hmac" | "aead" | "siv"

const cache = new WeakMap<KeyRing, Map<string, Partial<Record<KeyPurpose, Buffer>>>>()

/**
 * A per-purpose subkey (HKDF-SHA256) of a key ring entry, so one configured
 * key never serves two algorithms directly. Cached per ring and key id
 * (this sits on the hot path of every keyed field).
 */
export function subkey(keys: KeyRing, keyId: string, purpose: KeyPurpose): Buffer {
  let byId = cache.get(keys)
  if (!byId) cache.set(keys, (byId = new Map()))
  let slots = byId.get(keyId)
  if (!slots) byId.set(keyId, (slots = {}))
  let key = slots[purpose]
  if (!key) {
    const raw = keys.get(keyId)
    if (!raw) throw new ConfigError("keys", `key "${keyId}" is not in CXEDGE_HMAC_KEYS: add it or pick another keyId`)
    key = slots[purpose] = Buffer.from(hkdfSync("sha256", raw, new Uint8Array(0), `cxedge/${purpose}/v1`, 32))
  }
  return key
}

export const hmacSha256 = (key: Buffer, data: string) => createHmac("sha256", key).update(data).digest()

export interface TokenOptions {
  /** Key id in the ring; the current key when absent. */
  keyId?: string
  /** Default "tok". */
  prefix?: string
  /** MAC bytes kept (default 16). */
  bytes?: number
  /** Separates pseudonym domains. */
  domain?: string
}

/**
 * The keyed pseudonym `<prefix>_<keyId>_<base64url HMAC-SHA256>` of a value
 * (already normalized by the caller): the field-level `hmac` transform and
 * `scrub`'s `hmac` mode both call this, so a phone number in a note and in
 * the `phone` field give one token.
 */
export function pseudonymToken(keys: KeyRing, value: string, options: TokenOptions = {}): string {
  const keyId = options.keyId ?? keys.current
  const mac = hmacSha256(subkey(keys, keyId, "hmac"), options.domain === undefined ? value : `${options.domain}\u0000${value}`)
  return `${options.prefix ?? "tok"}_${keyId}_${mac.subarray(0, options.bytes ?? 16).toString("base64url")}`
}

/**
 * A data subject's keyed token, `sub_<keyId>_<16 bytes>` of the normalized
 * email or phone: erasure events and audit records, legal holds and access
 * exports all name a person by it, so one person has one token everywhere.
 */
export const subjectToken = (keys: KeyRing, value: string, keyId?: string): string => pseudonymToken(keys, value, { keyId, prefix: "sub", bytes: 16 })

/** The subject's token, or undefined when the key ring is empty (each caller says how it names an unkeyed subject). */
export const keyedSubjectToken = (keys: KeyRing, value: string): string | undefined => (keys.ids().length === 0 ? undefined : subjectToken(keys, value))
