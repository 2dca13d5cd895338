import type { Storage } from "unstorage"
import type { Matrix } from "./matrix/index.ts"
import { keyOf } from "./digest.ts"
import type { SourceSpec, TargetSpec } from "./request.ts"

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

/** An entry as earlier versions stored it, with one-letter keys: still read, so their interrupted jobs resume. */
interface ShortEntry {
  s: JournalState
  f?: string[]
  d?: string
  a?: number
  e?: string
  r?: string[]
}

/** A stored entry in today's names, whichever version wrote it. */
function readEntry(stored: JournalEntry | ShortEntry | null): JournalEntry | null {
  if (!stored || !("s" in stored)) return stored
  return {
    state: stored.s,
    attempts: stored.a ?? 0,
    ...(stored.f ? { fields: stored.f } : {}),
    ...(stored.d ? { digest: stored.d } : {}),
    ...(stored.e ? { errorCode: stored.e } : {}),
    ...(stored.r ? { requestIds: stored.r } : {}),
  }
}

/**
 * `running` (or interrupted: resumable), `finished` (nothing left to do), or
 * `finished_with_failures`: some contacts failed to write and `--resume`
 * retries exactly those.
 */
export type JobState = "running" | "finished" | "finished_with_failures"

/** A job's counts over all its runs, kept with the job (what `cxedge jobs` shows). */
export interface JobTotals {
  processed: number
  succeeded: number
  /** Contacts whose write failed: a resume retries them. */
  failed: number
  /** Records refused as invalid (bad data, a validation problem): a resume does not retry them. */
  invalid: number
  skipped: number
}

/** A job as stored (`jobs:<id>`): its request with nothing left to resolve, and how far it got. No personal data. */
export interface JobMeta {
  id: string
  state: JobState
  createdAt: string
  finishedAt?: string
  /** The matrix's name. */
  matrix: string
  matrixDigest: string
  /** The matrix itself (configuration, no personal data), so a resume cannot drift from it. */
  matrixBody: Matrix
  source: SourceSpec
  target: TargetSpec
  summary?: Record<string, unknown>
  totals?: JobTotals
}

/** How a finished contact ended, as the journal's chunks record it. */
export type Outcome = "succeeded" | "skipped" | "invalid"

/** How a finished entry (verified or rejected) counts: a verified entry without changed fields was skipped. */
export const entryOutcome = (entry: JournalEntry): Outcome => (entry.state === "rejected" ? "invalid" : entry.fields?.length ? "succeeded" : "skipped")

/** The finished ids in the chunks at `keys`, by outcome. */
async function readChunks(storage: Storage, keys: string[]): Promise<Map<string, Outcome>> {
  const done = new Map<string, Outcome>()
  for (const key of keys) {
    const chunk = await storage.getItem<string[] | Record<Outcome, string[]>>(key)
    // Chunks written before outcomes were kept are plain id lists.
    const byOutcome = Array.isArray(chunk) ? { succeeded: chunk } : (chunk ?? {})
    for (const [outcome, ids] of Object.entries(byOutcome)) for (const id of ids ?? []) done.set(id, outcome as Outcome)
  }
  return done
}

/** A page's planned entries, stored in one write before any of its contacts is written. */
export interface JournalBatch {
  key: string
}

/**
 * A page's planned entries as stored: ids in order, each field list once (`f` holds each id's index
 * into `fields`), the digests when the target has them, and the attempts when any is past the first.
 * A page's contacts mostly change the same fields, so its item is little more than its ids.
 */
interface PackedBatch {
  ids: string[]
  fields: string[][]
  f: number[]
  d?: string[]
  a?: number[]
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i])

