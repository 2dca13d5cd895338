import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto"
import { ConfigError, type KeyRing } from "../../core/index.ts"
import { subkey } from "../../core/pseudonym.ts"

/**
 * A subject identifier encrypted for the time it waits in the task queue:
 * AES-256-GCM under the key ring's current key (HKDF subkey), a random
 * nonce, the key id bound as associated data. No key ring: refused, and the
 * sender sees why (the identifier is never queued in clear).
 */
export function sealSubject(keys: KeyRing, value: string): string {
  if (keys.ids().length === 0) throw new ConfigError("subject", "access requests need CXEDGE_HMAC_KEYS: the subject is kept encrypted until the export runs, and the export is stored encrypted")
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", subkey(keys, keys.current, "aead"), iv)
  cipher.setAAD(Buffer.from(`subject:${keys.current}`))
  const body = Buffer.concat([cipher.update(value, "utf8"), cipher.final()])
  return `${keys.current}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`
}

export function openSubject(keys: KeyRing, sealed: string): string {
  const dot = sealed.indexOf(".")
  const keyId = sealed.slice(0, dot)
  const raw = Buffer.from(sealed.slice(dot + 1), "base64url")
  if (dot < 1 || !keys.get(keyId) || raw.length < 29) throw new ConfigError("subject", `a queued access request was sealed under key "${keyId.slice(0, 16)}", which is not in CXEDGE_HMAC_KEYS: add the key back to run it`)
  const decipher = createDecipheriv("aes-256-gcm", subkey(keys, keyId, "aead"), raw.subarray(0, 12))
  decipher.setAAD(Buffer.from(`subject:${keyId}`))
  decipher.setAuthTag(raw.subarray(raw.length - 16))
  return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString("utf8")
}
