import { createHash } from "node:crypto"

// How the journal stores a page: first its planned entries (packed, below),
// then, in the same item once the page is written, its finished ids by outcome.

export type JournalState = "planned" | "applied" | "verified" | "rejected"

/** One contact's progress. No personal data: field names, a digest, codes, ids. */
export interface JournalEntry {
  state: JournalState
  /** The top-level fields the plan changes, and the digest of the values they hold once written. */
  fields?: string[]
  digest?: string
  /** Writes tried so far. */
  attempts: number
  /** The code of a rejection, or of the last failed write (E_HTTP_503). */
  errorCode?: string
  /** Erasure request ids obtained. */
  requestIds?: string[]
}

/** How a finished contact ended, as the journal's chunks record it. */
export type Outcome = "succeeded" | "skipped" | "invalid" | "held"

/**
 * A page's planned entries as stored: ids in order, each field list once (`f` holds each id's index
 * into `fields`), the digests when the target has them, and the attempts when any is past the first.
 * A page's contacts mostly change the same fields, so its item is little more than its ids.
 */
export interface PackedBatch {
  ids: string[]
  fields: string[][]
  f: number[]
  d?: string[]
  a?: number[]
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i])

export function packBatch(planned: [id: string, entry: JournalEntry][]): PackedBatch {
  const packed: PackedBatch = { ids: [], fields: [], f: [] }
  const digests: string[] = []
  const attempts: number[] = []
  for (const [id, entry] of planned) {
    const fields = entry.fields ?? []
    let at = packed.fields.findIndex((list) => sameList(list, fields))
    if (at === -1) at = packed.fields.push(fields) - 1
    packed.ids.push(id)
    packed.f.push(at)
    if (entry.digest) digests.push(entry.digest)
    attempts.push(entry.attempts)
  }
  if (digests.length === packed.ids.length) packed.d = digests
  if (attempts.some((a) => a !== 1)) packed.a = attempts
  return packed
}

/** A page's item as per-contact entries, whichever way it was stored (before packing: an object of entries by id). */
export function unpackBatch(item: PackedBatch | Record<string, JournalEntry> | null): [id: string, entry: JournalEntry][] {
  if (!item) return []
  // An entry is never an array: a stored object of entries whose id is "ids" is not taken for a packed item.
  if (!Array.isArray(item.ids)) return Object.entries(item as Record<string, JournalEntry>)
  const { ids, fields, f, d, a } = item as PackedBatch
  return ids.map((id, i) => [id, { state: "planned", fields: fields[f[i]!] ?? [], ...(d ? { digest: d[i]! } : {}), attempts: a?.[i] ?? 1 }])
}

/** A page's item once written: its finished ids by outcome. */
export type PageChunk = Record<Outcome, string[]>

const OUTCOMES: Outcome[] = ["succeeded", "skipped", "invalid", "held"]

/** A chunk as stored since its checksum was kept: a byte changed in it (an id, an outcome) no longer reads as another contact. */
export type SealedChunk = PageChunk & { sum: string }

const sumOf = (chunk: Partial<PageChunk>) => createHash("sha256").update(JSON.stringify(OUTCOMES.map((o) => chunk[o] ?? []))).digest("hex").slice(0, 16)

export const sealChunk = (chunk: PageChunk): SealedChunk => ({ ...chunk, sum: sumOf(chunk) })

/**
 * What is wrong with a stored page item, if anything: not JSON (a value the storage could not parse comes back as
 * text), not a shape the journal writes, or a chunk whose checksum does not match. A chunk written before checksums
 * were kept has none and is read as it is.
 */
export function pageItemDamage(item: unknown): string | undefined {
  if (typeof item === "string") return "is not JSON (truncated or edited)"
  if (!item || typeof item !== "object") return "is empty or not an object"
  if (Array.isArray(item)) return item.every((id) => typeof id === "string") ? undefined : "is a list that holds something other than ids"
  const record = item as Record<string, unknown>
  if (Array.isArray(record.succeeded)) {
    for (const o of OUTCOMES) if (record[o] !== undefined && !(Array.isArray(record[o]) && (record[o] as unknown[]).every((id) => typeof id === "string"))) return `has a ${o} list that is not a list of ids`
    if (record.sum !== undefined && record.sum !== sumOf(record as Partial<PageChunk>)) return "does not match its checksum (an id or an outcome was changed)"
    return undefined
  }
  if (Array.isArray(record.ids)) return record.ids.every((id) => typeof id === "string") && Array.isArray(record.fields) && Array.isArray(record.f) ? undefined : "is a planned page missing its fields"
  return Object.values(record).every(isEntry) ? undefined : "is neither a page's chunk nor its planned entries"
}

/** A stored per-contact entry, in today's names or an earlier version's one-letter ones. */
export const isEntry = (value: unknown): boolean => !!value && typeof value === "object" && !Array.isArray(value) && typeof ((value as { state?: unknown }).state ?? (value as { s?: unknown }).s) === "string"

/** A stored page item: packed or earlier planned entries, or a written page's chunk (and, under `done:`, a chunk before outcomes were kept: a plain id list). */
export type PageItem = PackedBatch | Record<string, JournalEntry> | PageChunk | string[]

/** True for a written page's chunk. Planned entries are objects, never arrays, so an id "succeeded" is not taken for one. */
export const isChunk = (item: PageItem | null): item is PageChunk | string[] => Array.isArray(item) || Array.isArray((item as PageChunk | null)?.succeeded)

/** Adds a chunk's finished ids to `done`. */
export function addChunk(done: Map<string, Outcome>, chunk: PageChunk | string[]) {
  // Chunks written before outcomes were kept are plain id lists.
  const byOutcome: Partial<PageChunk> = Array.isArray(chunk) ? { succeeded: chunk } : chunk
  // Outcomes by name: a chunk's checksum sits beside its lists.
  for (const outcome of OUTCOMES) for (const id of byOutcome[outcome] ?? []) done.set(id, outcome)
}

/** A page's chunk before any of its contacts finished: each contact's id goes into its outcome's list as it does. */
export const emptyChunk = (): PageChunk => ({ succeeded: [], skipped: [], invalid: [], held: [] })

/** How many contacts a chunk holds. */
export const chunkSize = (chunk: PageChunk): number => chunk.succeeded.length + chunk.skipped.length + chunk.invalid.length + chunk.held.length
