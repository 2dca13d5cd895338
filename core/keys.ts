import { ConfigError } from "./errors.ts"
import { base64UrlDecode } from "./cxone/jwt.ts"

/** Secret keys for keyed transforms, by key id. The current id is used for new tokens. */
/** The key id of the throwaway key the embedded sandbox makes afresh for each command (no CXEDGE_HMAC_KEYS). */
export const EMBEDDED_SANDBOX_KEY = "sbx"

/**
 * What a command that writes tokens keyed with the embedded sandbox's throwaway key says: the same value gets another
 * token in another run, so two batches of one file never join. Undefined when none of `keyIds` is that key.
 * @example throwawayKeyWarning([rt.keys.current], "--mode hmac")
 */
export function throwawayKeyWarning(keyIds: readonly (string | undefined)[], what: string): string | undefined {
  if (!keyIds.includes(EMBEDDED_SANDBOX_KEY)) return undefined
  return `${what} without CXEDGE_HMAC_KEYS pseudonymizes with the embedded sandbox's throwaway key, made afresh for each run: the same value gets another token in another run; set CXEDGE_HMAC_KEYS to keep tokens across runs`
}

export interface KeyRing {
  current: string
  get(keyId: string): Uint8Array | undefined
  ids(): string[]
}

const KEY_ID = /^[a-z0-9]{1,16}$/
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/
const MIN_BYTES = 32

/**
 * Builds the key ring keyed transforms use. Keys come from the environment
 * or a secrets file (never from a matrix), as `id:base64` pairs; a key must
 * hold at least 32 random bytes, and an id may appear once. Errors name the
 * entry (its position and id), never the key.
 *
 * @example
 * createKeyRing("k1:3q2+7w...,k2:...", "k2")
 */
export function createKeyRing(spec: string | Record<string, string | Uint8Array> | undefined, current?: string, source = "CXEDGE_HMAC_KEYS"): KeyRing {
  const keys = new Map<string, Uint8Array>()
  const entries: [string, string | Uint8Array, string][] =
    typeof spec === "string"
      ? spec.split(",").map((s) => s.trim()).map((pair, i) => {
          const where = `${source} entry ${i + 1}`
          if (!pair) throw new ConfigError("keys", `${where} is empty (a stray comma?): write id:base64,id:base64`)
          const at = pair.indexOf(":")
          if (at < 0) throw new ConfigError("keys", `${where} has no colon: write each key as id:base64 (e.g. k1:...)`)
          if (at === 0) throw new ConfigError("keys", `${where} has no key id before the colon: write it as id:base64 (e.g. k1:...)`)
          return [pair.slice(0, at), pair.slice(at + 1), where]
        })
      : Object.entries(spec ?? {}).map(([id, raw]) => [id, raw, `${source} key ${id.slice(0, 20)}`])
  for (const [id, raw, where] of entries) {
    if (!KEY_ID.test(id)) throw new ConfigError("keys", `${where}: key id "${id.slice(0, 20)}" must be 1-16 lowercase letters or digits: fix ${source}`)
    if (keys.has(id)) throw new ConfigError("keys", `${where}: key id "${id}" is given twice: give each key its own id in ${source}`)
    let bytes: Uint8Array
    if (typeof raw === "string") {
      const text = raw.trim()
      if (!text) throw new ConfigError("keys", `${where}: key ${id} is empty: generate one with \`openssl rand -base64 32\``)
      // Two keys run together with another separator (`k1:...;k2:...`, `k1:... k2:...`): said so, not "not base64".
      const joined = /[;\s|]+[a-z0-9]{1,16}:/.exec(text)
      if (joined) throw new ConfigError("keys", `${where}: key ${id} runs into another key id after "${joined[0].replace(/[a-z0-9]+:$/, "").trim() || "a space"}": separate keys with commas (id:base64,id:base64)`)
      if (!BASE64.test(text) || text.replace(/=+$/, "").length % 4 === 1) throw new ConfigError("keys", `${where}: key ${id} is not valid base64: generate one with \`openssl rand -base64 32\``)
      try {
        bytes = base64UrlDecode(text.replace(/=+$/, ""))
      } catch {
        throw new ConfigError("keys", `${where}: key ${id} is not valid base64: generate one with \`openssl rand -base64 32\``)
      }
    } else bytes = raw
    if (bytes.length < MIN_BYTES) throw new ConfigError("keys", `${where}: key ${id} has ${bytes.length} bytes, at least ${MIN_BYTES} are needed: generate one with \`openssl rand -base64 32\``)
    keys.set(id, bytes)
  }
  if (keys.size === 0 && current) throw new ConfigError("keys", `CXEDGE_HMAC_KEY_ID is set, but ${source} is not: set the key ring it picks a key from (id:base64,...), or unset CXEDGE_HMAC_KEY_ID`)
  const chosen = current ?? [...keys.keys()].at(-1) ?? ""
  // Key ids are no secret: the ones there are said, so a slip (K1 for k1) is seen at once.
  if (keys.size > 0 && !keys.has(chosen)) throw new ConfigError("keys", `current key id "${chosen.slice(0, 20)}" is not among the configured keys (${[...keys.keys()].join(", ")}): fix CXEDGE_HMAC_KEY_ID`)
  return { current: chosen, get: (id) => keys.get(id), ids: () => [...keys.keys()] }
}
