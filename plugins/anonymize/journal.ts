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

const CHUNK = 1000

/**
 * The exactly-once journal of one job, in storage under `journal:`.
 * A contact's entry lives at `<job>:c:<id>` while it is being worked on.
 * Finished ids are gathered into chunks of 1,000 (`<job>:done:<n>`, ids by
 * outcome); once a chunk is stored its contacts' entries are removed, so
 * storage and memory stay small however many contacts a job has. A contact
 * whose write failed keeps its entry (state planned, `errorCode` set) and is
 * never in a chunk: that is what a resume retries. Entries an earlier
 * version stored with one-letter keys (`s`, `f`, `d`, `a`, `e`, `r`) are
 * read as today's, so its interrupted jobs resume.
 */
export function createJournal(storage: Storage, jobId: string) {
  let pending: { id: string; outcome: Outcome }[] = []
  let chunks = 0
  let done: Map<string, Outcome> | undefined
  const entryKey = (id: string) => `${jobId}:c:${keyOf(id)}`

  async function flush() {
    if (pending.length === 0) return
    const finished = pending
    pending = []
    const chunk: Record<Outcome, string[]> = { succeeded: [], skipped: [], invalid: [] }
    for (const { id, outcome } of finished) chunk[outcome].push(id)
    await storage.setItem(`${jobId}:done:${chunks++}`, chunk)
    await Promise.all(finished.map(({ id }) => storage.removeItem(entryKey(id))))
  }

  return {
    /** Loads the finished ids of an earlier run (resume only). */
    async load() {
      done = new Map()
      const keys = (await storage.getKeys(`${jobId}:done`)).filter((k) => k.startsWith(`${jobId}:done:`))
      for (const key of keys) {
        const chunk = await storage.getItem<string[] | Record<Outcome, string[]>>(key)
        // Chunks written before outcomes were kept are plain id lists.
        const byOutcome = Array.isArray(chunk) ? { succeeded: chunk } : (chunk ?? {})
        for (const [outcome, ids] of Object.entries(byOutcome)) for (const id of ids ?? []) done.set(id, outcome as Outcome)
        chunks = Math.max(chunks, Number(key.split(":").at(-1)) + 1)
      }
      return done.size
    },
    isDone: (id: string) => done?.has(id) ?? false,
    /** How an earlier run finished this contact (after `load`), if it did. */
    outcome: (id: string): Outcome | undefined => done?.get(id),
    get: async (id: string) => readEntry(await storage.getItem<JournalEntry | ShortEntry>(entryKey(id))),
    set: (id: string, entry: JournalEntry) => storage.setItem(entryKey(id), entry),
    /** Marks a contact finished (verified or rejected for good). */
    async finish(id: string, entry: JournalEntry) {
      await storage.setItem(entryKey(id), entry)
      pending.push({ id, outcome: entryOutcome(entry) })
      if (pending.length >= CHUNK) await flush()
    },
    flush,
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
