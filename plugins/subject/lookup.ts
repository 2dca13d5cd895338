import { identifierOf, type Identifier, type IdentityHit, type Runtime } from "../../core/index.ts"
import { completedByAddress, recordsList } from "./operations.ts"
import type { SubjectSettings } from "./settings.ts"

const key = (i: Identifier) => `${i.type}:${i.value}`

/** The identifiers a records API contact carries: its `email` and `phone`, normalized (unreadable values are none). */
export function recordIdentifiers(record: Record<string, unknown>): Identifier[] {
  return [identifierOf(record.email, "EMAIL"), identifierOf(record.phone, "PHONENO")].filter((i): i is Identifier => !!i)
}

export interface TenantLookup {
  lookup(identifier: Identifier): Promise<IdentityHit>
  /** The ACD completed contacts found so far, by contact id (the document's `completedContacts`). */
  completed: Map<string, Record<string, unknown>>
}

/**
 * Finds a person's contacts on the tenant by one identifier: records API
 * contacts whose email or phone is it (the records API has no filter, so it
 * is read once and indexed by identifier, values kept only in this process),
 * and ACD completed contacts whose `fromAddress` is it, in the window.
 * Contact ids are `records:<id>` and `acd:<id>`.
 */
export function createTenantLookup(rt: Runtime, settings: SubjectSettings): TenantLookup {
  let index: Promise<Map<string, { id: string; identifiers: Identifier[] }[]>> | undefined
  const readIndex = async () => {
    const byIdentifier = new Map<string, { id: string; identifiers: Identifier[] }[]>()
    for await (const page of rt.client.paginate(recordsList, { pageSize: 500 })) {
      for (const record of page as Record<string, unknown>[]) {
        const identifiers = recordIdentifiers(record)
        for (const i of identifiers) {
          const list = byIdentifier.get(key(i)) ?? []
          list.push({ id: String(record.id), identifiers })
          byIdentifier.set(key(i), list)
        }
      }
    }
    return byIdentifier
  }
  const completed = new Map<string, Record<string, unknown>>()
  const endDate = new Date(rt.clock.now()).toISOString()
  const startDate = new Date(rt.clock.now() - settings.windowDays * 86_400_000).toISOString()
  return {
    completed,
    async lookup(identifier) {
      const hasRecords = !!rt.client.tenant.records
      const records = hasRecords ? ((await (index ??= readIndex())).get(key(identifier)) ?? []) : []
      const contacts = records.map((r) => `records:${r.id}`)
      const identifiers = records.flatMap((r) => r.identifiers)
      for await (const page of rt.client.paginate(completedByAddress, { startDate, endDate, fromAddress: identifier.value })) {
        for (const c of page as Record<string, unknown>[]) {
          if (c.contactId === undefined) continue
          const id = String(c.contactId)
          completed.set(id, c)
          contacts.push(`acd:${id}`)
          const from = identifierOf(c.fromAddress)
          if (from) identifiers.push(from)
        }
      }
      return { contacts, identifiers }
    },
  }
}
