import { ConfigError, type Runtime, type WriteCandidate, type WriteSubject } from "../../core/index.ts"
import { subjectToken } from "../../core/pseudonym.ts"

/** What the gate reads of a hold (store.ts `Hold`). */
interface Hold {
  id: string
  kind: "email" | "phone" | "contact"
  token?: string
  keyId?: string
  contactId?: string
  subjects?: { type: WriteSubject["type"]; token: string }[]
}

const subjectType = { email: "EMAIL", phone: "PHONENO" } as const

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
  const keyIds = [...new Set(active.flatMap((h) => (h.keyId ? [h.keyId] : [])))]
  // A hold whose key left the ring could no longer be matched: writes stop rather than pass it by.
  const lost = keyIds.find((k) => !rt.keys.get(k))
  if (lost) throw new ConfigError("hold", `active holds were made under key "${lost}", which is not in CXEDGE_HMAC_KEYS: keep that key in the ring while they hold`)
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
