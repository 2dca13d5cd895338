import * as v from "valibot"
import { defineOperation, ExactId, type CxoneClient } from "../../../core/index.ts"
import { type Source, type SourceRecord } from "../pipeline.ts"
import { createRecordsSource } from "./records.ts"

/** ACD `GET /contacts/{contactId}`; the v34 spec nests the contact under a property named contactId. */
export const contactGet = defineOperation({
  id: "contacts.get",
  api: "acd",
  method: "GET",
  path: "/contacts/{contactId}",
  idempotent: true,
  input: v.object({ contactId: v.string() }),
  output: v.looseObject({ contactId: v.looseObject({ contactId: ExactId, masterContactId: v.optional(ExactId) }) }),
})

/** Exactly one contact, by id: what a CXone "contact ended" callout anonymizes. */
export function createSingleSource(client: CxoneClient, from: "records" | "cxone", id: string): Source {
  if (from === "records") {
    const records = createRecordsSource(client)
    return {
      name: "records",
      async *pages() {
        const record = await records.get!(id)
        yield record ? [record] : [{ id, data: {}, error: "the contact does not exist in the records API" }]
      },
      get: records.get,
    }
  }
  return {
    name: "cxone",
    async *pages() {
      try {
        const res = await client.call(contactGet, { contactId: id })
        yield [{ id: res.contactId.contactId, data: res.contactId } satisfies SourceRecord]
      } catch (error) {
        if ((error as { code?: string }).code !== "E_NOT_FOUND") throw error
        yield [{ id, data: {}, error: "the contact does not exist in CXone" }]
      }
    },
  }
}
