import { createIdentityLookup, type CxoneClient, type Identifier, type IdentityHit } from "../../../core/index.ts"
import { contactsCompleted, recordsList } from "../operations.ts"

/**
 * The erasure's identity lookup for core's `resolveIdentity`: core's
 * `createIdentityLookup` over this plugin's own operations, in the erasure's
 * window. The subject plugin's export makes one over its own operation ids,
 * so neither plugin needs the other loaded.
 */
export function createErasureLookup(client: CxoneClient, window: { since?: string; until?: string }): (identifier: Identifier) => Promise<IdentityHit> {
  return createIdentityLookup(client, { recordsList, completedByAddress: contactsCompleted }, { ...window, top: 100 })
}
