import type { Storage } from "unstorage"
import type { Matrix } from "../../core/index.ts"
import { keyOf } from "./digest.ts"

export type JournalState = "planned" | "applied" | "verified" | "rejected"

/** One contact's progress. No personal data: field names, a digest, codes, ids. */
export interface JournalEntry {
  s: JournalState
  /** Changed top-level fields and the digest of their expected values. */
  f?: string[]
  d?: string
  /** Attempts so far. */
  a: number
  /** Error code of a rejection or of the last failure. */
  e?: string
  /** Request ids obtained (erasure). */
  r?: string[]
}

export interface JobMeta {
  id: string
  state: "running" | "finished"
  createdAt: string
  finishedAt?: string
  matrix: string
  matrixDigest: string
  /** The matrix itself (configuration, no personal data), so a resume cannot drift from it. */
  matrixBody: Matrix
  source: Record<string, unknown>
  target: Record<string, unknown>
  summary?: Record<string, unknown>
}

const CHUNK = 1000

/**
 * The exactly-once journal of one job, in storage under `journal:`.
 * A contact's entry lives at `<job>:c:<id>` while it is being worked on.
 * Finished ids are gathered into chunks of 1,000 (`<job>:done:<n>`); once a
 * chunk is stored its contacts' entries are removed, so storage and memory
 * stay small however many contacts a job has.
 */
export function createJournal(storage: Storage, jobId: string) {
  let pending: string[] = []
  let chunks = 0
  let done: Set<string> | undefined
  const entryKey = (id: string) => `${jobId}:c:${keyOf(id)}`

  async function flush() {
    if (pending.length === 0) return
    const ids = pending
    pending = []
    await storage.setItem(`${jobId}:done:${chunks++}`, ids)
    await Promise.all(ids.map((id) => storage.removeItem(entryKey(id))))
  }

  return {
    /** Loads the finished ids of an earlier run (resume only). */
    async load() {
      done = new Set()
      const keys = (await storage.getKeys(`${jobId}:done`)).filter((k) => k.startsWith(`${jobId}:done:`))
      for (const key of keys) {
        for (const id of (await storage.getItem<string[]>(key)) ?? []) done.add(id)
        chunks = Math.max(chunks, Number(key.split(":").at(-1)) + 1)
      }
      return done.size
    },
    isDone: (id: string) => done?.has(id) ?? false,
    get: (id: string) => storage.getItem<JournalEntry>(entryKey(id)),
    set: (id: string, entry: JournalEntry) => storage.setItem(entryKey(id), entry),
    /** Marks a contact finished (verified or rejected for good). */
    async finish(id: string, entry: JournalEntry) {
      await storage.setItem(entryKey(id), entry)
      pending.push(id)
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