function packBatch(planned: [id: string, entry: JournalEntry][]): PackedBatch {
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
function unpackBatch(item: PackedBatch | Record<string, JournalEntry> | null): [id: string, entry: JournalEntry][] {
  if (!item) return []
  // An entry is never an array: a stored object of entries whose id is "ids" is not taken for a packed item.
  if (!Array.isArray(item.ids)) return Object.entries(item as Record<string, JournalEntry>)
  const { ids, fields, f, d, a } = item as PackedBatch
  return ids.map((id, i) => [id, { state: "planned", fields: fields[f[i]!] ?? [], ...(d ? { digest: d[i]! } : {}), attempts: a?.[i] ?? 1 }])
}

/** How a page of contacts ended: finished ones (by outcome), and failed ones whose entry a resume retries. */
export interface PageOutcome {
  finished: { id: string; outcome: Outcome }[]
  failed: [id: string, entry: JournalEntry][]
}

/**
 * The exactly-once journal of one job, in storage under `journal:`, kept a
 * page at a time so a job of a million contacts makes a few writes per page,
 * not several per contact:
 *
 * - before any contact of a page is written, the page's planned entries
 *   (fields and digest, no value) are stored in one item, `<job>:b:<n>`,
 *   packed (see `PackedBatch`);
 * - once the page is written, its finished ids go into one chunk
 *   (`<job>:done:<n>`, ids by outcome), each failed contact keeps an entry
 *   of its own (`<job>:c:<id>`, state planned, `errorCode` set: what a
 *   resume retries), and only then is the page's item removed.
 *
 * A crash at any moment leaves every contact written but not yet in a chunk
 * under a planned entry, which a resume compares with the target before
 * writing again. On resume, items a crash left behind become per-contact
 * entries (newest last), so each contact has one entry to read. Entries an
 * earlier version stored per contact, with one-letter keys (`s`, `f`, `d`,
 * `a`, `e`, `r`) or not, are read as today's, so its interrupted jobs resume.
 */
export function createJournal(storage: Storage, jobId: string) {
  let chunks = 0
  let batches = 0
  let done: Map<string, Outcome> | undefined
  /** After `load`: the keys of the per-contact entries, so a contact without one costs no read. */
  let entries: Set<string> | undefined
  const entryKey = (id: string) => `${jobId}:c:${keyOf(id)}`
  const numbered = async (kind: string) => (await storage.getKeys(`${jobId}:${kind}`)).filter((k) => k.startsWith(`${jobId}:${kind}:`))
  const numberOf = (key: string) => Number(key.split(":").at(-1))

  /** Items of pages a crash left unsettled become per-contact entries, oldest first, so the newest entry wins. */
  async function adoptBatches() {
    const keys = (await numbered("b")).sort((a, b) => numberOf(a) - numberOf(b))
    for (const key of keys) {
      for (const [id, entry] of unpackBatch(await storage.getItem<PackedBatch | Record<string, JournalEntry>>(key))) {
        if (done!.has(id)) continue
        await storage.setItem(entryKey(id), entry)
        entries!.add(keyOf(id))
      }
      batches = Math.max(batches, numberOf(key) + 1)
    }
    for (const key of keys) await storage.removeItem(key)
  }

  return {
    /** Loads what earlier runs left (resume only): finished ids, and which contacts have an entry. */
    async load() {
      const keys = await numbered("done")
      done = await readChunks(storage, keys)
      for (const key of keys) chunks = Math.max(chunks, numberOf(key) + 1)
      entries = new Set((await numbered("c")).map((k) => k.slice(`${jobId}:c:`.length)))
      await adoptBatches()
      return done.size
    },
    isDone: (id: string) => done?.has(id) ?? false,
    /** How an earlier run finished this contact (after `load`), if it did. */
    outcome: (id: string): Outcome | undefined => done?.get(id),
    /** After `load`, false when the contact has no entry (no read needed); before it, true. */
    hasEntry: (id: string) => entries?.has(keyOf(id)) ?? true,
    get: async (id: string) => readEntry(await storage.getItem<JournalEntry | ShortEntry>(entryKey(id))),
    set: async (id: string, entry: JournalEntry) => {
      await storage.setItem(entryKey(id), entry)
      entries?.add(keyOf(id))
    },
    /** Stores a page's planned entries in one write; call before writing any of them. */
    async plan(planned: [id: string, entry: JournalEntry][]): Promise<JournalBatch> {
      const key = `${jobId}:b:${batches++}`
      await storage.setItem(key, packBatch(planned))
      return { key }
    },
    /**
     * Records how a page ended: failures' entries and the finished ids first,
     * then the page's planned item goes. A contact of the page that was never
     * tried (the job was interrupted) is left with no entry, as if never planned.
     */
    async settle(batch: JournalBatch | undefined, page: PageOutcome) {
      const writes: Promise<unknown>[] = page.failed.map(([id, entry]) => {
        entries?.add(keyOf(id))
        return storage.setItem(entryKey(id), entry)
      })
      if (page.finished.length) {
        const chunk: Record<Outcome, string[]> = { succeeded: [], skipped: [], invalid: [] }
        for (const { id, outcome } of page.finished) chunk[outcome].push(id)
        writes.push(storage.setItem(`${jobId}:done:${chunks++}`, chunk))
      }
      await Promise.all(writes)
      // Entries of finished contacts (an earlier run's failures, say) go once the chunk holds them.
      const stale = page.finished.filter(({ id }) => entries?.has(keyOf(id)))
      await Promise.all([...stale.map(({ id }) => storage.removeItem(entryKey(id))), batch && storage.removeItem(batch.key)])
      for (const { id } of stale) entries?.delete(keyOf(id))
    },
    subject: {
      get: (key: string) => storage.getItem<{ requestId: string }>(`${jobId}:s:${key}`),
      set: (key: string, value: { requestId: string }) => storage.setItem(`${jobId}:s:${key}`, value),
    },
  }
}

export type Journal = ReturnType<typeof createJournal>

export function jobStore(storage: Storage) {
  return {
    get: (id: string) => storage.getItem<JobMeta>(keyOf(id)),
    set: (meta: JobMeta) => storage.setItem(keyOf(meta.id), meta),
    async list() {
      const keys = await storage.getKeys()
      const metas = await Promise.all(keys.filter((k) => !k.includes(":")).map((k) => storage.getItem<JobMeta>(k)))
      return metas.filter((m): m is JobMeta => !!m && typeof m === "object" && "matrix" in m)
    },
  }
}
