import { closeSync, createReadStream, existsSync, fstatSync, ftruncateSync, openSync, readSync, realpathSync, statSync, writeSync, type Stats } from "node:fs"
import { readFile, writeFile } from "node:fs/promises"
import { basename, dirname, resolve } from "node:path"
import { ConfigError, CxedgeError, isNoRoom, type FileAccess } from "../core/index.ts"
import { writePrivateFile } from "./private-file.ts"

/** A quoted `~/x` reaches the program as written: a shell expands `~`, and no shell did (quotes, a config file). */
const unexpandedHome = (path: string): string => (/^~[^\\/]*[\\/]/.test(path) ? ` (a ~ is expanded by a shell, not here: write the full path, e.g. $HOME/${path.slice(path.search(/[\\/]/) + 1)})` : "")

/** A directory where a file is expected fails here, before a job starts, not as EISDIR halfway through. */
function notADirectory(path: string, what: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw new ConfigError("files", `${path} is a directory: name a file to ${what}`)
}

/**
 * "-" is standard input or output where a command reads or prints a stream (pii scan, pii redact); a command
 * that writes a file would make one named "-" instead, in silence. Refused naming the flag; ./- still names that file.
 */
export function notStandardOutput(path: string, flag = "--out"): void {
  if (path.trim() === "-") throw new ConfigError("files", `${flag} - would be a file named "-": this command writes a file, not standard output; name the file (./- if you mean that name)`)
}

/**
 * An output file goes into a directory that already exists: a typo in the
 * path must not quietly create a tree somewhere (`/nonexistent/dir`), and
 * personal data must not land where nobody looks. Never creates directories.
 */
function checkOutput(path: string, flag = "--out", options: { appends?: boolean } = {}): void {
  notStandardOutput(path, flag)
  // A path ending in a separator (d/, whether d exists or not) names a directory: resolve() drops the slash, so the
  // checks below passed it, and the write failed with EISDIR once the work was done (a checkpoint signed and kept).
  if (/[\\/]$/.test(path)) throw new ConfigError("files", `${flag} ${path} ends with a slash, so it names a directory: name the file to write (e.g. ${path}out.json)`)
  // A quoted "~" (or "~alice") names a home directory to its writer and a file of that name here to the program.
  const home = /^~[^\\/]*$/.exec(path.trim())?.[0]
  if (home !== undefined) throw new ConfigError("files", `${flag} ${home} would be a file named "${home}" here: a ~ is expanded by a shell, not here; name the file with its full path (e.g. $HOME/out.jsonl), or ./${home} if you mean that name`)
  const dir = dirname(resolve(path))
  // ENOTDIR (a file on the way) counts as missing: only the last part is then told apart.
  let stat
  try {
    stat = statSync(dir, { throwIfNoEntry: false })
  } catch {
    stat = undefined
  }
  // Named as written (nodir, not /home/.../nodir), as the flag's other refusals name the path.
  if (!stat) throw new ConfigError("files", `the directory ${dirname(path)} does not exist: create it first or fix ${flag}${unexpandedHome(path)}`)
  if (!stat.isDirectory()) throw new ConfigError("files", `${dirname(path)} is not a directory: fix ${flag}`)
  notADirectory(path, "write")
  if (options.appends) notAppendable(path)
}

/**
 * A file appended to is read again on resume: a FIFO blocked the open (and the command with it) until something
 * read it, and what was read is gone, so a resume would export it all again. A device (/dev/null) is left alone.
 */
function notAppendable(path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false })
  // `--out /dev/stdout > o.jsonl`: the lines went into o.jsonl from its start, and the summary then over them.
  if (stat?.isFile() && isStandardStream(stat)) throw new ConfigError("files", `${path} is this command's standard output: a job writes its lines to a file of their own and reads them again to resume; name a file (the summary goes to standard output)`)
  if (!stat?.isFIFO() && !stat?.isSocket()) return
  const kind = stat.isFIFO() ? "a FIFO (named pipe)" : "a socket"
  throw new ConfigError("files", `${path} is ${kind}: a job appends its lines to a regular file and reads them again to resume; name a regular file`)
}

/** Whether a file is this process's standard output or error, under any name (/dev/stdout, /proc/self/fd/1, its own). */
function isStandardStream(stat: Stats): boolean {
  return [1, 2].some((fd) => {
    try {
      const own = fstatSync(fd)
      return own.dev === stat.dev && own.ino === stat.ino
    } catch {
      return false
    }
  })
}

/**
 * Cuts a line a crash left half written (no newline after it) off the end of
 * the file, so what is appended next starts a line of its own and a reader
 * never sees a torn record. Every line an appender writes is a JSON object, so
 * a torn one starts with "{": an unended last line that does not was put there
 * by something else, and is refused rather than cut away in silence.
 */
