import * as v from "valibot"
import { defineOperation, ExactId, pageToken, skipTop } from "../../core/index.ts"

// Read-only calls of a subject access export. The anonymize plugin declares calls to the same endpoints
// for its jobs; these carry their own ids (`subject.*`), so neither plugin depends on the other's being loaded.

/** The seed contract's records API: every contact, pageToken paging (it offers no filter by email or phone). */
export const recordsList = defineOperation({
  id: "subject.records.list",
  api: "records",
  method: "GET",
  path: "/contacts",
  idempotent: true,
  input: v.object({ pageSize: v.optional(v.number()), pageToken: v.optional(v.string()) }),
  output: v.object({ contacts: v.array(v.looseObject({ id: ExactId })), pageToken: v.optional(v.string()) }),
  paginate: pageToken("contacts"),
})

export const recordsGet = defineOperation({
  id: "subject.records.get",
  api: "records",
  method: "GET",
  path: "/contacts/{id}",
  idempotent: true,
  input: v.object({ id: v.string() }),
  output: v.looseObject({ id: ExactId }),
})

/** ACD completed contacts whose `fromAddress` is the identifier, in a window (HIGH: the filter is documented). */
export const completedByAddress = defineOperation({
  id: "subject.contacts.completed",
  api: "acd",
  method: "GET",
  path: "/contacts/completed",
  idempotent: true,
  input: v.object({ startDate: v.string(), endDate: v.string(), fromAddress: v.string(), skip: v.optional(v.number()), top: v.optional(v.number()) }),
  output: v.optional(v.looseObject({ completedContacts: v.array(v.looseObject({ contactId: v.optional(ExactId) })), totalRecords: v.optional(v.number()) })),
  paginate: skipTop("completedContacts", 100),
})

/** GUESS (shape unpublished): a DFO contact's message history; which key lists the messages is decided by the reader. */
export const dfoHistory = defineOperation({
  id: "subject.dfo.history",
  api: "dfo",
  method: "GET",
  path: "/contacts/{contactNumber}/history",
  idempotent: true,
  input: v.object({ contactNumber: v.string(), page: v.optional(v.number()), size: v.optional(v.number()), scrollToken: v.optional(v.string()) }),
  output: v.looseObject({}),
})

/** DFO `GET /messages/{messageId}` (MED): one message with its text. */
export const dfoMessage = defineOperation({
  id: "subject.dfo.message",
  api: "dfo",
  method: "GET",
  path: "/messages/{messageId}",
  idempotent: true,
  input: v.object({ messageId: v.string() }),
  output: v.looseObject({}),
})

export const subjectOperations = [recordsList, recordsGet, completedByAddress, dfoHistory, dfoMessage]
