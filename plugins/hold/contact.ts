import * as v from "valibot"
import { ConfigError, defineOperation, ExactId, subjectsOfRecord, ValidationError, type Runtime, type WriteSubject } from "../../core/index.ts"

// Read-only calls of `hold add --contact`, with ids of their own (`hold.*`): the plugin depends on no other's being loaded.

/** The records API's contact by id (its `email` and `phone`). */
export const holdRecordGet = defineOperation({
  id: "hold.records.get",
  api: "records",
  method: "GET",
  path: "/contacts/{id}",
  idempotent: true,
  input: v.object({ id: v.string() }),
  output: v.looseObject({ id: ExactId }),
})

/** ACD `GET /contacts/{contactId}` (the v34 spec nests the contact under a property named contactId; its `fromAddress`). */
export const holdContactGet = defineOperation({
  id: "hold.contacts.get",
  api: "acd",
  method: "GET",
  path: "/contacts/{contactId}",
  idempotent: true,
  input: v.object({ contactId: v.string() }),
  output: v.looseObject({ contactId: v.optional(v.looseObject({})) }),
})

export const holdOperations = [holdRecordGet, holdContactGet]

const notFound = (error: unknown) => (error as { code?: string }).code === "E_NOT_FOUND"

/**
 * The people a contact names, read from the tenant when it is held: CXone's
 * Privacy erasure is tenant-wide (it reaches every contact of a subject), so
 * holding one contact must hold its subjects too. Both APIs are read (the
 * records API where it is configured, and ACD); a contact neither knows is
 * refused, so a hold never claims to hold what cxedge cannot recognize.
 * Other read failures are thrown as they are: nothing is stored.
 */
export async function contactSubjects(rt: Runtime, id: string): Promise<WriteSubject[]> {
  if (!rt.hasTenant) throw new ConfigError("hold", "a contact hold reads the contact to hold its person too, and no tenant is configured: set the tenant variables (or use the embedded sandbox)")
  const found: Record<string, unknown>[] = []
  if (rt.client.tenant.records) {
    try {
      found.push(await rt.client.call(holdRecordGet, { id }))
    } catch (error) {
      if (!notFound(error)) throw error
    }
  }
  try {
    const res = await rt.client.call(holdContactGet, { contactId: id })
    if (res.contactId) found.push(res.contactId)
  } catch (error) {
    if (!notFound(error)) throw error
  }
  if (found.length === 0) {
    throw new ValidationError("hold", `contact ${JSON.stringify(id)} was not found on the tenant (records API or ACD): check the id; nothing was held`, "contact", "E_USAGE")
  }
  const seen = new Map<string, WriteSubject>()
  for (const data of found) for (const s of subjectsOfRecord(data)) seen.set(`${s.type}:${s.value}`, s)
  return [...seen.values()]
}
