import { ConfigError, EMBEDDED_SANDBOX_KEY, inProcessMemory, type Runtime, type WriteCandidate, type WriteSubject } from "../../core/index.ts"
import { hmacSha256, subjectToken, subkey } from "../../core/pseudonym.ts"

/** What the gate reads of a hold (store.ts `Hold`). */
interface Hold {
  id: string
  kind: "email" | "phone" | "contact"
  token?: string
  keyId?: string
  keyCheck?: string
  contactId?: string
  subjects?: { type: WriteSubject["type"]; token: string }[]
}

const subjectType = { email: "EMAIL", phone: "PHONENO" } as const

/** A key's check value (16 bytes of a keyed digest of a constant, never the key): which key a hold's tokens were made under. */
export const keyCheck = (rt: Runtime, keyId: string) => hmacSha256(subkey(rt.keys, keyId, "hmac"), "cxedge/hold\u0000key-check").subarray(0, 16).toString("base64url")

/** Whether the runtime's storage is memory: it ends with this process, and so does what is stored there. */
export const inMemory = (rt: Runtime) => inProcessMemory(rt.storage)

/**
 * The key a new hold's tokens are made under: its id and check value. The embedded sandbox's throwaway key is made
 * afresh for each command (and server start), so a hold stored past this process under it would match nothing in the
 * next: refused, before anything is stored. `what` says what would be held as a token.
 */
export function holdKey(rt: Runtime, what: string): { keyId: string; keyCheck: string } {
  const keyId = rt.keys.current
  if (keyId === EMBEDDED_SANDBOX_KEY && !inMemory(rt)) {
    throw new ConfigError("hold", `${what}, and without CXEDGE_HMAC_KEYS the key is the embedded sandbox's throwaway key, made afresh for each command (or server start): the hold would match nothing after this one; set CXEDGE_HMAC_KEYS; nothing was held`)
  }
  return { keyId, keyCheck: keyCheck(rt, keyId) }
}

/**
 * Refuses when an active hold's tokens could no longer be matched: its key left the ring, or another key took its id
 * (a mistyped or regenerated secret), and every subject it holds would pass unheld. Names the hold and the key id,
 * never a key. A hold stored before check values were kept is checked for its key's presence only.
 */
export function refuseUnmatchable(rt: Runtime, active: readonly Hold[]): void {
  const checks = new Map<string, string>()
  for (const h of active) {
    if (!h.keyId) continue
    if (!rt.keys.get(h.keyId)) throw new ConfigError("hold", `active holds were made under key "${h.keyId}", which is not in CXEDGE_HMAC_KEYS: keep that key in the ring while they hold`)
    if (!h.keyCheck) continue
    if (!checks.has(h.keyId)) checks.set(h.keyId, keyCheck(rt, h.keyId))
    if (checks.get(h.keyId) === h.keyCheck) continue
    throw new ConfigError(
      "hold",
      `hold ${h.id} was made under key "${h.keyId}", and CXEDGE_HMAC_KEYS has another key under that id: the subjects it holds would match nothing, so nothing is written; set the key it was made under as ${h.keyId} (or release the hold and add it again under this key)`,
    )
  }
}

/** Per candidate, the id of the first active hold on its contact, or on one of its subjects (a subject hold's, or a contact hold's subjects). */
export function holdVerdicts(rt: Runtime, active: Hold[], candidates: readonly WriteCandidate[]): (string | undefined)[] {
  if (active.length === 0) return candidates.map(() => undefined)
  const byContact = new Map(active.filter((h) => h.contactId).map((h) => [h.contactId!, h.id]))
  // A subject hold's token, and a contact hold's subjects' tokens: each with its type and the hold that holds it.
  const byToken = new Map<string, { type: WriteSubject["type"]; id: string }>()
  for (const h of active) {
    if (h.token) byToken.set(h.token, { type: subjectType[h.kind as "email" | "phone"], id: h.id })
    for (const s of h.subjects ?? []) if (!byToken.has(s.token)) byToken.set(s.token, { type: s.type, id: h.id })
  }
  // A hold whose key left the ring, or whose key id names another key now, could no longer be matched: writes stop rather than pass it by.
  refuseUnmatchable(rt, active)
  const keyIds = [...new Set(active.flatMap((h) => (h.keyId ? [h.keyId] : [])))]
  const heldSubject = (s: WriteSubject) => {
    for (const keyId of keyIds) {
      const hold = byToken.get(subjectToken(rt.keys, s.value, keyId))
      if (hold && hold.type === s.type) return hold.id
    }
    return undefined
  }
  // `subjects` may be computed on reading (a page's phone numbers parsed): read only when a subject is held.
  // Tokens made under a key id that holds were made under compare as they are (a stored plan keeps no values).
  const heldToken = (t: { keyId: string; tokens: readonly { type: WriteSubject["type"]; token: string }[] }) =>
    keyIds.includes(t.keyId) ? t.tokens.map((s) => byToken.get(s.token)).find((h, i) => h && h.type === t.tokens[i]!.type)?.id : undefined
  return candidates.map(
    (c) => (c.contactId !== undefined && byContact.get(c.contactId)) || (byToken.size ? (c.subjectTokens ? heldToken(c.subjectTokens) : c.subjects?.map(heldSubject).find(Boolean)) : undefined),
  )
}
