import { createHmac, timingSafeEqual } from "node:crypto"
import { base64UrlDecode, base64UrlEncode } from "./cxone/jwt.ts"
import { ConfigError } from "./errors.ts"
import type { KeyRing } from "./keys.ts"

const KEY_ID = /^[a-z0-9]{1,16}$/

/**
 * The audit key: HMAC-SHA256 over each record's hash and over each
 * checkpoint. HMAC rather than Ed25519 because node:crypto's HMAC is
 * synchronous and identical on Bun, Node and Workers (nodejs_compat), and
 * cheap enough (about 2 µs) to sign every record, not only checkpoints.
 * It is kept apart from the pseudonymization keys: whoever can verify can
 * also sign, so it guards against someone with storage access, not against
 * whoever holds the key.
 */
export interface AuditKey {
  /** Key id of the signing key (the last one listed). */
  readonly id: string
  /** Every key id the ring verifies with (the signing one last). */
  readonly ids?: readonly string[]
  /** True for the public sandbox demo key: its signatures prove nothing. */
  readonly demo: boolean
  /** `kid.base64url(HMAC)` over a domain-separated message. */
  sign(domain: string, message: string): string
  /** True when `signature` is this ring's over the message; a reason when not. */
  check(domain: string, message: string, signature: unknown): true | string
}

function mac(key: Uint8Array, domain: string, message: string): Buffer {
  return createHmac("sha256", key).update(`cxedge-audit:${domain}\u0000`).update(message).digest()
}

function ring(keys: Map<string, Uint8Array>, demo: boolean): AuditKey {
  const id = [...keys.keys()].at(-1)!
  const current = keys.get(id)!
  return {
    id,
    ids: [...keys.keys()],
    demo,
    sign: (domain, message) => `${id}.${base64UrlEncode(mac(current, domain, message))}`,
    check(domain, message, signature) {
      if (typeof signature !== "string" || !signature.includes(".")) return "it is not signed"
      const [kid, value] = signature.split(".", 2) as [string, string]
      const key = keys.get(kid)
      if (!key) return `it is signed with audit key id "${kid.slice(0, 16)}", which CXEDGE_AUDIT_KEY does not hold`
      const expected = mac(key, domain, message)
      let given: Uint8Array
      try {
        given = base64UrlDecode(value)
      } catch {
        return "its signature does not verify"
      }
      return given.length === expected.length && timingSafeEqual(given, expected) ? true : "its signature does not verify"
    },
  }
}

/**
 * Parses `CXEDGE_AUDIT_KEY`: `base64` (key id `a1`) or `id:base64` pairs,
 * comma-separated, each at least 32 bytes; the last signs, all verify (so
 * a key can be rotated). A key equal to a pseudonymization key is refused.
 *
 * @example
 * createAuditKey("a2:...,a1:...", runtimeKeys)
 */
export function createAuditKey(spec: string, pseudonymization?: KeyRing): AuditKey {
  const keys = new Map<string, Uint8Array>()
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const at = part.indexOf(":")
    const [id, raw] = at < 0 ? ["a1", part] : [part.slice(0, at), part.slice(at + 1)]
    if (!KEY_ID.test(id)) throw new ConfigError("audit", `audit key id "${id.slice(0, 20)}" must be 1-16 lowercase letters or digits: fix CXEDGE_AUDIT_KEY`)
    let bytes: Uint8Array
    try {
      bytes = base64UrlDecode(raw.trim())
    } catch {
      throw new ConfigError("audit", `audit key ${id} is not valid base64: fix CXEDGE_AUDIT_KEY`)
    }
    if (bytes.length < 32) throw new ConfigError("audit", `audit key ${id} has ${bytes.length} bytes, at least 32 are needed: generate one with \`openssl rand -base64 32\` into CXEDGE_AUDIT_KEY`)
    for (const other of pseudonymization?.ids() ?? []) {
      const k = pseudonymization!.get(other)
      if (k && k.length === bytes.length && timingSafeEqual(k, bytes)) {
        throw new ConfigError("audit", `audit key ${id} is also pseudonymization key ${other}: CXEDGE_AUDIT_KEY must be a separate key (openssl rand -base64 32)`)
      }
    }
    if (keys.has(id)) throw new ConfigError("audit", `audit key id ${id} is listed twice: fix CXEDGE_AUDIT_KEY`)
    keys.set(id, bytes)
  }
  if (keys.size === 0) throw new ConfigError("audit", "CXEDGE_AUDIT_KEY is empty: set a key (openssl rand -base64 32) or unset the variable")
  return ring(keys, false)
}

/**
 * The sandbox's key when CXEDGE_AUDIT_KEY is unset: derived from a fixed,
 * public label, so it is the same in every process (an fs-backed sandbox
 * log verifies across runs) and worth nothing as evidence.
 */
export const demoAuditKey: AuditKey = ring(new Map([["demo", new Uint8Array(createHmac("sha256", "cxedge").update("public sandbox audit key").digest())]]), true)

/** What `audit` commands and the entries say when there is no audit key against a real tenant. */
export const MISSING_AUDIT_KEY =
  "CXEDGE_AUDIT_KEY is not set: against a real tenant audit records and checkpoints must be signed; generate a key apart from CXEDGE_HMAC_KEYS (openssl rand -base64 32) and set it, or remove the audit plugin from plugins"
