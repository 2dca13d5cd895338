import { ConfigError } from "./errors.ts"
import type { KeyRing } from "./plugin.ts"
import { base64UrlDecode } from "./cxone/jwt.ts"

const KEY_ID = /^[a-z0-9]{1,16}$/

/**
 * Builds the key ring keyed transforms use. Keys come from the environment
 * or a secrets file (never from a matrix), as `id:base64` pairs; a key must
 * hold at least 32 random bytes.
 *
 * @example
 * createKeyRing("k1:3q2+7w...,k2:...", "k2")
 */
export function createKeyRing(spec: string | Record<string, string | Uint8Array> | undefined, current?: string): KeyRing {
  const keys = new Map<string, Uint8Array>()
  const entries: [string, string | Uint8Array][] =
    typeof spec === "string"
      ? spec.split(",").map((s) => s.trim()).filter(Boolean).map((pair) => {
          const at = pair.indexOf(":")
          if (at < 1) throw new ConfigError("keys", "a key must be written as id:base64 (e.g. k1:...): fix CXEDGE_HMAC_KEYS")
          return [pair.slice(0, at), pair.slice(at + 1)]
        })
      : Object.entries(spec ?? {})
  for (const [id, raw] of entries) {
    if (!KEY_ID.test(id)) throw new ConfigError("keys", `key id "${id.slice(0, 20)}" must be 1-16 lowercase letters or digits: fix CXEDGE_HMAC_KEYS`)
    let bytes: Uint8Array
    try {
      bytes = typeof raw === "string" ? base64UrlDecode(raw.trim()) : raw
    } catch {
      throw new ConfigError("keys", `key ${id} is not valid base64: fix CXEDGE_HMAC_KEYS`)
    }
    if (bytes.length < 32) throw new ConfigError("keys", `key ${id} has ${bytes.length} bytes, at least 32 are needed: generate one with \`openssl rand -base64 32\``)
    keys.set(id, bytes)
  }
  const chosen = current ?? [...keys.keys()].at(-1) ?? ""
  if (keys.size > 0 && !keys.has(chosen)) throw new ConfigError("keys", `current key id "${chosen}" is not among the configured keys: fix CXEDGE_HMAC_KEY_ID`)
  return { current: chosen, get: (id) => keys.get(id), ids: () => [...keys.keys()] }
}
