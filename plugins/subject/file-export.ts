import { recordDone, requestKey, writeOwed, type Identifier, type OpenedRuntime, type Says } from "../../core/index.ts"
import { exportEntry, type ExportSummary } from "./export.ts"

/** What a file export answered: where, and its summary (masked forms, token, counts: never a value). */
export interface FileExported {
  out: string
  summary: ExportSummary
}

const says = (out: string): Says => ({ done: `subject export written to ${out}`, retry: "run the same command again", again: "the export is not made again" })

/**
 * An export to a file is kept under its request (the subject and the file, as a keyed digest: no value) until its
 * audit record is written: a sink that failed left the file written, and the same command again writes only the record.
 */
const owedKey = (opened: OpenedRuntime, subject: Identifier, out: string) =>
  `o:${requestKey(opened.rt, ["subject.export", subject.type, subject.value, opened.files.absolute?.(out) ?? out])}`

const store = (opened: OpenedRuntime) => opened.rt.storage.namespace("subject-exports")

/** The record an earlier export to this file owes, written now; undefined when none is owed. */
export async function writeOwedExport(opened: OpenedRuntime, subject: Identifier, out: string): Promise<(FileExported & { at: string }) | undefined> {
  const owed = await writeOwed<FileExported>(opened.rt, "subject", store(opened), owedKey(opened, subject, out), (r) => says(r.out))
  return owed && { ...owed.result, at: owed.at }
}

/** Records a file export once it is written; a failed sink leaves it owed (`writeOwedExport`) and says so, exit 1. */
export async function recordFileExport(opened: OpenedRuntime, subject: Identifier, done: FileExported): Promise<void> {
  const owed = { entry: exportEntry(done.summary, { channel: "file" }), result: done, at: new Date(opened.rt.clock.now()).toISOString() }
  await recordDone(opened.rt, "subject", store(opened), owedKey(opened, subject, done.out), owed, says(done.out))
}
