import type { Storage } from "unstorage"
import { CxedgeError } from "../../core/index.ts"
import type { Matrix } from "./matrix/index.ts"
import { keyOf } from "./digest.ts"
import { addChunk, chunkSize, isChunk, isEntry, packBatch, pageItemDamage, sealChunk, unpackBatch, type JournalEntry, type JournalState, type Outcome, type PackedBatch, type PageChunk, type PageItem } from "./journal-page.ts"
import type { PlanOrigin } from "./plan-origin.ts"
import type { SourceSpec, TargetSpec } from "./request.ts"

export type { JournalEntry, JournalState, Outcome } from "./journal-page.ts"

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
  /**
   * Of `skipped`: contacts no rule applied to (every rule's `when` false, or none of its fields there), not already
   * anonymized, as the runs that finished counted them (the journal does not tell them apart: those of a run interrupted
   * before its end are in `skipped` only). Absent from a job finished before it was counted.
   */
  noRuleApplied?: number
  /** Contacts a legal hold (a write gate) kept from being written: a resume leaves them, a new job asks again. */
  held?: number
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
  /** Split with --force: every partition replaces a part file that is not its own, those a resume queues too. */
  force?: true
  /** The plugins that guarded its writes when it started (write gates, audit sinks: write-guards.ts): a resume must load them. */
  guards?: Record<string, string>
  /** The key ids its matrix pseudonymizes with and their check values (job-keys.ts), never a key: a resume must hold the same. */
  keys?: Record<string, string>
  /** The tenant, records API and source file's digest it was started with (job-origin.ts): a resume elsewhere is refused. */
  origin?: PlanOrigin
}


/** How a finished entry (verified or rejected) counts: a verified entry without changed fields was skipped. */
export const entryOutcome = (entry: JournalEntry): Outcome => (entry.state === "rejected" ? "invalid" : entry.fields?.length ? "succeeded" : "skipped")


/** A page's planned entries, stored in one write before any of its contacts is written. */
export interface JournalBatch {
  key: string
}


/** How a page of contacts ended: finished ones (their ids by outcome, the page's chunk), and failed ones whose entry a resume retries. */
export interface PageOutcome {
  finished: PageChunk
  failed: [id: string, entry: JournalEntry][]
}

/**
 * A journal item that was truncated, edited or corrupted is refused, naming it: read as it stood it would be taken
 * for other contacts' progress (a resume would then skip contacts or compare them blind), and nothing says which.
 */
const damaged = (jobId: string, key: string, what: string) =>
  new CxedgeError(
    "E_JOURNAL_DAMAGED",
    "anonymize",
    `the journal of job ${jobId} is damaged: its item journal:${key} (with fs storage, the file journal/${key.replaceAll(":", "/")} in the storage directory) ${what}: restore the storage directory from a backup, or run the job again under a new --job id (an export with a new --out)`,
  )

async function readItem<T>(storage: Storage, jobId: string, key: string): Promise<T> {
  const item = await storage.getItem(key)
  const what = pageItemDamage(item)
  if (what) throw damaged(jobId, key, what)
  return item as T
}

async function readEntryItem(storage: Storage, jobId: string, key: string) {
  const entry = await storage.getItem<JournalEntry | ShortEntry>(key)
  // Named without the contact's part: an id of letters, digits, dots and dashes keys its entry as it is, and a source
  // may key its records by a phone number (journal:j:c:07700900123 was quoted back whole).
  if (entry !== null && !isEntry(entry)) throw damaged(jobId, `${key.slice(0, key.lastIndexOf(":c:") + 3)}<a contact's id, not shown>`, "is not a contact's entry (truncated or edited)")
  return entry
}

/**
 * An export's file removed, cut short or replaced between runs: the journal has contacts as written that it no longer
 * holds, and a resume would skip them as done, ending "finished" with them missing from the export. Refused instead.
 */
async function refuseLost(jobId: string, done: Map<string, Outcome>, holds: (id: string) => Promise<boolean>) {
  let lost = 0
  for (const [id, outcome] of done) if (outcome === "succeeded" && !(await holds(id))) lost++
  if (!lost) return
  throw new CxedgeError(
    "E_EXPORT_LOST",
    "anonymize",
    `job ${jobId}: ${lost} contact(s) its journal has as exported are no longer in its export (the --out file, or storage): it was removed, cut short or replaced since the job wrote it; restore it and resume, or run the job again under a new --job id (with a new --out)`,
  )
}

/**
 * The exactly-once journal of one job, in storage under `journal:`, kept a
 * page at a time so a job of a million contacts makes a few writes per page,
 * not several per contact:
 *
 * - before any contact of a page is written, the page's planned entries
 *   (fields and digest, no value) are stored in one item, `<job>:b:<n>`,
 *   packed (see `journal-page.ts`);
 * - once the page is written, each failed contact gets an entry of its own
 *   (`<job>:c:<id>`, state planned, `errorCode` set: what a resume retries),
 *   and only then is the page's item replaced, in one write, by its chunk of
 *   finished ids by outcome: the planned entries go as the chunk lands.
 *
 * A crash at any moment leaves every contact written but not yet in a chunk
 * under a planned entry, which a resume compares with the target before
 * writing again. A target that keeps its own record of what it holds (an
 * export: its file's ids, `Target.holds`) needs no planned item: a
 * page stores only its chunk, and a resume asks the target about every
 * contact no chunk holds. On resume, items a crash left behind become per-contact
 * entries (newest last), so each contact has one entry to read. Chunks an
 * earlier version kept apart (`<job>:done:<n>`) are still read. Entries an
 * earlier version stored per contact, with one-letter keys (`s`, `f`, `d`,
 * `a`, `e`, `r`) or not, are read as today's, so its interrupted jobs resume.
 */
