import { createHmac, hkdfSync } from "node:crypto"
import { ConfigError, type KeyRing } from "../../../core/index.ts"

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
    if (!raw) throw new ConfigError("anonymize", `key "${keyId}" is not in CXEDGE_HMAC_KEYS: add it or pick another keyId`)
    key = slots[purpose] = Buffer.from(hkdfSync("sha256", raw, new Uint8Array(0), `cxedge/${purpose}/v1`, 32))
  }
  return key
}

export const hmacSha256 = (key: Buffer, data: string) => createHmac("sha256", key).update(data).digest()
