import { CxedgeError, ValidationError, type FileAccess } from "../../../core/index.ts"
import type { ExportSink } from "./export.ts"

/**
 * A JSONL file sink. Each append resolves when its line reached the OS, so
 * a crash right after loses nothing the journal calls exported. On resume
 * the ids already in the file are read once, so no line is written twice.
 */
export async function fileSink(files: FileAccess, path: string, options: { resume: boolean }): Promise<ExportSink> {
  let written: Set<string> | undefined
  const existed = options.resume && (await files.exists(path))
  // A resume whose file is gone opens it at its first line, not here: the journal's check (E_EXPORT_LOST) and every
  // other refusal come first, and a refused resume left an empty --out behind, as if the job had written it.
  if (options.resume && !existed) {
    files.checkOutput?.(path, "--out", { appends: true })
    return lazySink(() => files.appender(path, { truncate: false }))
  }
  // Opened first: a line a crash tore is cut off before the ids are read, so its contact is exported again.
  const out = await files.appender(path, { truncate: !options.resume })
  if (existed) {
    written = new Set()
    let n = 0
    for await (const line of files.lines(path)) {
      n++
      const m = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line)
      if (!m) continue
      const id = JSON.parse(m[1]!) as string
      // The job writes each contact once: a repeat was put there since (a line copied in, two files joined), and the
      // resume would end "finished" with that contact twice in the export. Said by line number, never by its values.
      if (written.has(id)) {
        await out.close()
        throw new CxedgeError("E_EXPORT_REPEAT", "anonymize", `${path}: line ${n} holds a contact an earlier line of the file already holds; the job writes each contact once, so the file was changed since it wrote it: remove the repeated line and resume, or run the job again under a new --job id (with a new --out)`)
      }
      written.add(id)
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

/** A sink whose file is opened when its first line is written: nothing is created for a run that writes none. */
function lazySink(open: () => ReturnType<FileAccess["appender"]>): ExportSink {
  let out: ReturnType<FileAccess["appender"]> | undefined
  const opened = () => (out ??= open())
  return {
    append: async (_id, line) => (await opened()).write(line),
    appendMany: async (lines) => (await opened()).write(lines.join("\n")),
    has: async () => false,
    close: async () => (out ? (await out).close() : undefined),
  }
}

/** Whether a file holds no byte (made by `mktemp` or `touch`): written over, it loses nothing. */
async function holdsNothing(files: FileAccess, path: string): Promise<boolean> {
  if (files.bytes) {
    for await (const chunk of files.bytes(path, { end: 1 })) if (chunk.length) return false
    return true
  }
  for await (const _ of files.lines(path)) return false
  return true
}

/**
 * Refuses an export file that a new job would empty: one that exists with something in it (a typo'd --out naming the
 * input, or any other file) was emptied in silence. A job's own file is appended to on its resume and never comes
 * here; an empty one is written, as a new file is. `shown` names it in the refusal (a part of a split job's --out).
 */
export async function refuseOthersFile(files: FileAccess, path: string, shown = path): Promise<void> {
  if (!(await files.exists(path))) return
  // A directory or a pipe at the path is refused in its own words, before a byte of it is read (a pipe's read waited for good).
  files.checkOutput?.(path, "--out", { appends: true })
  if (await holdsNothing(files, path)) return
  throw new ValidationError(
    "anonymize",
    `${shown} exists and is not this job's export: choose another --out, or pass --force to replace it (a job adds to its own export when resumed: cxedge anonymize --resume JOB)`,
    "out",
    "E_USAGE",
  )
}