export function createJournal(storage: Storage, jobId: string) {
  let batches = 0
  let done: Map<string, Outcome> | undefined
  /** After `load`: the keys of the per-contact entries, so a contact without one costs no read. */
  let entries: Set<string> | undefined
  const entryKey = (id: string) => `${jobId}:c:${keyOf(id)}`
  const numbered = async (kind: string) => (await storage.getKeys(`${jobId}:${kind}`)).filter((k) => k.startsWith(`${jobId}:${kind}:`))
  const numberOf = (key: string) => Number(key.split(":").at(-1))

  /**
   * Reads the pages' items: written pages' chunks go into `done`; then the items of pages a
   * crash left unsettled become per-contact entries, oldest first, so the newest entry wins.
   */
  async function readPages() {
    const unsettled: [key: string, item: PackedBatch | Record<string, JournalEntry> | null][] = []
    for (const key of (await numbered("b")).sort((a, b) => numberOf(a) - numberOf(b))) {
      const item = await readItem<PageItem>(storage, jobId, key)
      if (isChunk(item)) addChunk(done!, item)
      else unsettled.push([key, item as PackedBatch | Record<string, JournalEntry> | null])
      batches = Math.max(batches, numberOf(key) + 1)
    }
    for (const [, item] of unsettled) {
      for (const [id, entry] of unpackBatch(item)) {
        if (done!.has(id)) continue
        await storage.setItem(entryKey(id), entry)
        entries!.add(keyOf(id))
      }
    }
    for (const [key] of unsettled) await storage.removeItem(key)
  }

  return {
    /** Loads what earlier runs left (resume only): finished ids, which contacts have an entry; an export must still hold its own. */
    async load(target?: { holds?(id: string): Promise<boolean> }) {
      done = new Map()
      for (const key of await numbered("done")) addChunk(done, await readItem<PageChunk | string[]>(storage, jobId, key))
      entries = new Set((await numbered("c")).map((k) => k.slice(`${jobId}:c:`.length)))
      await readPages()
      if (target?.holds) await refuseLost(jobId, done, target.holds.bind(target))
      return done.size
    },
    isDone: (id: string) => done?.has(id) ?? false,
    /** How an earlier run finished this contact (after `load`), if it did. */
    outcome: (id: string): Outcome | undefined => done?.get(id),
    /** After `load`, false when the contact has no entry (no read needed); before it, true. */
    hasEntry: (id: string) => entries?.has(keyOf(id)) ?? true,
    get: async (id: string) => readEntry(await readEntryItem(storage, jobId, entryKey(id))),
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
     * Records how a page ended: failures' entries first, then the page's
     * planned item is replaced by its chunk of finished ids (one write). A
     * contact of the page that was never tried (the job was interrupted) is
     * left with no entry, as if never planned.
     */
    async settle(batch: JournalBatch | undefined, page: PageOutcome) {
      // Before the planned item goes: a failed write may have landed, and its entry is what a resume compares.
      for (const [id] of page.failed) entries?.add(keyOf(id))
      await Promise.all(page.failed.map(([id, entry]) => storage.setItem(entryKey(id), entry)))
      if (chunkSize(page.finished)) await storage.setItem(batch?.key ?? `${jobId}:b:${batches++}`, sealChunk(page.finished))
      else if (batch) await storage.removeItem(batch.key)
      // Entries of finished contacts (an earlier run's failures, say) go once the chunk holds them. A new job has none.
      if (!entries?.size) return
      const stale = Object.values(page.finished).flat().filter((id) => entries!.has(keyOf(id)))
      await Promise.all(stale.map((id) => storage.removeItem(entryKey(id))))
      for (const id of stale) entries.delete(keyOf(id))
    },
    subject: subjectEntries(storage, jobId, numbered),
  }
}

type SubjectEntry = { requestId: string }

/**
 * Subjects' erasure request ids: one at a time (`<job>:s:<key>`), or a group
 * in one write (`<job>:g:<run>-<n>`, run unique per journal so two runs never
 * overwrite each other's); every group is read on a resume's first lookup.
 */
function subjectEntries(storage: Storage, jobId: string, numbered: (kind: string) => Promise<string[]>) {
  const run = Math.random().toString(36).slice(2, 10)
  let groups = 0
  let grouped: Promise<Map<string, SubjectEntry>> | undefined
  const groupedSubjects = () => (grouped ??= (async () => {
    const found = new Map<string, SubjectEntry>()
    for (const key of await numbered("g")) for (const [k, v] of Object.entries((await storage.getItem<Record<string, SubjectEntry>>(key)) ?? {})) found.set(k, v)
    return found
  })())
  return {
    get: async (key: string) => (await groupedSubjects()).get(key) ?? (await storage.getItem<SubjectEntry>(`${jobId}:s:${key}`)),
    set: (key: string, value: SubjectEntry) => storage.setItem(`${jobId}:s:${key}`, value),
    /** Several subjects' entries in one write. */
    setMany: (entries: [key: string, value: SubjectEntry][]) => storage.setItem(`${jobId}:g:${run}-${groups++}`, Object.fromEntries(entries)),
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
