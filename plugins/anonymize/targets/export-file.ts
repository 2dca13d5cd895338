import type { FileAccess } from "../../../core/index.ts"
import type { ExportSink } from "./export.ts"

/**
 * A JSONL file sink. Each append resolves when its line reached the OS, so
 * a crash right after loses nothing the journal calls exported. On resume
 * the ids already in the file are read once, so no line is written twice.
 */
export async function fileSink(files: FileAccess, path: string, options: { resume: boolean }): Promise<ExportSink> {
  let written: Set<string> | undefined
  if (options.resume && (await files.exists(path))) {
    written = new Set()
    for await (const line of files.lines(path)) {
      const m = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line)
      if (m) written.add(JSON.parse(m[1]!))
    }
  }
  const out = await files.appender(path, { truncate: !options.resume })
  return {
    append: (_id, line) => out.write(line),
    has: async (id) => written?.has(id) ?? false,
    close: () => out.close(),
  }
}
