import { ConfigError, openSource, type FileAccess, type Runtime } from "../../core/index.ts"
import { keyedSubjectToken } from "../../core/pseudonym.ts"
import { type CompiledMatrix } from "./matrix/index.ts"
import { type Source, type Target } from "./pipeline.ts"
import type { Journal } from "./journal.ts"
import type { SourceSpec, TargetSpec } from "./request.ts"
import type { AnonymizeSettings } from "./settings.ts"
import { createSingleSource } from "./sources/single.ts"
import { createSubjectSource } from "./sources/subject.ts"
import { createErasureTarget } from "./targets/erasure.ts"
import { fileSink } from "./targets/export-file.ts"
import { createExportTarget, storageSink } from "./targets/export.ts"
import { createPatchTarget } from "./targets/patch.ts"
import { decryptValue } from "./transforms/encrypt.ts"

/**
 * The source a job's spec names: `single` and `subject` are the job's own,
 * any other name is looked up in the runtime's sources (this plugin's and
 * any other plugin's), its options checked. `files` is the host's file
 * access: the CLI has it, a server or Worker does not.
 */
export async function makeSource(rt: Runtime, spec: SourceSpec, files?: FileAccess): Promise<Source> {
  if (spec.kind === "single") return createSingleSource(rt.client, spec.from ?? "records", spec.id ?? "")
  if (spec.kind === "subject") {
    // Linked identifiers are stored as `TYPE:value`; the source reads them by value (fromAddress).
    const linked = spec.linked?.map((sealed) => decryptValue(rt.keys, sealed).replace(/^(EMAIL|PHONENO):/, ""))
    return createSubjectSource(rt.client, { subject: decryptValue(rt.keys, spec.subject ?? ""), linked, since: spec.since, until: spec.until })
  }
  return openSource(rt, spec.kind, { since: spec.since, until: spec.until, file: spec.file }, { files }, "anonymize")
}

/** What a target is built from. */
export interface TargetParts {
  rt: Runtime
  jobId: string
  spec: TargetSpec
  matrix: CompiledMatrix
  /** The patch target reads records back through it. */
  source: Source
  /** The erasure target keeps its request ids in it. */
  journal: Journal
  settings: Partial<AnonymizeSettings>
  files?: FileAccess
  /** An export file is appended to on a resume, not emptied. */
  resume: boolean
  /** Plan only: an export target opens no file (opening it would empty it). */
  dryRun: boolean
}

/** The target a job's spec names. */
export async function makeTarget(parts: TargetParts): Promise<Target> {
  const { rt, spec, matrix, source, files } = parts
  if (spec.kind === "patch") {
    // It said "use --source records, not cxone" to a user who gave --since alone (a window selects cxone), and to a route's caller.
    if (!source.get) {
      const window = source.name === "cxone" ? " and the date window (a window selects cxone)" : ""
      throw new ConfigError("anonymize", `the patch target writes through the records API, so it reads the records source, not ${source.name}: drop the source${window} to patch records, or take ${source.name} contacts to the erasure or export target`)
    }
    return createPatchTarget(rt.client, source, {
      allowUnconditional: spec.allowUnconditional === true || matrix.matrix.allowUnconditionalWrite === true,
      sleep: (ms) => rt.clock.sleep(ms),
    })
  }
  if (spec.kind === "erasure") return erasureTarget(parts)
  if (spec.out) {
    if (!files) throw new ConfigError("anonymize", "exporting to a file is only available from the CLI")
    if (parts.dryRun) return createExportTarget({ append: async () => {}, has: async () => false, close: async () => {} }, matrix)
    return createExportTarget(await fileSink(files, spec.out, { resume: parts.resume }), matrix)
  }
  return createExportTarget(storageSink(rt.storage.namespace("exports"), parts.jobId), matrix)
}

function erasureTarget({ rt, matrix, journal, settings, resume }: TargetParts): Target {
  // Subjects reach hooks pseudonymized, and only when there is a key to pseudonymize them with.
  const pseudonym = (value: string) => keyedSubjectToken(rt.keys, value)
  return createErasureTarget(rt, rt.client, {
    subjects: matrix.matrix.subjects ?? [{ path: "fromAddress" }],
    journal,
    pseudonym,
    digitalMedia: settings.digitalMedia,
    dfoContactField: settings.dfoContactField,
    dfoHistory: settings.dfoHistory,
    defaultCountryCode: matrix.matrix.defaultRegion ?? matrix.matrix.defaultCountryCode,
    resume,
  })
}
