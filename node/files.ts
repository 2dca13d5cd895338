import { createReadStream, createWriteStream, existsSync, statSync } from "node:fs"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import { createInterface } from "node:readline"
import { ConfigError, type FileAccess } from "../core/index.ts"

/** A directory where a file is expected fails here, before a job starts, not as EISDIR halfway through. */
function notADirectory(path: string, what: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError("files", `${path} is a directory: name a file to ${what}`)
}

/** The CLI's FileAccess on node:fs. */
export const nodeFiles: FileAccess = {
  readText: (path) => readFile(path, "utf8"),
  async writeText(path, text) {
    notADirectory(path, "write")
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, text)
  },
  exists: async (path) => existsSync(path),
  lines: (path) => createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity }),
  async appender(path, options) {
    notADirectory(path, "write")
    await mkdir(dirname(path), { recursive: true })
    const stream = createWriteStream(path, { flags: options.truncate ? "w" : "a" })
    return {
      write: (line) => new Promise<void>((resolve, reject) => stream.write(line + "\n", (error) => (error ? reject(error) : resolve()))),
      close: () => new Promise<void>((resolve) => stream.end(resolve)),
    }
  },
}
