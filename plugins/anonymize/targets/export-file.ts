import type { FileAccess } from "../../../core/index.ts"
import type { ExportSink } from "./export.ts"

/**
 * A JSONL file sink. Each append resolves when its line reached the OS, so
 * a crash right after loses nothing the journal calls exported. On resume
 * the ids already in the file are read once, so no line is written twice.
 */
export async function fileSink(files: FileAccess, path: string, options: { resume: boolean }): Promise<ExportSink> {
  let written: Set<string> | undefined
  const existed = options.resume && (await files.exists(path))
  // Opened first: a line a crash tore is cut off before the ids are read, so its contact is exported again.
  const out = await files.appender(path, { truncate: !options.resume })
  if (existed) {
    written = new Set()
    for await (const line of files.lines(path)) {
      const m = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line)
      if (m) written.add(JSON.parse(m[1]!))
    }
  }
  return {
    append: (_id, line) => out.write(line),
    // One write for the page: the OS gets its lines at once.
    appendMany: (lines) => out.write(lines.join("\n")),
    has: async (id) => written?.has(id) ?? false,
    close: () => out.close(),
  }
}
