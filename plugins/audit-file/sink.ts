import { closeSync, createReadStream, existsSync, openSync, readdirSync, readFileSync, unlinkSync, writeSync } from "node:fs"
import { mkdir, open, rename, writeFile, type FileHandle } from "node:fs/promises"
import { join } from "node:path"
import { createInterface } from "node:readline"
import { chainRecord, ConfigError, demoAuditKey, registryMessage, toAuditRecord, type AuditEntry, type AuditHead, type AuditKey, type AuditRecord, type AuditSink } from "../../core/index.ts"

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

/** A JSON file's content, or undefined when it is missing or not JSON (verify reports what that means). */
function readJson(path: string): unknown {
  if (!existsSync(path)) return undefined
  try {
    return JSON.parse(readFileSync(path, "utf8"))
  } catch {
    return undefined
  }
}

/** Non-empty lines of a JSONL file, parsed (a line that is not JSON comes back as its text), with line numbers. */
function jsonLines(path: string): { value: unknown; line: number }[] {
  if (!existsSync(path)) return []
  return readFileSync(path, "utf8").split("\n").flatMap((text, i) => {
    if (!text.trim()) return []
    try {
      return [{ value: JSON.parse(text) as unknown, line: i + 1 }]
    } catch {
      return [{ value: text as unknown, line: i + 1 }]
    }
  })
}

/** The last record of a day file as a chain position; undefined when it has none (or its last line is not one). */
function lastOf(path: string): AuditHead | undefined {
  const last = jsonLines(path).at(-1)?.value as Partial<AuditRecord> | undefined
  return last && Number.isSafeInteger(last.seq) && typeof last.hash === "string" ? { seq: last.seq!, hash: last.hash } : undefined
}

/**
 * Writes a group to its day file, then moves the head pointer; a failure is returned. It takes the group's lines back
 * out of the file: left there, they would be followed by the next group reusing their seqs (the callers were told they
 * failed). A file that cannot be cut back keeps them: `last` is then its last record, where the chain goes on.
 */
async function writeGroup(path: string, fh: FileHandle, headPath: string, records: AuditRecord[], next: AuditHead): Promise<{ error: unknown; last?: AuditHead } | undefined> {
  const size = (await fh.stat()).size
  try {
    await fh.write(records.map((r) => JSON.stringify(r)).join("\n") + "\n")
    await fh.sync()
    await writeFile(`${headPath}.tmp`, JSON.stringify(next))
    await rename(`${headPath}.tmp`, headPath)
    return undefined
  } catch (error) {
    const cut = await fh.truncate(size).then(() => true, () => false)
    return { error, ...(cut ? {} : { last: lastOf(path) }) }
  }
}

async function appendSynced(path: string, line: string) {
  const fh = await open(path, "a")
  try {
    await fh.write(line + "\n")
    await fh.sync()
  } finally {
    await fh.close()
  }
}

/** The records of the day files in order; a line that is no longer a record stands in the chain at the next seq, named by file and line. */
async function* readDays(dir: string, files: () => string[]): AsyncGenerator<AuditRecord> {
  let last = 0
  for (const file of files()) {
    const path = join(dir, file)
    const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity })
    let n = 0
    for await (const line of lines) {
      n++
      if (!line.trim()) continue
      let value: unknown = line
      try {
        value = JSON.parse(line)
      } catch {}
      const record = toAuditRecord(value, { chain: CHAIN, seq: last + 1, where: `${path} line ${n}` })
      last = record.seq
      yield record
    }
  }
}

/**
 * Append-only JSONL, one file per day, one chain across the files. Appends
 * are grouped: each group is written once and fsynced before any of its
 * records counts as written, then `head.json` (written atomically) records
 * the last seq and hash so a cut tail is detected. `registry.jsonl` names
 * the chain (signed, before its first record) and `checkpoints.jsonl` holds
 * the signed checkpoints.
 */
export async function createFileSink(dir: string, key: AuditKey = demoAuditKey): Promise<AuditSink> {
  await mkdir(dir, { recursive: true })
  const release = lock(dir)
  const headPath = join(dir, "head.json")
  const registryPath = join(dir, "registry.jsonl")
  const checkpointsPath = join(dir, "checkpoints.jsonl")
  const headOf = (value: unknown) => (value && typeof value === "object" && Number.isSafeInteger((value as AuditHead).seq) ? (value as AuditHead) : undefined)
  let head = headOf(readJson(headPath))
  let queue: { entry: AuditEntry; resolve(r: AuditRecord): void; reject(e: unknown): void }[] = []
  let writing: Promise<void> | undefined
  let registered = false
  let handle: { day: string; fh: FileHandle } | undefined
  const registry = () => jsonLines(registryPath).map(({ value, line }) => ({ chain: String((value as { chain?: unknown })?.chain ?? `(line ${line})`), value, where: `${registryPath} line ${line}` }))

  async function flush() {
    while (queue.length) {
      const batch = queue
      queue = []
      try {
        // The registry file is read once per writer, not once per group.
        if (!registered && !registry().some((e) => e.chain === CHAIN)) {
          const started = new Date().toISOString()
          await appendSynced(registryPath, JSON.stringify({ chain: CHAIN, started, mac: key.sign("registry", registryMessage(CHAIN, started)) }))
        }
        registered = true
        let next = head
        const records = batch.map((b) => {
          const record = chainRecord(CHAIN, b.entry, next, new Date().toISOString(), key)
          next = { seq: record.seq, hash: record.hash }
          return record
        })
        const day = records[0]!.ts.slice(0, 10)
        if (handle?.day !== day) {
          const old = handle
          handle = undefined
          await old?.fh.close()
          handle = { day, fh: await open(join(dir, `audit-${day}.jsonl`), "a") }
        }
        const failed = await writeGroup(join(dir, `audit-${day}.jsonl`), handle.fh, headPath, records, next!)
        if (failed) {
          head = failed.last ?? head
          throw failed.error
        }
        // Counted once stored: a group that failed leaves the position where it was, and the next group takes it.
        head = next
        batch.forEach((b, i) => b.resolve(records[i]!))
      } catch (error) {
        batch.forEach((b) => b.reject(error))
      }
    }
    writing = undefined
  }

  const files = () => readdirSync(dir).filter((f) => /^audit-\d{4}-\d{2}-\d{2}\.jsonl$/.test(f)).sort()
  return {
    name: "audit-file",
    append(entry) {
      return new Promise<AuditRecord>((resolve, reject) => {
        queue.push({ entry, resolve, reject })
        writing ??= Promise.resolve().then(flush)
      })
    },
    chains: async () => [...new Set(registry().map((e) => e.chain))],
    registry: async () => registry(),
    stored: async () => (existsSync(headPath) || files().length ? [CHAIN] : []),
    read: () => readDays(dir, files),
    head: async () => headOf(readJson(headPath)),
    async saveCheckpoint(cp) {
      await appendSynced(checkpointsPath, JSON.stringify(cp))
    },
    checkpoints: async () => jsonLines(checkpointsPath).map(({ value, line }) => ({ value, where: `${checkpointsPath} line ${line}` })),
    async close() {
      await writing
      await handle?.fh.close()
      handle = undefined
      release()
    },
  }
}