function dropTornLine(path: string): void {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0
  if (size === 0) return
  const fd = openSync(path, "r+")
  try {
    const buffer = Buffer.alloc(64 * 1024)
    let end = size
    while (end > 0) {
      const start = Math.max(0, end - buffer.length)
      const read = readSync(fd, buffer, 0, end - start, start)
      const newline = buffer.subarray(0, read).lastIndexOf(10)
      if (newline >= 0) {
        if (start + newline + 1 < size) cutTail(fd, path, start + newline + 1)
        return
      }
      end = start
    }
    cutTail(fd, path, 0)
  } finally {
    closeSync(fd)
  }
}

function cutTail(fd: number, path: string, at: number): void {
  // A line no export writes so long is read by its first byte alone.
  const tail = Buffer.alloc(Math.min(fstatSync(fd).size - at, 64 << 20))
  readSync(fd, tail, 0, tail.length, at)
  if (tail[0] !== 0x7b) throw new ConfigError("files", `${path} ends with a line that has no line end and is not one this command writes (it does not start with "{"): the file was changed after the job wrote it; remove that last line (or restore the file), then run the command again`)
  // A whole line that lost only its line end (an editor that saves without one, a write cut just before it) is ended,
  // not cut: its contact was exported, and cut away a resume refused the file as cut short, that line already gone.
  if (wholeObject(tail)) writeSync(fd, "\n", fstatSync(fd).size)
  else ftruncateSync(fd, at)
}

function wholeObject(bytes: Buffer): boolean {
  try {
    const value: unknown = JSON.parse(bytes.toString("utf8"))
    return !!value && typeof value === "object" && !Array.isArray(value)
  } catch {
    return false
  }
}

/**
 * A file's lines from 64 KiB chunks, split with indexOf: about three times less CPU than
 * node:readline, which copies each line through its own buffers. As readline does with
 * `crlfDelay: Infinity`, a line ends at "\n", "\r\n" or a lone "\r", and a last line
 * without a newline still counts.
 */
async function* linesOf(path: string): AsyncGenerator<string> {
  // A line longer than a chunk is kept as its pieces and joined once it ends: `rest + chunk` made a string of the whole
  // unfinished line per chunk and searched it again, quadratic (a 16 MB line took 12 s, a 60 MB one over a minute).
  const rest: string[] = []
  let cr = false
  for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 })) {
    let text = chunk as string
    // A "\r" that ended the last chunk already ended a line: its "\n" is not another one.
    if (cr && text.charCodeAt(0) === 10) text = text.slice(1)
    cr = false
    let start = 0
    // Looked up again only once passed: a file without "\r" is searched for one once a chunk.
    let r = text.indexOf("\r")
    for (;;) {
      const nl = text.indexOf("\n", start)
      if (r !== -1 && r < start) r = text.indexOf("\r", start)
      const atCr = r !== -1 && (nl === -1 || r < nl)
      const end = atCr ? r : nl
      if (end === -1) break
      const piece = text.slice(start, end)
      if (rest.length) {
        rest.push(piece)
        yield rest.join("")
        rest.length = 0
      } else yield piece
      if (!atCr) start = nl + 1
      else if (r === text.length - 1) {
        start = r + 1
        cr = true
        break
      } else start = text.charCodeAt(r + 1) === 10 ? r + 2 : r + 1
    }
    if (start < text.length) rest.push(text.slice(start))
  }
  if (rest.length) yield rest.join("")
}

/** The file's last line with something on it, from its last 64 KiB, and whether a line end follows it. */
function lastLine(path: string): { text: string; ended: boolean } | undefined {
  const size = statSync(path, { throwIfNoEntry: false })?.size ?? 0
  if (size === 0) return undefined
  const fd = openSync(path, "r")
  try {
    const start = Math.max(0, size - 64 * 1024)
    const buffer = Buffer.alloc(size - start)
    readSync(fd, buffer, 0, buffer.length, start)
    // A line ends at "\n", "\r\n" or a lone "\r", as linesOf reads it: a file of lines ended by "\r" alone (an old Mac's)
    // was one line here, "ends in the middle of a line", though linesOf read it whole.
    const text = buffer.toString("utf8").replace(/\s+$/, (tail) => (/[\r\n]/.test(tail) ? "\n" : ""))
    const ended = text.endsWith("\n")
    const lines = text.replace(/\n$/, "").split(/\r\n?|\n/)
    // A last line longer than the tail read is not judged.
    return lines.length > 1 || start === 0 ? { text: lines.at(-1)!, ended } : undefined
  } finally {
    closeSync(fd)
  }
}

