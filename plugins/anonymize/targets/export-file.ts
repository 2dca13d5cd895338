import { createReadStream, createWriteStream, existsSync, type WriteStream } from "node:fs"
import { mkdir } from "node:fs/promises"
import { dirname } from "node:path"
import { createInterface } from "node:readline"
import type { ExportSink } from "./export.ts"

/**
 * A JSONL file sink (node-only). Each append resolves when its line reached
 * the OS, so a crash right after loses nothing the journal calls exported.
 * On resume the ids already in the file are read once, so no line is
 * written twice.
 */
export async function fileSink(path: string, options: { resume: boolean }): Promise<ExportSink> {
  await mkdir(dirname(path), { recursive: true })
  let written: Set<string> | undefined
  if (options.resume && existsSync(path)) {
    written = new Set()
    const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })
    for await (const line of lines) {
      const m = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line)
      if (m) written.add(JSON.parse(m[1]!))
    }
  }
  const stream: WriteStream = createWriteStream(path, { flags: options.resume ? "a" : "w" })
  return {
    append: (_id, line) =>
      new Promise<void>((resolve, reject) => {
        stream.write(line + "\n", (error) => (error ? reject(error) : resolve()))
      }),
    has: async (id) => written?.has(id) ?? false,
    close: () => new Promise<void>((resolve) => stream.end(resolve)),
  }
}
