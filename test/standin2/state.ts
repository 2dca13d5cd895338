// The second stand-in's mutable state and fault knobs.
import { ENV_CONTACT, type SeedContact, type SeedMessage, seedContacts, seedMessages } from "./seed"

export interface Knobs {
  /** Seconds an access token lives (expires_in is sent as a string). */
  tokenLifetimeSec: number
  /**
   * The API gateway's clock runs this far ahead of the token endpoint's: a token is refused (401) this long before its
   * expires_in says, so a client that renews on its own clock meets an expired token and must renew on the 401.
   */
  gatewayAheadMs: number
  refreshLifetimeSec: number
  /** Which client authentication the token endpoint takes. */
  clientAuth: "both" | "basic" | "post"
  /** Every Nth ACD/DFO/Privacy call is answered 429 with Retry-After as an HTTP date (0: never). */
  throttleEvery: number
  /** The first call of each of these path prefixes answers 503 with an HTML page. */
  htmlErrorOnce: string[]
  /** The most `top` honours on contacts/completed; a larger `top` is silently capped. */
  maxTop: number
  /** The most messages a DFO history page holds, whatever size is asked. */
  historyPageMax: number
  /** Status of a transcript that was sent. */
  transcriptStatus: number
  /**
   * Paths holding one of these parts answer 401 `invalid_token` even with a live token: the API user lacks the
   * permission, said as 401 (cxone-api.md 8.3 expects 403; a 401 here looks exactly like an expired token).
   */
  deny401: string[]
}

export const DEFAULT_KNOBS: Knobs = {
  tokenLifetimeSec: 4,
  gatewayAheadMs: 0,
  refreshLifetimeSec: 30,
  clientAuth: "both",
  throttleEvery: 0,
  htmlErrorOnce: [],
  maxTop: 7,
  historyPageMax: 2,
  transcriptStatus: 202,
  deny401: [],
}

export interface Contact extends SeedContact {
  erased: boolean
  /** When the contact started, fixed when the tenant is created: every read shows the same time. */
  startMs: number
  /** Changes made to it (an erasure): lastUpdateTime moves on with each. */
  updates: number
}
export interface Message extends SeedMessage {
  contentRemoved: boolean
  authorRemoved: boolean
  createdMs: number
}

export interface State {
  knobs: Knobs
  keys: { privateKey: CryptoKey; jwk: Record<string, unknown> }
  urls: { issuer: string; tokenEndpoint: string; api: string; dfo: string; privacy: string }
  contacts: Contact[]
  messages: Message[]
  envContact: string
  access: Map<string, number>
  refresh: Map<string, number>
  issued: string[]
  tokenSerial: number
  grants: { password: number; refresh: number }
  unauthorized: number
  calls: string[]
  counter: number
  /** Requests (method, path and query) answered 429 by `throttleEvery`, whose next try is let through. */
  throttled: Set<string>
  htmlDone: Set<string>
  erasures: { requestId: string; subjectIdentifier: string; subjectIdentifierType: string }[]
  transcripts: { contactNumber: string; recipients: unknown[] }[]
  scriptStarts: { query: Record<string, string>; contactId: string }[]
  removals: { messageId: string; kind: string; reason: string }[]
  skillPolls: number
  lastSkillChange: number
}

export function createState(keys: State["keys"], knobs: Partial<Knobs>): State {
  const now = Date.now()
  const contacts = seedContacts().map((c) => ({ ...c, erased: false, updates: 0, startMs: now - c.ageMinutes * 60_000 }))
  return {
    knobs: { ...DEFAULT_KNOBS, ...knobs },
    keys,
    urls: { issuer: "", tokenEndpoint: "", api: "", dfo: "", privacy: "" },
    contacts,
    messages: seedMessages(contacts).map((m) => ({ ...m, contentRemoved: false, authorRemoved: false, createdMs: now - m.ageMinutes * 60_000 })),
    envContact: ENV_CONTACT,
    access: new Map(),
    refresh: new Map(),
    issued: [],
    tokenSerial: 0,
    grants: { password: 0, refresh: 0 },
    unauthorized: 0,
    calls: [],
    counter: 0,
    throttled: new Set(),
    htmlDone: new Set(),
    erasures: [],
    transcripts: [],
    scriptStarts: [],
    removals: [],
    skillPolls: 0,
    lastSkillChange: Date.now() - 60_000,
  }
}

/** A time written with a +02:00 offset and seven fraction digits (cxone-api.md 8.4). */
export function offsetDate(ms: number): string {
  const d = new Date(ms + 2 * 3600_000)
  const iso = d.toISOString().replace("Z", "")
  const [main, frac] = iso.split(".")
  return `${main}.${(frac ?? "000").padEnd(7, "0").slice(0, 3)}4321+02:00`
}

/** What the tenant still holds, as one string (for "an erasure leaves nothing behind"). */
export function dumpHeld(state: State): string {
  const contacts = state.contacts.filter((c) => !c.erased)
  const messages = state.messages.map((m) => ({ text: m.contentRemoved ? null : m.text, author: m.authorRemoved ? null : m.authorName }))
  return JSON.stringify({ contacts, messages })
}
