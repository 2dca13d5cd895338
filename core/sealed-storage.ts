import { createStorage, type Storage } from "unstorage"
import { base64UrlDecode, base64UrlEncode } from "./cxone/jwt.ts"

/** Where the keys of a sealed view come from: the key ring, or any `current`/`get` pair. */
export interface SealingKeys {
  current: string
  get(id: string): Uint8Array | undefined
}

interface Envelope {
  sealed: 1
  kid: string
  iv: string
  ct: string
}

const isEnvelope = (v: unknown): v is Envelope =>
  typeof v === "object" && v !== null && (v as Envelope).sealed === 1 && typeof (v as Envelope).kid === "string" && typeof (v as Envelope).ct === "string"

const utf8 = new TextEncoder()

/**
 * A view of `inner` whose values are encrypted at rest (AES-256-GCM under an
 * HKDF-SHA256 subkey of the current key, `cxedge/<purpose>/v1`; the storage
 * key is bound as associated data, so a value cannot be moved to another
 * key). A value that cannot be opened (an unknown key id, a clear-text value
 * from an older version, tampering) reads as absent and the clear one is
 * removed: the caller fetches a fresh one. Portable: WebCrypto only.
 *
 * @example
 * const tokens = sealedStorage(storage.tokens, keyRing, "tokens-at-rest")
 */
export function sealedStorage(inner: Storage, keys: SealingKeys, purpose: string): Storage {
  const subkeys = new Map<string, Promise<CryptoKey>>()
  const subkey = (kid: string): Promise<CryptoKey> | undefined => {
    const raw = keys.get(kid)
    if (!raw) return undefined
    let key = subkeys.get(kid)
    if (!key) {
      key = crypto.subtle
        .importKey("raw", raw as BufferSource, "HKDF", false, ["deriveKey"])
        .then((ikm) => crypto.subtle.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: utf8.encode(`cxedge/${purpose}/v1`) }, ikm, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]))
      subkeys.set(kid, key)
    }
    return key
  }

  async function open(key: string, stored: unknown): Promise<string | null> {
    if (stored === null || stored === undefined) return null
    const k = isEnvelope(stored) ? subkey(stored.kid) : undefined
    if (!isEnvelope(stored) || !k) {
      // Clear text (written before sealing existed) or sealed under a key that is gone: drop it.
      if (!isEnvelope(stored)) await inner.removeItem(key)
      return null
    }
    try {
      const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: base64UrlDecode(stored.iv) as BufferSource, additionalData: utf8.encode(key) }, await k, base64UrlDecode(stored.ct) as BufferSource)
      return new TextDecoder().decode(plain)
    } catch {
      return null
    }
  }

  return createStorage({
    driver: {
      name: `sealed:${purpose}`,
      hasItem: (key) => inner.hasItem(key),
      getItem: async (key) => open(key, await inner.getItem(key)),
      async setItem(key, value) {
        const k = subkey(keys.current)
        // No key to seal with: keep nothing rather than a clear token.
        if (!k) return
        const iv = crypto.getRandomValues(new Uint8Array(12))
        const ct = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: utf8.encode(key) }, await k, utf8.encode(value))
        await inner.setItem(key, { sealed: 1, kid: keys.current, iv: base64UrlEncode(iv), ct: base64UrlEncode(new Uint8Array(ct)) } satisfies Envelope)
      },
      removeItem: (key) => inner.removeItem(key),
      getKeys: (base) => inner.getKeys(base),
      clear: (base) => inner.clear(base),
    },
  })
}
