// A third CXone stand-in, written from /work/shared/cxone-api.md only: what a real tenant may legitimately
// do where that document is loose or says "unknown" (Retry-After forms, HTML 503s, early token expiry,
// paging shapes, casing, dates, ETags, gzip, slow answers, a contact deleted between list and write).

export const TENANT_ID = "11eb660f-4c6d-34a0-8733-0242ac110046"
export const KEYS = { accessKeyId: "AKID46+/x=", accessKeySecret: "secret46/+==", clientId: "app46", clientSecret: "app-secret46:+", recordsClientId: "rec46", recordsClientSecret: "rec-secret46" }

export interface Faults {
  /** Every Nth API request (not token, not discovery) answers 429. */
  throttleEvery?: number
  retryAfter?: "seconds" | "date" | "none"
  /** Every Nth API request answers 503 with an HTML page. */
  htmlEvery?: number
  /** The token endpoint answers this late. */
  tokenDelayMs?: number
  /** The first token is revoked after this many API requests: the next one is 401 (`expires_in` still says 3600). */
  revokeAfter?: number
  /** Records API list items carry `_etag` and single GETs an ETag header (default true). */
  etag?: boolean
  gzip?: boolean
  /** The first request whose path contains `path` answers after `ms`. */
  slow?: { path: string; ms: number }
  /** This contact is deleted from the records API right after the first list page that carries it is served. */
  deleteAfterList?: string
  /** ACD paging: `links` (absolute `_links.next`), `skiptop` (no links). */
  paging?: "links" | "skiptop"
  /** `totalRecords`: right, missing, or the page's own length (wrong). */
  totals?: "right" | "missing" | "wrong"
  /** The ACD caps `top` at this many rows whatever was asked (SINGER saw a 10K cap). */
  topCap?: number
  /** This DFO contact's history answers 404 (the case was deleted after the ACD listed it). */
  dfoGone?: string
  /** The first Privacy erasure answers 503 with an HTML page, having done nothing. */
  failFirstErasure?: boolean
  /** contactStartDate with seven fraction digits, as CXone's server-time shows its times (cxone-api.md 8.4). */
  sevenDigits?: boolean
  /** The ACD ignores `skip` (always the first rows): a broken tenant, which must not be read forever. */
  ignoreSkip?: boolean
}

export interface Contact { id: string; data: Record<string, unknown>; version: number }
export interface Completed { contactId: string; contactStartDate: string; fromAddress: string; firstName: string; lastName: string; mediaTypeName: string; dispositionNotes: string }

export interface State {
  faults: Faults
  records: Map<string, Contact>
  completed: Completed[]
  /** DFO history per contact number: message ids; texts by message id. */
  history: Map<string, string[]>
  messages: Map<string, string>
  removals: { messageId: string; kind: string }[]
  erasures: { subjectIdentifier: string; subjectIdentifierType: string }[]
  /** Every request in the order answered: method, path with query, when it arrived and was answered, status. */
  log: { method: string; path: string; at: number; done: number; status: number }[]
  patches: Map<string, number>
  tokensIssued: number
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0")

/** `n` records API contacts and as many completed ACD contacts (every 4th a chat with DFO messages), dates in three forms. */
export function seed(n: number, faults: Faults = {}): State {
  const records = new Map<string, Contact>()
  const completed: Completed[] = []
  const history = new Map<string, string[]>()
  const messages = new Map<string, string>()
  for (let i = 0; i < n; i++) {
    // Ids above 2^53 for a few, as bare numbers on the wire (cxone-api.md 8.4).
    const id = i % 7 === 3 ? String(9007199254740993n + BigInt(i)) : String(600046000000 + i)
    const first = ["Ana", "Björn", "Chidi", "Dana", "Émile"][i % 5]!
    const last = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva"][i % 3]!
    const email = `${first.toLowerCase()}.${last.toLowerCase()}${i}@example.org`.replace("ö", "o").replace("é", "e")
    const phone = `+4420794600${pad(i % 100)}`
    records.set(id, { id, version: 1, data: { firstName: first, lastName: last, email, phone, notes: `call ${first} back on ${phone}`, customFields: [{ name: "callbackNote", value: `ring ${phone}` }, { name: "tier", value: "gold" }] } })
    const day = 1 + (i % 20)
    const minute = i % 60
    // Dates with and without milliseconds, and with an offset (the instant stays inside November).
    const start = i % 3 === 0 ? `2026-11-${pad(day)}T10:${pad(minute)}:00Z` : i % 3 === 1 ? `2026-11-${pad(day)}T10:${pad(minute)}:00.${pad(i % 1000, 3)}Z` : `2026-11-${pad(day)}T12:${pad(minute)}:00+02:00`
    const chat = i % 4 === 0
    completed.push({ contactId: id, contactStartDate: start, fromAddress: chat ? email : phone, firstName: first, lastName: last, mediaTypeName: chat ? "Chat" : "Phone Call", dispositionNotes: `spoke with ${first} ${last}` })
    if (chat) {
      const ids = [0, 1, 2].map((k) => `m-${id}-${k}`)
      history.set(id, ids)
      ids.forEach((m, k) => messages.set(m, k === 1 ? `my email is ${email}, call ${phone}` : `hello, ${first} here`))
    }
  }
  return { faults, records, completed, history, messages, removals: [], erasures: [], log: [], patches: new Map(), tokensIssued: 0 }
}
