import * as v from "valibot"
import { defineOperation, ExactId, pageToken, skipTop } from "../../core/index.ts"

// Ids arrive as JSON numbers or strings (a number beyond 2^53 already as exact
// digits, see parseJsonExact) and leave as strings, so nothing downstream rounds them.
const Record = v.looseObject({ id: ExactId })

/** ACD reporting: completed contacts in a date window, skip/top paging, 204 when empty. */
export const contactsCompleted = defineOperation({
  id: "contacts.completed",
  api: "acd",
  method: "GET",
  path: "/contacts/completed",
  idempotent: true,
  input: v.object({
    startDate: v.optional(v.string()),
    endDate: v.optional(v.string()),
    updatedSince: v.optional(v.string()),
    fromAddress: v.optional(v.string()),
    skip: v.optional(v.number()),
    top: v.optional(v.number()),
  }),
  output: v.optional(
    v.looseObject({
      // contactId is optional here so one contact without it is rejected on its own by the source, not its whole page.
      completedContacts: v.array(v.looseObject({ contactId: v.optional(ExactId), masterContactId: v.optional(ExactId) })),
      totalRecords: v.optional(v.number()),
    }),
  ),
  paginate: skipTop("completedContacts", 100),
})

/** The seed contract's records API. */
export const recordsList = defineOperation({
  id: "records.list",
  api: "records",
  method: "GET",
  path: "/contacts",
  idempotent: true,
  input: v.object({ pageSize: v.optional(v.number()), pageToken: v.optional(v.string()) }),
  output: v.object({ contacts: v.array(Record), pageToken: v.optional(v.string()) }),
  paginate: pageToken("contacts"),
})

export const recordsGet = defineOperation({
  id: "records.get",
  api: "records",
  method: "GET",
  path: "/contacts/{id}",
  idempotent: true,
  input: v.object({ id: v.string() }),
  output: Record,
})

/**
 * Not idempotent by itself; the patch target makes it safe with If-Match. Any answer is taken: a 2xx
 * with the record, with no body (202, 204) or with the record as it was before; the target reads back
 * what its answer does not show.
 */
export const recordsPatch = defineOperation({
  id: "records.patch",
  api: "records",
  method: "PATCH",
  path: "/contacts/{id}",
  idempotent: false,
  body: "patch",
  input: v.object({ id: v.string(), patch: v.record(v.string(), v.unknown()) }),
  output: v.unknown(),
})

/** CXone Privacy: one erasure request per subject identifier. */
export const privacyErasure = defineOperation({
  id: "privacy.erasure",
  api: "privacy",
  method: "POST",
  path: "/erasure",
  idempotent: false,
  input: v.object({ subjectIdentifier: v.string(), subjectIdentifierType: v.picklist(["PHONENO", "EMAIL", "USER"]) }),
  output: v.object({ requestId: v.string() }),
})

/**
 * GUESS: DFO case history (the SDK calls it with page and size; the response
 * shape is not published). Any JSON object is accepted here: which key holds
 * the messages (`data` or `messages`) and how it pages (`scrollToken` or
 * `page`) is decided by `targets/dfo-history.ts`, which refuses what it cannot
 * read rather than take it for an empty history.
 */
export const dfoHistory = defineOperation({
  id: "dfo.history",
  api: "dfo",
  method: "GET",
  path: "/contacts/{contactNumber}/history",
  idempotent: true,
  input: v.object({
    // A string end to end: DFO contact numbers are 15+ digits and must never pass through a JS number.
    contactNumber: v.string(),
    page: v.optional(v.number()),
    size: v.optional(v.number()),
    scrollToken: v.optional(v.string()),
  }),
  output: v.looseObject({}),
})

const removal = (kind: "content-removal" | "author-name-removal") =>
  defineOperation({
    id: `dfo.message.${kind}`,
    api: "dfo",
    method: "POST",
    path: `/messages/{messageId}/${kind}`,
    // Removing what is already removed answers 409 and changes nothing: safe to repeat.
    idempotent: true,
    input: v.object({ messageId: v.string(), reason: v.picklist(["GDPR", "TTL", "other"]) }),
    output: v.unknown(),
  })
export const dfoContentRemoval = removal("content-removal")
export const dfoAuthorNameRemoval = removal("author-name-removal")

export const anonymizeOperations = [contactsCompleted, recordsList, recordsGet, recordsPatch, privacyErasure, dfoHistory, dfoContentRemoval, dfoAuthorNameRemoval]
