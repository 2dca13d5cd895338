/** The tenant standin5 serves: its keys, its contacts (every name, number and note a person's) and the fault knobs. */

export const TENANT_ID = "5a7e11e5-0c1d-4d7e-9e11-5a5a5a5a5a55"
export const KEYS = {
  accessKeyId: "S5KEY+ID/5555555555555555555555555555555555555555555=",
  accessKeySecret: "s5+secret/value==",
  clientId: "standin5-app",
  clientSecret: "standin5-client-secret",
}

/** Where each fault applies: requests whose path contains `match` (lower case), the first `times` of them. */
export interface Fault {
  match: string
  times: number
}

export interface Knobs {
  /** The discovery documents answer 302 (or 301) to the same documents on another host. */
  discoveryRedirect?: 301 | 302
  /** `api_endpoint` as discovery gives it: `{origin}` is replaced by the tenant's origin (upper case, a path, a port). */
  apiEndpoint?: (origin: string) => string
  /** A path in front of every API family on this host (an API gateway), e.g. `/gw`. */
  pathPrefix: string
  /** The network: a body cut mid-way, an answer that stalls after its headers, a 200 HTML login page, a proxy's 401 or 407. */
  network?: Fault & { kind: "reset" | "stall" | "html200" | "proxy401" | "proxy407" }
  /** Bodies gzip-compressed, or sent chunked (no content-length). */
  encoding: "plain" | "gzip" | "chunked"
  /** The tenant's clock is this far from the local one: its `Date` header and any date it computes. */
  clockSkewMs: number
  /** 429 with `Retry-After` as an HTTP date, one second after the tenant's own (skewed) clock. */
  throttle?: Fault
  /** Contacts/completed: at most this many a page whatever `top` asks (undefined: `top`), or more than asked. */
  pageSize?: number
  /** Contacts/completed: `top` and `skip` ignored, every contact on every page. */
  ignoreTopSkip: boolean
  /** Contacts/completed: the `fromAddress` filter ignored (every contact in the window answered). */
  ignoresFilter?: boolean
  /** Contacts/completed: `totalRecords` grows by one on each page. */
  totalDrifts: boolean
  /** Contacts/completed: `_links.next` absolute on another host ("foreign"), or repeating the current URL ("repeat"). */
  nextLink: "none" | "same-host" | "foreign" | "repeat"
  /** 5xx answers whose body (and `icStatusDescription`) quote a caller's name and number. */
  failWithPii?: Fault & { status: number }
  /** scripts/start's contactId: a bare number above 2^53, or that number as a string. */
  scriptId: "number" | "string"
}

export const defaultKnobs = (): Knobs => ({ pathPrefix: "", encoding: "plain", clockSkewMs: 0, ignoreTopSkip: false, totalDrifts: false, nextLink: "same-host", scriptId: "number" })

/** A contact id kept exact: written into JSON as a bare number or as a string (`asString`). */
export interface BigId {
  digits: string
  asString: boolean
}

export type Contact = Record<string, unknown> & { contactId: BigId }

const FIRST = ["Siobhán", "Bartholomew", "Ngozi", "Thiago", "Yuki", "Radomir", "Eleftheria", "Kwabena", "Marisol", "Torvald", "Ayşegül", "Finnegan"]
const LAST = ["Ó Ceallaigh", "Featherstonehaugh", "Okonkwo-Adeyemi", "Brandão", "Takahashi", "Vukovic", "Papadimitriou", "Asante", "Villalobos", "Gunnarsson", "Yıldırım", "McTavish"]
const PHONE = (i: number) => `+4420794600${String(10 + i).padStart(2, "0")}`

/**
 * `count` completed contacts, one an hour back from `now`, dates in local time with a +02:00 offset and seven
 * fraction digits. Ids past 2^53: bare numbers on even rows, strings on odd. One contact has `lastName: null`, one
 * has none, one a field named in Greek, and the newest a field the tenant added later (`callerEmail`).
 */
export function seedContacts(count: number, now: number): Contact[] {
  const out: Contact[] = []
  for (let i = 0; i < count; i++) {
    const at = new Date(now - (i + 1) * 3_600_000 + 2 * 3_600_000).toISOString().replace("Z", "").replace(/\.(\d{3})$/, ".$10001")
    const first = FIRST[i % FIRST.length]!
    const last = LAST[i % LAST.length]!
    const c: Contact = {
      contactId: { digits: (9_007_199_254_740_993n + BigInt(i) * 2n).toString(), asString: i % 2 === 1 },
      masterContactId: { digits: (9_007_199_254_740_993n + BigInt(i) * 2n).toString(), asString: false },
      contactStartDate: `${at}+02:00`,
      mediaTypeName: "Phone Call",
      firstName: first,
      lastName: i === 3 ? null : last,
      fromAddress: PHONE(i),
      dispositionNotes: `Called back ${first} ${last} on ${PHONE(i)}`,
      skillName: "Billing",
    }
    if (i === 5) delete c.lastName
    if (i === 2) c["σημειώσεις_πελάτη"] = `${first} ${last} wants a callback`
    if (i === 0) c.callerEmail = `${first.toLowerCase()}.${i}@example.org`
    out.push(c)
  }
  return out
}

/** Every personal value a contact holds, in the forms a leak would take. */
export function piiOf(contacts: Contact[]): string[] {
  const values = new Set<string>()
  for (const c of contacts) {
    for (const key of ["firstName", "lastName", "fromAddress", "callerEmail"]) if (typeof c[key] === "string") values.add(c[key] as string)
    values.add((c.fromAddress as string).slice(3))
  }
  return [...values, OWNER.name, OWNER.login]
}

/** The access key's owner, in the token's claims (personal data too). */
export const OWNER = { name: "Henrietta Lachance-Oyelaran", login: "h.lachance@example.fr" }

/** Writes an answer's JSON with each BigId as written by the tenant: a bare number past 2^53 stays exact. */
export function rawJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === "object" && "digits" in v && "asString" in v ? (v.asString ? v.digits : `\u0000${v.digits}`) : v)).replace(/"\\u0000(\d+)"/g, "$1")
}
