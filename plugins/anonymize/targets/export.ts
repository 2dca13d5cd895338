import type { Storage } from "unstorage"
import type { Target } from "../../../core/index.ts"
import { keyOf } from "../digest.ts"

/** Where exported lines go: a JSONL file (node-only) or storage. */
export interface ExportSink {
  /** Resolves once the line is handed to the OS (or stored), so a journal entry after it is truthful. */
  append(id: string, line: string): Promise<void>
  /** On resume: was this id exported before the crash? */
  has(id: string): Promise<boolean>
  close(): Promise<void>
}

/** Anonymized copies of the records, one JSON line each, for analytics. Nothing is written back to CXone. */
export function createExportTarget(sink: ExportSink): Target {
  return {
    name: "export",
    async write(ctx) {
      const { id: _, ...rest } = ctx.plan.output
      await sink.append(ctx.record.id, JSON.stringify({ id: ctx.record.id, ...rest }))
      return { written: true, verified: true }
    },
    applied: (ctx) => sink.has(ctx.record.id),
    close: () => sink.close(),
  }
}

/** Exports into storage under `jobs:<job>:export:<id>`; writing twice overwrites, so it is idempotent. */
export function storageSink(storage: Storage, jobId: string): ExportSink {
  const key = (id: string) => `${keyOf(jobId)}:export:${keyOf(id)}`
  return {
    append: (id, line) => storage.setItem(key(id), line),
    has: (id) => storage.hasItem(key(id)),
    close: async () => {},
  }
}
