import { generateContacts, SKILLS, type TenantData } from "./data.ts"
import { rng, uuid, type Rng } from "./random.ts"

export interface RateLimit {
  rps: number
  /** The token bucket's size: requests that may go at once after a quiet moment. Not read with `windowSec`. */
  burst?: number
  /** Send Retry-After on 429 (the real service may not). */
  retryAfter: boolean
  /**
   * Count requests per fixed window of this many seconds (windows start on the epoch's whole seconds), up to
   * `rps * windowSec` each, instead of a token bucket: a gateway's counter. Retry-After then names the window's end.
   */
  windowSec?: number
}

export interface Faults {
  rateLimit: RateLimit | null
  /** Share of API calls answered 503 before doing anything. */
  errorRatio: number
  /** Share of writes that take effect and are then answered 500 (an ambiguous failure). */
  ambiguousRatio: number
  /** Share of API calls whose connection is dropped with no response. */
  dropRatio: number
  /** Share of successful API responses whose body is cut short (malformed JSON). */
  malformedRatio: number
  latencyMs: [number, number]
  tokenLifetimeSec: number
  refreshLifetimeSec: number
  transcriptStatus: 201 | 202
  /**
   * GUESS either way (the history shape is not published): "messages" answers `{messages, page, size, total}`
   * paged by page/size; "data" answers the documented DFO list shape `{data, hits, scrollToken}`, paged by the cursor.
   */
  dfoHistoryShape: "messages" | "data"
  /** DFO contact numbers whose history answers `dfoHistoryFailStatus`: a history that cannot be read. */
  dfoHistoryFailFor: string[]
  dfoHistoryFailStatus: number
  /** History paging that never advances: the same scrollToken back, or `page` ignored. */
  dfoHistoryStuck: boolean
  /** GUESS: history items carry their text (`messageContent: {type: "TEXT", text}`), as the SDK's `withContext` history may; off: ids, direction and time only. */
  dfoHistoryText: boolean
  /** Contact ids above 2^53, sent as raw JSON numbers. Read when the tenant is created (`createSandbox({ faults: { bigIds: true } })`). */
  bigIds: boolean
  /**
   * Share of contacts (0 to 1) made by a returning customer: an earlier contact's person again, with a new
   * phone (or a new email) beside the old email (or phone), so identifiers link across contacts. Read when
   * the tenant is created; 0 (the default) leaves every seed's data as it was.
   */
  returningCustomers: number
  /** False: the records API sends no ETag (no `_etag` in lists, no ETag header); PATCH then takes only `If-Match: *`. */
  recordsEtag: boolean
}

export const defaultFaults = (): Faults => ({
  rateLimit: null,
  errorRatio: 0,
  ambiguousRatio: 0,
  dropRatio: 0,
  malformedRatio: 0,
  latencyMs: [0, 0],
  tokenLifetimeSec: 3600,
  refreshLifetimeSec: 7200,
  transcriptStatus: 201,
  dfoHistoryShape: "messages",
  dfoHistoryFailFor: [],
  dfoHistoryFailStatus: 500,
  dfoHistoryStuck: false,
  dfoHistoryText: false,
  bigIds: false,
  returningCustomers: 0,
  recordsEtag: true,
})

export type Permission = "acd" | "dfo" | "privacy" | "admin" | "realtime"
export const ALL_PERMISSIONS: Permission[] = ["acd", "dfo", "privacy", "admin", "realtime"]

export interface AccessKey {
  id: string
  secret: string
  userId: string
  permissions: Permission[]
}

export interface SkillState {
  skillId: number
  skillName: string
  mediaTypeId: number
  mediaTypeName: string
  queueCount: number
  agentsAvailable: number
  agentsLoggedIn: number
  agentsWorking: number
  serviceLevel: number
  serviceLevelGoal: number
  serviceLevelThreshold: number
  earliestQueueTime: string | null
  updatedAt: number
}

export interface TenantSpec {
  name: string
  id?: string
  area?: string
  cluster?: string
  businessUnitId?: number
  contacts?: number
  seed?: number
  accessKeys?: AccessKey[]
  clients?: { id: string; secret: string }[]
  recordsClients?: { id: string; secret: string; scopes: string[] }[]
  allowClientCredentials?: boolean
  faults?: Partial<Faults>
}

