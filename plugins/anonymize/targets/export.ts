import type { Storage } from "unstorage"
import type { CompiledMatrix } from "../matrix/index.ts"
import type { Target, WriteContext, WriteResult } from "../pipeline.ts"
import { keyOf } from "../digest.ts"

/** Where exported lines go: a JSONL file (node-only) or storage. */
export interface ExportSink {
  /** Resolves once the line is handed to the OS (or stored), so a journal entry after it is truthful. */
  append(id: string, line: string): Promise<void>
  /** Optional: many lines at once, resolving as `append` does. */
  appendMany?(lines: string[]): Promise<void>
  /** On resume: was this id exported before the crash? Read once (the file's ids, the keys), then answered from memory. */
  has(id: string): Promise<boolean>
  close(): Promise<void>
}

/**
 * Anonymized copies of the records, one JSON line each, for analytics.
 * Nothing is written back to CXone. Each line is the matrix's projection
 * (`unlisted`/`keep`): by default the record id, the fields rules name and
 * the `keep` paths, nothing else, and never a `__proto__` key.
 */
export function createExportTarget(sink: ExportSink, matrix: Pick<CompiledMatrix, "exportCopy">): Target {
  const lineOf = (ctx: WriteContext) => {
    const output = matrix.exportCopy(ctx.plan)
    // The id leads every line, as the record's id string: a record that already starts so is written as it is.
    for (const key in output) {
      if (key === "id" && output.id === ctx.record.id) return JSON.stringify(output)
      break
    }
    const { id: _, ...rest } = output
    return JSON.stringify({ id: ctx.record.id, ...rest })
  }
  const done: WriteResult = { written: true, verified: true }
  return {
    name: "export",
    // `applied` asks the sink for the id: a digest would never be read.
    byIdOnly: true,
    async write(ctx) {
      await sink.append(ctx.record.id, lineOf(ctx))
      return done
    },
    async writeMany(ctxs) {
      const lines = ctxs.map(lineOf)
      if (sink.appendMany) await sink.appendMany(lines)
      else for (let i = 0; i < lines.length; i++) await sink.append(ctxs[i]!.record.id, lines[i]!)
      return ctxs.map(() => done)
    },
    applied: (ctx) => sink.has(ctx.record.id),
    // The sink holds each exported id (a file's lines, a storage key): it is the page's record of what was written.
    holds: (id) => sink.has(id),
    close: () => sink.close(),
  }
}

// keyOf keeps "." or ".." as they are; on fs those name directories (unstorage refuses "..").
const exportKey = (id: string) => (/^\.+$/.test(id) ? keyOf(`/${id}`) : keyOf(id))

/**
 * Exports into storage under `exports:<job>:<id>`, a namespace of its own:
 * on fs `jobs:<job>` is a file (the job's meta), so nothing may live below it.
 * Writing twice overwrites, so it is idempotent.
 */
export function storageSink(exports: Storage, jobId: string): ExportSink {
  const key = (id: string) => `${exportKey(jobId)}:${exportKey(id)}`
  // A resume asks about every contact no finished page holds: one listing of the job's keys, not a read each.
  let held: Promise<Set<string>> | undefined
  return {
    append: (id, line) => exports.setItem(key(id), line),
    has: async (id) => (await (held ??= exports.getKeys(`${exportKey(jobId)}:`).then((keys) => new Set(keys)))).has(key(id)),
    close: async () => {},
  }
}
