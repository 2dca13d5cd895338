import { closeSync, createReadStream, existsSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs"
import { mkdir, open, rename, writeFile, type FileHandle } from "node:fs/promises"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { chainRecord, ConfigError, type AuditEntry, type AuditRecord, type AuditSink } from "../../core/index.ts"

const CHAIN = "file"

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Takes the directory's writer lock, or says who holds it. A lock left by a dead process is taken over. */
function lock(dir: string): () => void {
  const path = join(dir, ".lock")
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx")
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => {
        try {
          unlinkSync(path)
        } catch {}
      }
    } catch (error) {
      if ((error as { code?: string }).code !== "EEXIST") throw error
      const pid = Number(readFileSync(path, "utf8"))
      if (pid && isAlive(pid)) throw new ConfigError("audit-file", `${dir} is being written by process ${pid}: one writer per audit directory (use audit-kv for several)`)
      unlinkSync(path)
    }
  }
  throw new ConfigError("audit-file", `cannot lock ${dir}: remove ${path} if no cxedge process is running`)
}

/**
 * Append-only JSONL, one file per day, one chain across the files. Appends
 * are grouped: each group is written once and fsynced before any of its
 * records counts as written, then `head.json` (written atomically) records
 * the last seq and hash so a cut tail is detected.
 */
export async function createFileSink(dir: string): Promise<AuditSink> {
  await mkdir(dir, { recursive: true })
  const release = lock(dir)
  const headPath = join(dir, "head.json")
  let head: { seq: number; hash: string } | undefined = existsSync(headPath) ? JSON.parse(readFileSync(headPath, "utf8")) : undefined
  let queue: { entry: AuditEntry; resolve(r: AuditRecord): void; reject(e: unknown): void }[] = []
  let writing: Promise<void> | undefined
  let handle: { day: string; fh: FileHandle } | undefined

  async function flush() {
    while (queue.length) {
      const batch = queue
      queue = []
      try {
        const records = batch.map((b) => {
          const record = chainRecord(CHAIN, b.entry, head, new Date().toISOString())
          head = { seq: record.seq, hash: record.hash }
          return record
        })
        const day = records[0]!.ts.slice(0, 10)
        if (handle?.day !== day) {
          await handle?.fh.close()
          handle = { day, fh: await open(join(dir, `audit-${day}.jsonl`), "a") }
        }
        await handle.fh.write(records.map((r) => JSON.stringify(r)).join("\n") + "\n")
        await handle.fh.sync()
        await writeFile(`${headPath}.tmp`, JSON.stringify(head))
        await rename(`${headPath}.tmp`, headPath)
        batch.forEach((b, i) => b.resolve(records[i]!))
      } catch (error) {
        batch.forEach((b) => b.reject(error))
      }
    }
    writing = undefined
  }

  return {
    name: "audit-file",
    append(entry) {
      return new Promise<AuditRecord>((resolve, reject) => {
        queue.push({ entry, resolve, reject })
        writing ??= Promise.resolve().then(flush)
      })
    },
    chains: async () => (existsSync(headPath) ? [CHAIN] : []),
    async *read() {
      const files = readdirSync(dir).filter((f) => /^audit-\d{4}-\d{2}-\d{2}\.jsonl$/.test(f)).sort()
      let last = 0
      for (const file of files) {
        const lines = createInterface({ input: createReadStream(join(dir, file), "utf8"), crlfDelay: Infinity })
        for await (const line of lines) {
          if (!line.trim()) continue
          let record: AuditRecord
          try {
            record = JSON.parse(line)
          } catch {
            // A line that is no longer JSON was edited: it stands in the chain with a hash that cannot match.
            record = { chain: CHAIN, seq: last + 1, ts: "", action: "(unreadable)", outcome: "", prev: "", hash: "unreadable" }
          }
          last = record.seq
          yield record
        }
      }
    },
    head: async () => (existsSync(headPath) ? JSON.parse(readFileSync(headPath, "utf8")) : undefined),
    async close() {
      await writing
      await handle?.fh.close()
      handle = undefined
      release()
    },
  }
}