export interface Tenant {
  id: string
  name: string
  area: string
  cluster: string
  businessUnitId: number
  accessKeys: AccessKey[]
  clients: { id: string; secret: string }[]
  recordsClients: { id: string; secret: string; scopes: string[] }[]
  allowClientCredentials: boolean
  faults: Faults
  data: TenantData
  skills: SkillState[]
  erasures: { requestId: string; subjectIdentifier: string; subjectIdentifierType: string; receivedAt: string }[]
  transcripts: { contactNumber: string; recipients: string[]; at: string }[]
  /** `query` is the raw query string as it arrived, to prove how the client encoded it. */
  scriptStarts: { contactId: string; skillId: number; scriptId?: string; scriptPath?: string; parameters: string[]; startDate?: string; query: string }[]
  /** Tokens issued before this instant are refused with 401. */
  revokedBefore: number
  stats: { requests: number; rateLimited: number; errors: number; dropped: number; malformed: number; tokens: number; byGrant: Record<string, number> }
  /** The token bucket; with `rateLimit.windowSec`, `window` is the current window's number and `count` its requests. */
  bucket: { tokens: number; last: number; window?: number; count?: number }
  rnd: Rng
}

/**
 * The well-known sandbox credentials. They are fake by design and printed in
 * the README; the keys hold `+`, `/` and `=` so a client that forgets to
 * URL-encode them fails here as it would against CXone.
 */
export function defaultCredentials(name: string) {
  return {
    accessKeyId: `SBX${name.toUpperCase()}KEY+ID/000000000000000000000000000000000000000000000==`,
    accessKeySecret: `sbx+${name}/secret=`,
    clientId: `cxedge-sandbox-${name}`,
    clientSecret: `sandbox-client-secret-${name}`,
    recordsClientId: `records-${name}`,
    recordsClientSecret: `records-secret-${name}`,
  }
}

export function createTenant(spec: TenantSpec, index: number, baseSeed: number, now: number): Tenant {
  const seed = spec.seed ?? baseSeed + index * 1000
  const r = rng(seed)
  const creds = defaultCredentials(spec.name)
  const userId = uuid(r)
  const id = spec.id ?? uuid(r)
  return {
    id,
    name: spec.name,
    area: spec.area ?? ["na1", "eu1", "au1"][index % 3]!,
    cluster: spec.cluster ?? ["B32", "E11", "A32"][index % 3]!,
    businessUnitId: spec.businessUnitId ?? 4_600_000 + index,
    accessKeys: spec.accessKeys ?? [
      { id: creds.accessKeyId, secret: creds.accessKeySecret, userId, permissions: [...ALL_PERMISSIONS] },
      { id: `SBX${spec.name.toUpperCase()}READONLY=`, secret: `sbx-${spec.name}-readonly`, userId: uuid(r), permissions: ["acd", "realtime"] },
    ],
    clients: spec.clients ?? [{ id: creds.clientId, secret: creds.clientSecret }],
    recordsClients: spec.recordsClients ?? [{ id: creds.recordsClientId, secret: creds.recordsClientSecret, scopes: ["contact:read", "contact:write"] }],
    allowClientCredentials: spec.allowClientCredentials ?? false,
    faults: { ...defaultFaults(), ...spec.faults },
    data: generateContacts(seed, spec.contacts ?? 250, now, { bigIds: spec.faults?.bigIds, returning: spec.faults?.returningCustomers }),
    skills: SKILLS.map((s, i) => ({
      ...s,
      queueCount: [2, 0, 7][i]!,
      agentsAvailable: [3, 4, 0][i]!,
      agentsLoggedIn: [8, 6, 3][i]!,
      agentsWorking: [5, 2, 3][i]!,
      serviceLevel: [92, 100, 61][i]!,
      serviceLevelGoal: 80,
      serviceLevelThreshold: 30,
      earliestQueueTime: [2, 0, 7][i]! > 0 ? new Date(now - [45, 0, 620][i]! * 1000).toISOString() : null,
      updatedAt: now,
    })),
    erasures: [],
    transcripts: [],
    scriptStarts: [],
    revokedBefore: 0,
    stats: { requests: 0, rateLimited: 0, errors: 0, dropped: 0, malformed: 0, tokens: 0, byGrant: {} },
    // NaN until the first request fills the bucket to its burst (the guard does it).
    bucket: { tokens: Number.NaN, last: now },
    rnd: rng(seed ^ 0x5eed),
  }
}

/** What the consent receiver has been sent, and whether it is told to fail. */
export interface ConsentState {
  deliveries: { id: string | null; timestamp: string | null; signature: string | null; body: string; receivedAt: number; status: number; verified: boolean | null }[]
  /** Answer this status (e.g. 503) to every delivery while set. */
  failStatus: number | null
  /** Fail only the next N deliveries. */
  failNext: number
  secrets: string[]
}
