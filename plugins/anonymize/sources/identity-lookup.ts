import { identifierOf, type CxoneClient, type Identifier, type IdentityHit } from "../../../core/index.ts"
import { contactsCompleted, recordsList } from "../operations.ts"

const key = (i: Identifier) => `${i.type}:${i.value}`

/** The identifiers a records API contact carries: its `email` and `phone`, normalized (unreadable values are none). */
const recordIdentifiers = (record: Record<string, unknown>): Identifier[] =>
  [identifierOf(record.email, "EMAIL"), identifierOf(record.phone, "PHONENO")].filter((i): i is Identifier => !!i)

/**
 * The erasure's own identity lookup for core's `resolveIdentity`: records API
 * contacts whose email or phone is the identifier (the records API has no
 * filter: it is read once per lookup object and indexed, values kept only in
 * this process), and CXone completed contacts whose `fromAddress` is it, in
 * the erasure's window. The subject plugin's export has a lookup of its own
 * over its own operation ids, so neither plugin needs the other loaded.
 */
export function createErasureLookup(client: CxoneClient, window: { since?: string; until?: string }): (identifier: Identifier) => Promise<IdentityHit> {
  let index: Promise<Map<string, { id: string; identifiers: Identifier[] }[]>> | undefined
  const readIndex = async () => {
    const byIdentifier = new Map<string, { id: string; identifiers: Identifier[] }[]>()
    for await (const page of client.paginate(recordsList, { pageSize: 500 })) {
      for (const record of page as Record<string, unknown>[]) {
        const identifiers = recordIdentifiers(record)
        for (const i of identifiers) byIdentifier.set(key(i), [...(byIdentifier.get(key(i)) ?? []), { id: String(record.id), identifiers }])
      }
    }
    return byIdentifier
  }
  return async (identifier) => {
    const records = client.tenant.records ? ((await (index ??= readIndex())).get(key(identifier)) ?? []) : []
    const contacts = records.map((r) => `records:${r.id}`)
    const identifiers = records.flatMap((r) => r.identifiers)
    const input = { startDate: window.since, endDate: window.until, fromAddress: identifier.value, top: 100 }
    for await (const page of client.paginate(contactsCompleted, input)) {
      for (const c of page as Record<string, unknown>[]) {
        if (c.contactId === undefined) continue
        contacts.push(`acd:${String(c.contactId)}`)
        const from = identifierOf(c.fromAddress)
        if (from) identifiers.push(from)
      }
    }
    return { contacts, identifiers }
  }
}
