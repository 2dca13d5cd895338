import type { Matrix } from "./matrix/index.ts"

/** The job's own `subject` and `single`, or the name of a source in `rt.sources` (records, cxone, jsonl, messages, or another plugin's). */
export type SourceKind = "cxone" | "records" | "jsonl" | "subject" | "single" | "messages" | (string & {})
export type TargetKind = "patch" | "erasure" | "export"

/** Where a job reads its contacts; each kind uses its own fields. No personal data: see `subject`. */
export interface SourceSpec {
  kind: SourceKind
  /** cxone, messages, subject: the date window as absolute instants, so a resume cannot drift. */
  since?: string
  until?: string
  /** jsonl: the file read. */
  file?: string
  /** subject: the identifier encrypted (enc_...), so job records never hold it in clear. */
  subject?: string
  /** subject: the linked identifiers erased too (`--linked follow`), each encrypted (`TYPE:value`), fixed when the job was made. */
  linked?: string[]
  /** subject: how linked identifiers were treated when the job was made (report: listed only). */
  linkedMode?: "report" | "follow"
  /** single: the contact, and the API it is read from. */
  id?: string
  from?: "records" | "cxone"
  /** A plan's run: only the contacts of plan `plan` as planned (plan-scope.ts). */
  plan?: string
}

/** Where a job writes. */
export interface TargetSpec {
  kind: TargetKind
  /** export: a JSONL file (default: storage). */
  out?: string
  /** patch: write records served without an ETag with `If-Match: *` (--allow-unconditional); a resume may add it. */
  allowUnconditional?: boolean
}

/**
 * A job as its caller asks for it: the command, the contact-ended callout, an
 * erasure request. The one shape from the caller to the run: `prepareJob`
 * fills in what is left out (the target from the matrix, the source from the
 * target) and stores the result with the job, so a resume needs only the id.
 */
export interface JobRequest {
  /** A new job's name (default: generated); an existing job's id resumes it. */
  jobId?: string
  /** Required for a new job; on a resume it must be the job's own matrix. */
  matrix?: Matrix
  source?: Partial<SourceSpec>
  target?: Partial<TargetSpec>
  /** Continue the named job from its journal; refused when there is no such job. */
  resume?: boolean
  /** Plan only: the target opens nothing it would write to. */
  dryRun?: boolean
}
