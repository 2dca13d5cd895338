/**
 * standin4's one tenant: its seed, its fault knobs and what it was asked to write.
 * Written from /work/shared/cxone-api.md and README's command docs; it imports nothing from cxedge.
 */

export const KEYS = {
  accessKeyId: "S4KEY+id/00000000000000000000000000000000000000=",
  accessKeySecret: "s4+access/secret==",
  clientId: "standin4-app",
  clientSecret: "standin4-client+secret/",
  recordsClientId: "records-s4",
  recordsClientSecret: "records-secret-s4",
}
export const TENANT_ID = "11ee0a4c-5d6e-4f70-8a91-b2c3d4e5f607"

/** What the tenant does where cxone-api.md is loose. Every knob off is a plain, well-behaved tenant. */
export interface Knobs {
  /** Reads (single GET) after a records write return the old record for this long. */
  staleMs: number
  /** The records listing leaves out a contact changed this recently. */
  listOmitsChangedMs: number
  /** The answer to a records PATCH that took effect. */
  patchAnswer: "record" | "202" | "204" | "pre-change"
  /** How the records API shows a version. */
  etag: "strong" | "weak" | "unquoted" | "body-only"
  /** The first PATCH of each record finds it changed by someone else: 412. */
  conflictOnce: boolean
  /** `expires_in` as a string, no refresh token, `bearer`, an id_token and unknown fields. */
  oddToken: boolean
  /** Discovery documents with trailing slashes and upper-case hosts. */
  oddDiscovery: boolean
  /** skills/activity: SPEC's shape, no rows, 204, or numbers as strings, offsets and extra fields. */
  activity: "plain" | "empty" | "204" | "odd"
  /** scripts/start: `{contactId: <number>}`, `{contactId: "<digits>"}` or 202 with no body. */
  scriptAnswer: "number" | "string" | "202"
  transcriptStatus: 200 | 201 | 202 | 204
  /** The last history page's cursor: absent, null or an empty string. */
  historyEnd: "absent" | "null" | "empty"
  /** Requests whose path contains `match` answer 429 `times` times, with these headers. */
  throttle?: { match: string; times: number; headers: Record<string, string> }
  /** Headers added to every successful API answer (rate-limit headers that may contradict the 429s). */
  okHeaders: Record<string, string>
}

export const defaultKnobs = (): Knobs => ({
  staleMs: 0,
  listOmitsChangedMs: 0,
  patchAnswer: "record",
  etag: "strong",
  conflictOnce: false,
  oddToken: false,
  oddDiscovery: false,
  activity: "plain",
  scriptAnswer: "number",
  transcriptStatus: 201,
  historyEnd: "absent",
  okHeaders: {},
})

export type Contact = Record<string, unknown> & { id: string }

/** The records API's contacts: every value a person's. */
export function seedRecords(): Contact[] {
  return [
    {
      id: "1001", firstName: "Zofia", lastName: "Wiśniewska", email: "zofia.wisniewska@example.org", phone: "+48601234567",
      notes: "Call Zofia Wiśniewska back on +48 601 234 567", customFields: [{ name: "callbackNote", value: "ring zofia.wisniewska@example.org" }],
    },
    {
      id: "1002", firstName: "Mehmet", lastName: "Öztürk", email: "mehmet.ozturk@example.net", phone: "+905321112233",
      notes: "Mehmet Öztürk asked about his invoice", customFields: [{ name: "tier", value: "gold" }],
    },
    {
      id: "1003", firstName: "Aoife", lastName: "Ní Bhriain", email: "aoife.nibhriain@example.ie", phone: "+353861234567",
      notes: "prefers email", customFields: [],
    },
  ]
}

/** DFO messages of digital contact 600044000001 (chat): emoji, right-to-left text, attachments. */
export const CHAT = "600044000001"
export function seedMessages(): Record<string, unknown>[] {
  const at = (m: number) => `2026-11-20T09:${String(m).padStart(2, "0")}:00.000+04:00`
  return [
    { id: "m-1", direction: "inbound", createdAt: at(1), authorEndUserIdentity: { fullName: "Layla Haddad" }, messageContent: { type: "TEXT", text: "مرحبا 👋 أنا ليلى، رقمي +971501234567" } },
    { id: "m-2", direction: "outbound", createdAt: at(2), authorUser: { firstName: "Sven", surname: "Lindqvist" }, messageContent: { type: "TEXT", text: "שלום! 🙂 how can I help?" } },
    {
      id: "m-3", direction: "inbound", createdAt: at(3), authorEndUserIdentity: { fullName: "Layla Haddad" },
      messageContent: { type: "TEXT", text: "passport attached 📎 layla.haddad@example.ae" },
      attachments: [{ id: "att-1", friendlyName: "passport-layla-haddad.pdf", mimeType: "application/pdf", url: "https://files.example.invalid/att-1" }],
    },
    { id: "m-4", direction: "outbound", createdAt: at(4), authorUser: { firstName: "Sven", surname: "Lindqvist" }, messageContent: { type: "TEXT", text: "شكراً 🙏 received" } },
    { id: "m-5", direction: "inbound", createdAt: at(5), authorEndUserIdentity: { fullName: "Layla Haddad" }, messageContent: { type: "TEXT", text: "👍🏽" } },
  ]
}

/** Every seeded personal value, in the forms a leak would take. */
export const PII = [
  "Zofia", "Wiśniewska", "zofia.wisniewska@example.org", "+48601234567", "601 234 567",
  "Mehmet", "Öztürk", "mehmet.ozturk@example.net", "+905321112233",
  "Aoife", "Ní Bhriain", "aoife.nibhriain@example.ie", "+353861234567",
  "Layla", "Haddad", "ليلى", "+971501234567", "layla.haddad@example.ae", "passport-layla",
  "Ingrid", "Halvorsen", "ingrid.halvorsen@example.no", "Sven", "Lindqvist",
]

/** What the tenant did, for the tests: writes that took effect, and every request. */
export interface Log {
  requests: { method: string; path: string; raw: string; at: number; status: number }[]
  /** Records PATCHes that changed the record, by id. */
  patches: Record<string, number>
  ifMatch: string[]
  transcripts: { contact: string; body: unknown }[]
  scripts: string[]
}
export const emptyLog = (): Log => ({ requests: [], patches: {}, ifMatch: [], transcripts: [], scripts: [] })
