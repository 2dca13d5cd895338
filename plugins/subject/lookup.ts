import { createIdentityLookup, type Identifier, type IdentityHit, type Runtime } from "../../core/index.ts"
import { completedByAddress, recordsList } from "./operations.ts"
import type { SubjectSettings } from "./settings.ts"

export interface TenantLookup {
  lookup(identifier: Identifier): Promise<IdentityHit>
  /** The ACD completed contacts found so far, by contact id (the document's `completedContacts`). */
  completed: Map<string, Record<string, unknown>>
}

/**
 * Finds a person's contacts on the tenant by one identifier (core's
 * `createIdentityLookup` over this plugin's own operations), over the last
 * `windowDays`, keeping each ACD completed contact found for the document.
 */
export function createTenantLookup(rt: Runtime, settings: SubjectSettings): TenantLookup {
  const completed = new Map<string, Record<string, unknown>>()
  const until = new Date(rt.clock.now()).toISOString()
  const since = new Date(rt.clock.now() - settings.windowDays * 86_400_000).toISOString()
  const lookup = createIdentityLookup(rt.client, { recordsList, completedByAddress }, { since, until, onCompleted: (id, contact) => completed.set(id, contact) })
  return { completed, lookup }
}
