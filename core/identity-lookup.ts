import { contactAddress, fromAddressForms, holdsIdentifier } from "./address-forms.ts"
import type { Operation } from "./cxone/operation.ts"
import type { CxoneClient } from "./cxone/types.ts"
import { identifierOf, type Identifier, type IdentityHit } from "./identity.ts"

/** The two read-only calls a lookup makes; each plugin passes its own (their ids differ, so neither needs the other loaded). */
export interface LookupOperations {
  /** The records API's contacts, paged (given `{ pageSize }`): it has no filter by email or phone. */
  recordsList: Operation<any, unknown>
  /** ACD completed contacts whose `fromAddress` is the identifier (given `{ startDate, endDate, fromAddress, top? }`). */
  completedByAddress: Operation<any, unknown>
}

export interface LookupWindow {
  since?: string
  until?: string
  /** Completed contacts asked for per page (the operation's default without it). */
  top?: number
  /** Each ACD completed contact found, by id (an access export keeps them for its document). */
  onCompleted?(id: string, contact: Record<string, unknown>): void
}

const key = (i: Identifier) => `${i.type}:${i.value}`

/** The identifiers a records API contact carries: its `email` and `phone`, normalized (unreadable values are none). */
export function recordIdentifiers(record: Record<string, unknown>): Identifier[] {
  return [identifierOf(record.email, "EMAIL", true), identifierOf(record.phone, "PHONENO", true)].filter((i): i is Identifier => !!i)
}

/**
 * A lookup for `resolveIdentity`: the records API contacts whose email or
 * phone is the identifier (the records API has no filter: it is read once per
 * lookup and indexed, values kept only in this process), and the ACD
 * completed contacts whose `fromAddress` is it, in the window. Contact ids are
 * `records:<id>` and `acd:<id>`. Access exports and erasures resolve a person
 * through it, each with its own operations.
 */
export function createIdentityLookup(client: CxoneClient, ops: LookupOperations, window: LookupWindow): (identifier: Identifier) => Promise<IdentityHit> {
  let index: Promise<Map<string, { id: string; identifiers: Identifier[] }[]>> | undefined
  const readIndex = async () => {
    const byIdentifier = new Map<string, { id: string; identifiers: Identifier[] }[]>()
    for await (const page of client.paginate(ops.recordsList, { pageSize: 500 })) {
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
  return async (identifier) => {
    const records = client.tenant.records ? ((await (index ??= readIndex())).get(key(identifier)) ?? []) : []
    const contacts = records.map((r) => `records:${r.id}`)
    const identifiers = records.flatMap((r) => r.identifiers)
    // One query per form the ACD may hold the number in; a contact two forms find is counted once.
    const seen = new Set<string>()
    for (const fromAddress of fromAddressForms(identifier, client.tenant.fromAddressForms)) {
      const input = { startDate: window.since, endDate: window.until, fromAddress, ...(window.top ? { top: window.top } : {}) }
      for await (const page of client.paginate(ops.completedByAddress, input)) {
        for (const c of page as Record<string, unknown>[]) {
          // A contact another caller made (a tenant that ignores the filter) is not this person's.
          if (c.contactId === undefined || seen.has(String(c.contactId)) || !holdsIdentifier(contactAddress(c), identifier, client.tenant.fromAddressForms)) continue
          const id = String(c.contactId)
          seen.add(id)
          window.onCompleted?.(id, c)
          contacts.push(`acd:${id}`)
          const from = identifierOf(contactAddress(c), undefined, true)
          if (from) identifiers.push(from)
        }
      }
    }
    return { contacts, identifiers }
  }
}