/**
 * A file's bytes from `start` up to `end`, a megabyte at a time, each chunk a buffer of its own. Read in this thread
 * with readSync: a read stream hands each read to the thread pool and back, and a 512 MB file cost 0.30-0.44 CPU s
 * that way against 0.15-0.22 (a split job's command reads its whole file, its workers each their part of it).
 */
async function* bytesOf(path: string, range?: { start?: number; end?: number }): AsyncGenerator<Uint8Array> {
  const fd = openSync(path, "r")
  try {
    let at = range?.start ?? 0
    const end = range?.end ?? Infinity
    while (at < end) {
      const buffer = Buffer.allocUnsafeSlow(Math.min(CHUNK, end - at))
      // From the start, read on from where the last read ended: a FIFO or /dev/stdin cannot seek (ESPIPE).
      const read = readSync(fd, buffer, 0, buffer.length, range?.start ? at : null)
      if (!read) return
      at += read
      yield read < buffer.length ? buffer.subarray(0, read) : buffer
    }
  } finally {
    closeSync(fd)
  }
}

const CHUNK = 1 << 20


/** A failed append, named with its file and what to do: nothing is written twice, the contacts stay to resume. */
function writeFailed(path: string, error: unknown): CxedgeError {
  const code = (error as NodeJS.ErrnoException).code ?? "E_WRITE"
  const why = code === "EROFS" || code === "EACCES" || code === "EPERM" ? "it cannot be written (read-only)" : isNoRoom(code) ? "its disk is full or the file size limit was reached" : "the write failed"
  return new CxedgeError(code, "files", `${path} could not be written (${code}): ${why}; make room or fix it, then resume the job: its lines not written are written then`, { cause: error })
}

/** The CLI's FileAccess on node:fs. */
export const nodeFiles: FileAccess = {
  readText: (path) => readFile(path, "utf8"),
  async writeText(path, text) {
    checkOutput(path)
    await writeFile(path, text)
  },
  exists: async (path) => existsSync(path),
  async writePrivate(path, text, options) {
    checkOutput(path, options.flag)
    writePrivateFile(path, text, options)
  },
  checkOutput,
  samePath(a, b) {
    // Links followed where the file exists, so a symlink to the input is caught too; where it does not yet (a split
    // job's --out, of which only parts are written), in its folder: `/link/o.jsonl` is the `/real/o.jsonl` stored.
    const real = (p: string) => (existsSync(p) ? realpathSync(p) : existsSync(dirname(p)) ? resolve(realpathSync(dirname(p)), basename(p)) : resolve(p))
    if (real(a) === real(b)) return true
    // A hard link is the file under another name: no path compares equal, and --out emptied the --file it names.
    if (!existsSync(a) || !existsSync(b)) return false
    const [sa, sb] = [statSync(a), statSync(b)]
    return sa.isFile() && sa.dev === sb.dev && sa.ino === sb.ino
  },
  absolute: (path) => resolve(path),
  lines: linesOf,
  lastLine: async (path) => lastLine(path),
  // node's `end` is inclusive.
  bytes: bytesOf,
  async appender(path, options) {
    checkOutput(path)
    notAppendable(path)
    if (!options.truncate) dropTornLine(path)
    const fd = openSync(path, options.truncate ? "w" : "a")
    let closed = false
    let torn: CxedgeError | undefined
    return {
      // Synchronous, as the journal's writes are (node/fs-driver.ts): an export appends a page of lines at once, and
      // a write stream handed each page to Bun's thread pool, whose threads spin before they sleep again. A job
      // exporting 100,000 contacts peaked 8-10 MB lower and, with less work per page, ran 1.05-1.16x the contacts
      // per CPU second (medians of alternated runs, bench/memory-worker.ts pipeline, load 4-8).
      async write(line) {
        // Its fd number may be another file's by now (the journal's): a late write must go nowhere.
        if (closed) throw new CxedgeError("E_CLOSED", "files", `a line was written to ${basename(path)} after it was closed: report this as a bug`)
        if (torn) throw torn
        const bytes = Buffer.from(line + "\n")
        const before = fstatSync(fd).size
        try {
          for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at)
        } catch (error) {
          // A write cut short (a full disk, a file size limit) leaves part of a line: cut back to the last whole
          // line, or the next page's lines would be glued onto it, in the middle of the file where no resume looks.
          try {
            ftruncateSync(fd, before)
          } catch {
            torn = new CxedgeError("E_WRITE", "files", `${path} could not be written, and its last line is cut short: the job stops writing to it; resume the job, which cuts that line off`)
          }
          throw writeFailed(path, error)
        }
      },
      async close() {
        if (closed) return
        closed = true
        closeSync(fd)
      },
    }
  },
}
